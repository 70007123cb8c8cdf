r"""At-rest encryption on the laptop: AES-256-GCM for blobs and private text fields.

The key is the laptop's data key (:func:`meetings_app.security.keyring_store.data_key`),
held in the OS keyring or the passphrase vault, never on disk in clear.

Formats (all versioned, so a later change can read old data):

* whole values: ``b"MAC1" + nonce(12) + ciphertext+tag``; ``associated`` data (for
  instance a blob's sha256 or a row id and column) is authenticated, so a ciphertext
  moved to another row or blob fails to decrypt instead of showing the wrong text;
* streams (large PDFs): ``b"MAS1"`` then segments ``len(4, big-endian) + nonce + ct``;
  each segment's associated data carries its index and a "last" flag, so segments
  cannot be reordered, dropped or the stream truncated without detection;
* text fields: ``"enc1:" + base64(whole value)``; :meth:`AesGcmCipher.decrypt_text`
  returns text without the prefix unchanged (rows written before encryption, or
  pulled rows not yet re-encrypted).

:class:`Cipher` is the structural interface, built from the ``Protocol``\ s the lower layers
declare for what they need (the blob cache's ``BlobCipher``, the private columns'
``FieldCipher``); they receive an :class:`AesGcmCipher` when the program is wired together,
so they never import this module.
"""

from __future__ import annotations

import base64
import os
import struct
from collections.abc import Iterable, Iterator
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import FieldCipher
from meetings_app.store.sealed_blobs import BlobCipher

WHOLE_MAGIC = b"MAC1"
STREAM_MAGIC = b"MAS1"
TEXT_PREFIX = "enc1:"
SEGMENT = 1024 * 1024
_NONCE = 12
_TAG = 16


class DecryptionFailed(AppError):
    """The data was changed, truncated, or encrypted with another key."""

    code = Code.DECRYPTION_FAILED


class Cipher(BlobCipher, FieldCipher, Protocol):
    """Everything the laptop needs from at-rest encryption: the blob cache's and the private
    columns' interfaces (declared low, in ``store`` and ``domain``), plus whole values."""

    def encrypt(self, plaintext: bytes, associated: bytes = b"") -> bytes: ...

    def decrypt(self, ciphertext: bytes, associated: bytes = b"") -> bytes: ...


