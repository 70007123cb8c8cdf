"""Where the laptop keeps its secrets: the OS keyring, or a passphrase-locked vault.

DESIGN.md, "Security model": the sign-in token, the at-rest data key and the device's
signing key live in a real OS keyring (Windows Credential Locker, macOS Keychain,
Secret Service, KWallet). keyring's ``fail`` and ``null`` backends, a ``chainer`` with
no real backend inside, and the plaintext or file backends of ``keyrings.alt`` and
friends are refused by a deny-list: they would either lose the secret or write it to a
file in clear. With no usable keyring the client asks the person for a passphrase and
keeps the data key and device key in a vault file encrypted with a key derived from it
by argon2id; it never falls back to plaintext silently. The sign-in token never goes to
any file, so "stay signed in" needs a real keyring.

What must hold true:

* :func:`backend_refusal` returns ``None`` only for a backend that is not on the deny-list;
* a :class:`Vault` file holds only AES-GCM ciphertext; a wrong passphrase is refused with
  :class:`WrongPassphrase` and leaves the file untouched.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import keyring
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError, PasswordDeleteError

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError

SERVICE = "meetings-app"

#: Module prefixes of keyring backends that never count as a safe place for a secret.
DENIED_MODULES: tuple[str, ...] = (
    "keyring.backends.fail",  # raises on every call: the secret would be lost
    "keyring.backends.null",  # silently forgets
    "keyrings.alt",  # PlaintextKeyring, EncryptedKeyring (file + guessable key), Gnome legacy
    "keyrings.cryptfile",  # a file of its own, outside the OS's protection
    "keyring_pass",  # shells out to ``pass``; not an OS keyring this project supports
    "sagecipher",
)

#: Class names refused wherever they come from (third-party copies of the plaintext idea).
DENIED_NAMES: frozenset[str] = frozenset(
    {"PlaintextKeyring", "EncryptedKeyring", "UncryptedFileKeyring", "Keyring_file"}
)


class KeyringUnavailable(AppError):
    """No OS keyring may hold secrets here, and the person gave no passphrase."""

    code = Code.KEYRING_UNAVAILABLE


class WrongPassphrase(AppError):
    code = Code.WRONG_PASSPHRASE


class VaultDamaged(AppError):
    code = Code.VAULT_DAMAGED


class NamedSecrets(Protocol):
    """The least a holder of the data key must offer (what :func:`data_key` uses)."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...


class SecretStore(Protocol):
    """Named secrets of this laptop (token, data key, device key)."""

    #: True when secrets survive a restart without asking the person (a real keyring);
    #: the sign-in token is only kept where this is True.
    persistent_tokens: bool

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


# --- the OS keyring ----------------------------------------------------------------------


def backend_refusal(backend: KeyringBackend) -> str | None:
    """Why ``backend`` may not hold secrets, or ``None`` when it may.

    A chainer is accepted when at least one of its members is accepted
    (:func:`usable_backend` then talks to that member directly).
    """
    cls = type(backend)
    module = cls.__module__
    name = cls.__name__
    if any(module == p or module.startswith(p + ".") for p in DENIED_MODULES):
        return f"{module}.{name} does not keep secrets safely"
    if name in DENIED_NAMES:
        return f"{name} writes secrets to a file"
    if isinstance(backend, ChainerBackend):
        members = list(getattr(backend, "backends", []))
        if not any(backend_refusal(m) is None for m in members):
            return "the chained keyring holds no real OS keyring"
    return None


def usable_backend(backend: KeyringBackend | None = None) -> KeyringBackend:
    """The backend to use, or :class:`KeyringUnavailable` with the reason.

    A chainer is unwrapped to its best accepted member, because a chainer writes to
    whichever member answers first, which could be a refused one.
    """
    chosen = backend if backend is not None else keyring.get_keyring()
    reason = backend_refusal(chosen)
    if reason is not None:
        raise KeyringUnavailable(
            f"No secure system keyring is available ({reason}).", reason=reason
        )
    if isinstance(chosen, ChainerBackend):
        members = [m for m in getattr(chosen, "backends", []) if backend_refusal(m) is None]
        members.sort(key=_priority, reverse=True)
        chosen = members[0]
    return chosen


def _priority(backend: KeyringBackend) -> float:
    try:
        return float(backend.priority)
    except Exception:  # a backend may raise from ``priority`` when it is not viable
        return 0.0


class KeyringSecrets:
    """Secrets in an accepted OS keyring, under service ``meetings-app``.

    ``scope`` prefixes every name, so two data folders of one OS user (a demo and the
    real one, or two portable drives) never read each other's token or key.
    """

    persistent_tokens = True

    def __init__(
        self, backend: KeyringBackend | None = None, service: str = SERVICE, scope: str = ""
    ) -> None:
        self.backend = usable_backend(backend)
        self.service = service
        self.scope = scope

    def _name(self, name: str) -> str:
        return f"{self.scope}/{name}" if self.scope else name

    def get(self, name: str) -> str | None:
        try:
            return self.backend.get_password(self.service, self._name(name))
        except KeyringError as exc:
            raise KeyringUnavailable(f"The system keyring did not answer ({exc}).") from exc

    def set(self, name: str, value: str) -> None:
        try:
            self.backend.set_password(self.service, self._name(name), value)
        except KeyringError as exc:
            raise KeyringUnavailable(f"The system keyring refused to save ({exc}).") from exc

    def delete(self, name: str) -> None:
        try:
            self.backend.delete_password(self.service, self._name(name))
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            raise KeyringUnavailable(f"The system keyring refused to delete ({exc}).") from exc


