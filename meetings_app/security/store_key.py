"""The store's own Ed25519 key: it signs the audit chain's head and every ballot board.

Made at the store's first start and kept in its data folder, readable by the owner only
(or given in the server settings, for several processes that share one store). Its public
key is published (``GET /api/v1/health``), so anyone can check a signed head or board.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.security import signing

KEY_FILE = "store-signing.key"


class StoreKeyError(AppError):
    """Code ``STORE_KEY_UNUSABLE``; param ``path``."""

    code = Code.STORE_KEY_UNUSABLE


def load_or_create(path: Path) -> str:
    """The base64 private key kept in ``path``; made (mode 0600, never overwritten) when
    the file does not exist yet."""
    try:
        text = path.read_text("ascii").strip()
    except FileNotFoundError:
        return _create(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreKeyError(
            f"The store's signing key {path} cannot be read.", path=str(path)
        ) from exc
    if not _usable(text):
        raise StoreKeyError(
            f"The store's signing key {path} is not an Ed25519 key.", path=str(path)
        )
    return text


def _create(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    key = signing.new_private_key()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs
        return load_or_create(path)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(key + "\n")
    return key


def _usable(text: str) -> bool:
    try:
        return len(base64.b64decode(text, validate=True)) == 32
    except ValueError:
        return False