class AesGcmCipher:
    """AES-256-GCM with a random 96-bit nonce per value or segment."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("AES-256-GCM needs a 32-byte key")
        self._aead = AESGCM(key)

    # --- whole values ------------------------------------------------------------------

    def encrypt(self, plaintext: bytes, associated: bytes = b"") -> bytes:
        nonce = os.urandom(_NONCE)
        return WHOLE_MAGIC + nonce + self._aead.encrypt(nonce, plaintext, WHOLE_MAGIC + associated)

    def decrypt(self, ciphertext: bytes, associated: bytes = b"") -> bytes:
        if not ciphertext.startswith(WHOLE_MAGIC) or len(ciphertext) < 4 + _NONCE + _TAG:
            raise DecryptionFailed("The data is not in the encrypted format this program writes.")
        nonce = ciphertext[4 : 4 + _NONCE]
        try:
            return self._aead.decrypt(nonce, ciphertext[4 + _NONCE :], WHOLE_MAGIC + associated)
        except InvalidTag:
            raise DecryptionFailed(
                "The encrypted data was changed or belongs to another key; it was not used."
            ) from None

    # --- text fields -------------------------------------------------------------------

    def encrypt_text(self, text: str, associated: str = "") -> str:
        blob = self.encrypt(text.encode("utf-8"), associated.encode("utf-8"))
        return TEXT_PREFIX + base64.b64encode(blob).decode("ascii")

    def decrypt_text(self, value: str, associated: str = "") -> str:
        if not is_encrypted_text(value):
            return value
        try:
            blob = base64.b64decode(value[len(TEXT_PREFIX) :], validate=True)
        except ValueError:
            raise DecryptionFailed("An encrypted text field is damaged.") from None
        return self.decrypt(blob, associated.encode("utf-8")).decode("utf-8")

    # --- streams -----------------------------------------------------------------------

    def encrypt_stream(
        self, chunks: Iterable[bytes], associated: bytes = b"", first_segment: int = 0
    ) -> Iterator[bytes]:
        """Yield the encrypted stream of ``chunks`` in segments of :data:`SEGMENT` bytes.

        Each yielded item is the magic header or one whole segment, and a segment is
        yielded as soon as its bytes are known not to be the last ones, so a caller
        writing items to a file as they come has only whole segments on disk.
        ``first_segment`` > 0 continues an unfinished stream (see :meth:`decrypt_prefix`):
        no header, numbering from there.
        """
        if first_segment == 0:
            yield STREAM_MAGIC
        index = first_segment
        pending = b""
        for chunk in chunks:
            pending += chunk
            while len(pending) > SEGMENT:
                yield self._segment(pending[:SEGMENT], index, False, associated)
                pending = pending[SEGMENT:]
                index += 1
        yield self._segment(pending, index, True, associated)

    def _segment(self, data: bytes, index: int, last: bool, associated: bytes) -> bytes:
        nonce = os.urandom(_NONCE)
        body = self._aead.encrypt(nonce, data, _segment_aad(index, last, associated))
        return struct.pack(">I", len(body)) + nonce + body

    def decrypt_stream(self, chunks: Iterable[bytes], associated: bytes = b"") -> Iterator[bytes]:
        """Yield the plaintext; :class:`DecryptionFailed` on any change or truncation."""
        reader = _Reader(chunks)
        if reader.take(4) != STREAM_MAGIC:
            raise DecryptionFailed("The data is not an encrypted stream this program wrote.")
        index = 0
        while True:
            head = reader.take(4)
            if len(head) < 4:
                raise DecryptionFailed("The encrypted file ends too early; it is incomplete.")
            (size,) = struct.unpack(">I", head)
            if size > SEGMENT + _TAG:
                raise DecryptionFailed("The encrypted file is damaged.")
            nonce = reader.take(_NONCE)
            body = reader.take(size)
            if len(nonce) < _NONCE or len(body) < size:
                raise DecryptionFailed("The encrypted file ends too early; it is incomplete.")
            last = reader.at_end()
            try:
                yield self._aead.decrypt(nonce, body, _segment_aad(index, last, associated))
            except InvalidTag:
                raise DecryptionFailed(
                    "The encrypted file was changed, cut short or belongs to another key."
                ) from None
            if last:
                return
            index += 1

    def decrypt_prefix(
        self, chunks: Iterable[bytes], associated: bytes = b""
    ) -> Iterator[tuple[int, bytes]]:
        """The whole, authentic non-last segments of an unfinished stream.

        Yields ``(end, plaintext)``, ``end`` being the stream's byte length up to and
        including that segment: where writing may resume. Stops quietly at a torn
        segment (a write cut short), at a segment that fails to authenticate, or at
        the final segment (a stream that is complete is not a prefix); nothing after
        the last yielded segment may be kept.
        """
        reader = _Reader(chunks)
        if reader.take(4) != STREAM_MAGIC:
            return
        end = 4
        index = 0
        while True:
            head = reader.take(4)
            if len(head) < 4:
                return
            (size,) = struct.unpack(">I", head)
            if size != SEGMENT + _TAG:
                return  # only full segments precede the last one
            nonce = reader.take(_NONCE)
            body = reader.take(size)
            if len(nonce) < _NONCE or len(body) < size:
                return
            try:
                plain = self._aead.decrypt(nonce, body, _segment_aad(index, False, associated))
            except InvalidTag:
                return
            end += 4 + _NONCE + size
            yield end, plain
            index += 1


def is_encrypted_text(value: str) -> bool:
    return value.startswith(TEXT_PREFIX)


def _segment_aad(index: int, last: bool, associated: bytes) -> bytes:
    return STREAM_MAGIC + struct.pack(">Q?", index, last) + associated


class _Reader:
    """Exact-size reads over an iterable of arbitrary chunks."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._it = iter(chunks)
        self._buf = b""

    def _fill(self, size: int) -> None:
        while len(self._buf) < size:
            try:
                self._buf += next(self._it)
            except StopIteration:
                return

    def take(self, size: int) -> bytes:
        self._fill(size)
        out, self._buf = self._buf[:size], self._buf[size:]
        return out

    def at_end(self) -> bool:
        self._fill(1)
        return not self._buf
