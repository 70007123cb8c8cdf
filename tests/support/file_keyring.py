"""A keyring backend in a JSON file, for child processes that start the real client.

The benchmarks start ``meetings-app`` in fresh processes, signed in with its secrets kept
"in the OS keyring"; this machine has none, and the in-memory test keyring dies with its
process. ``PYTHON_KEYRING_BACKEND=tests.support.file_keyring.FileKeyring`` with
``MEETINGS_TEST_KEYRING_FILE`` naming the file gives every process the same secrets.
Tests and benchmarks only: the secrets lie in clear in the file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

FILE_ENV = "MEETINGS_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    """Secrets in the JSON file named by ``MEETINGS_TEST_KEYRING_FILE`` (or ``path``)."""

    @properties.classproperty
    def priority(cls) -> float:
        """Viable only where ``MEETINGS_TEST_KEYRING_FILE`` names the file, so keyring's
        own detection never picks it in another process."""
        if FILE_ENV not in os.environ:
            raise RuntimeError(f"{FILE_ENV} names no keyring file")
        return 1

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path or Path(os.environ.get(FILE_ENV, "keyring.json"))

    def _read(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        data: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        return data

    def _write(self, data: dict[str, str]) -> None:
        self.path.write_text(json.dumps(data), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._write({**self._read(), f"{service}\n{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._write(data)