# --- the passphrase vault ----------------------------------------------------------------


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost; the defaults are argon2-cffi's (m=64 MiB, t=3, p=4)."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 4

    def as_dict(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_cost, "p": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        return cls(int(data["t"]), int(data["m"]), int(data["p"]))


#: OWASP's floor for argon2id; a vault file asking for less is refused as tampered.
MIN_KDF = KdfParams(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def derive_key(passphrase: str, salt: bytes, params: KdfParams | None = None) -> bytes:
    """A 32-byte key from ``passphrase`` with argon2id."""
    p = params or KdfParams()
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=p.time_cost,
        memory_cost=p.memory_cost,
        parallelism=p.parallelism,
        hash_len=32,
        type=Type.ID,
    )


_VAULT_AAD = b"meetings-app vault v1"


class Vault:
    """Secrets in one file, encrypted with AES-GCM under an argon2id-derived key.

    The file keeps the salt, the KDF cost and one ciphertext of the whole JSON map;
    every write re-encrypts with a fresh nonce and replaces the file atomically.
    Tokens are refused (``persistent_tokens`` is False): the session keeps them in memory.
    """

    persistent_tokens = False

    def __init__(self, path: Path, key: bytes, salt: bytes, params: KdfParams) -> None:
        self.path = path
        self._key = key
        self._salt = salt
        self._params = params
        self._items: dict[str, str] = {}

    @classmethod
    def exists(cls, path: Path) -> bool:
        return path.is_file()

    @classmethod
    def create(cls, path: Path, passphrase: str, params: KdfParams | None = None) -> Vault:
        """A new empty vault; refuses to overwrite an existing one."""
        if path.exists():
            raise VaultDamaged(f"A vault already exists at {path}; unlock it instead.")
        if not passphrase:
            raise WrongPassphrase("The passphrase may not be empty.")
        p = params or KdfParams()
        salt = os.urandom(16)
        vault = cls(path, derive_key(passphrase, salt, p), salt, p)
        vault._save()
        return vault

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> Vault:
        """Open an existing vault; :class:`WrongPassphrase` if the passphrase is not its own."""
        try:
            doc = json.loads(path.read_text("utf-8"))
            salt = base64.b64decode(doc["salt"])
            params = KdfParams.from_dict(doc["kdf"])
            nonce = base64.b64decode(doc["nonce"])
            blob = base64.b64decode(doc["data"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise VaultDamaged(f"The secret vault {path} cannot be read ({exc}).") from exc
        if (
            params.time_cost < MIN_KDF.time_cost
            or params.memory_cost < MIN_KDF.memory_cost
            or params.parallelism < MIN_KDF.parallelism
        ):
            raise VaultDamaged(f"The secret vault {path} asks for a weakened key derivation.")
        key = derive_key(passphrase, salt, params)
        try:
            plain = AESGCM(key).decrypt(nonce, blob, _VAULT_AAD)
        except InvalidTag:
            raise WrongPassphrase(
                "The passphrase is not the one this laptop was set up with."
            ) from None
        vault = cls(path, key, salt, params)
        vault._items = {str(k): str(v) for k, v in json.loads(plain).items()}
        return vault

    def get(self, name: str) -> str | None:
        return self._items.get(name)

    def set(self, name: str, value: str) -> None:
        self._items[name] = value
        self._save()

    def delete(self, name: str) -> None:
        if self._items.pop(name, None) is not None:
            self._save()

    def _save(self) -> None:
        nonce = os.urandom(12)
        blob = AESGCM(self._key).encrypt(
            nonce, json.dumps(self._items, sort_keys=True).encode("utf-8"), _VAULT_AAD
        )
        doc = {
            "format": 1,
            "kdf": self._params.as_dict(),
            "salt": base64.b64encode(self._salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "data": base64.b64encode(blob).decode(),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(doc), "utf-8")
        os.replace(tmp, self.path)


#: Asked when no keyring is usable: ``ask(creating)`` returns a passphrase or ``None``
#: (the person cancelled). ``creating`` is True when a new vault will be made.
PassphrasePrompt = Callable[[bool], str | None]


def open_secrets(
    vault_path: Path,
    ask_passphrase: PassphrasePrompt | None,
    backend: KeyringBackend | None = None,
    attempts: int = 3,
    scope: str = "",
    kdf: KdfParams | None = None,
) -> SecretStore:
    """The OS keyring when it is accepted; otherwise a vault unlocked with a passphrase.

    Raises :class:`KeyringUnavailable` when neither is possible (no prompt, or the person
    cancelled) and :class:`WrongPassphrase` after ``attempts`` wrong passphrases.
    """
    try:
        return KeyringSecrets(backend, scope=scope)
    except KeyringUnavailable as refused:
        if ask_passphrase is None:
            raise
        reason = refused
    creating = not Vault.exists(vault_path)
    last: AppError = reason
    for _ in range(max(1, attempts)):
        passphrase = ask_passphrase(creating)
        if passphrase is None:
            raise KeyringUnavailable(
                "No secure system keyring is available and no passphrase was given.",
                reason=str(reason),
            )
        try:
            if creating:
                return Vault.create(vault_path, passphrase, kdf)
            return Vault.unlock(vault_path, passphrase)
        except WrongPassphrase as exc:
            last = exc
    raise last


def new_secret_key() -> str:
    """A fresh random 256-bit key, base64 (the at-rest data key)."""
    return base64.b64encode(secrets.token_bytes(32)).decode()


DATA_KEY = "data-key"
DEVICE_KEY = "device-signing-key"
TOKEN = "token"


def data_key(store: NamedSecrets) -> bytes:
    """The at-rest key of this laptop, made on first use and kept in ``store``."""
    value = store.get(DATA_KEY)
    if value is None:
        value = new_secret_key()
        store.set(DATA_KEY, value)
    key = base64.b64decode(value)
    if len(key) != 32:
        raise VaultDamaged("The stored data key has the wrong length.")
    return key
