from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from meetings_app.security import keyring_store as ks
from meetings_app.security.keyring_store import (
    KdfParams,
    KeyringSecrets,
    KeyringUnavailable,
    Vault,
    WrongPassphrase,
    backend_refusal,
    open_secrets,
)
from tests.support.memory_keyring import MemoryKeyring

FAST = KdfParams(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class PlaintextKeyring(KeyringBackend):  # stands in for keyrings.alt.file.PlaintextKeyring
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a plaintext backend must never be written to")

    def delete_password(self, service: str, username: str) -> None:
        pass


class AltModuleKeyring(PlaintextKeyring):
    pass


AltModuleKeyring.__module__ = "keyrings.alt.file"
AltModuleKeyring.__name__ = "SomeFileKeyring"


def chain(*members: KeyringBackend) -> chainer.ChainerBackend:
    cls = type("TestChainer", (chainer.ChainerBackend,), {"backends": list(members)})
    return cls()


def test_refused_backends() -> None:
    assert backend_refusal(fail.Keyring())
    assert backend_refusal(null.Keyring())
    assert backend_refusal(PlaintextKeyring())
    assert backend_refusal(AltModuleKeyring())
    assert backend_refusal(MemoryKeyring()) is None


def test_chainer_accepted_only_with_a_real_member(memory_keyring: MemoryKeyring) -> None:
    empty = chain(null.Keyring(), PlaintextKeyring())
    real = chain(PlaintextKeyring(), memory_keyring)
    assert backend_refusal(empty)
    assert backend_refusal(real) is None
    secrets = KeyringSecrets(real)
    assert secrets.backend is memory_keyring  # unwrapped: never writes to the plaintext one


def test_keyring_secrets_round_trip_with_scope(memory_keyring: MemoryKeyring) -> None:
    secrets = KeyringSecrets(scope="abc")
    secrets.set("token", "t-1")
    assert secrets.get("token") == "t-1"
    assert memory_keyring.store == {("meetings-app", "abc/token"): "t-1"}
    secrets.delete("token")
    secrets.delete("token")  # deleting twice is fine
    assert secrets.get("token") is None


def test_refused_keyring_asks_for_passphrase(tmp_path: Path) -> None:
    asked: list[bool] = []

    def ask(creating: bool) -> str:
        asked.append(creating)
        return "mật khẩu dài"

    store = open_secrets(tmp_path / "vault.json", ask, backend=fail.Keyring(), kdf=FAST)
    assert isinstance(store, Vault) and not store.persistent_tokens
    key = ks.data_key(store)
    again = open_secrets(tmp_path / "vault.json", ask, backend=fail.Keyring())
    assert ks.data_key(again) == key
    assert asked == [True, False]
    assert b"data-key" not in (tmp_path / "vault.json").read_bytes()


def test_no_passphrase_never_falls_back_to_plaintext(tmp_path: Path) -> None:
    with pytest.raises(KeyringUnavailable):
        open_secrets(tmp_path / "vault.json", lambda _c: None, backend=null.Keyring())
    with pytest.raises(KeyringUnavailable):
        open_secrets(tmp_path / "vault.json", None, backend=null.Keyring())
    assert not (tmp_path / "vault.json").exists()


def test_wrong_passphrase_refused_and_file_kept(tmp_path: Path) -> None:
    path = tmp_path / "vault.json"
    vault = Vault.create(path, "right", FAST)
    vault.set("device-signing-key", "k")
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, "wrong")
    with pytest.raises(WrongPassphrase):
        open_secrets(path, lambda _c: "wrong", backend=fail.Keyring(), attempts=2)
    assert path.read_bytes() == before
    assert Vault.unlock(path, "right").get("device-signing-key") == "k"


def test_weakened_kdf_in_vault_file_is_refused(tmp_path: Path) -> None:
    import json

    path = tmp_path / "vault.json"
    Vault.create(path, "right", FAST)
    doc = json.loads(path.read_text())
    doc["kdf"]["m"] = 8
    path.write_text(json.dumps(doc))
    with pytest.raises(ks.VaultDamaged):
        Vault.unlock(path, "right")
