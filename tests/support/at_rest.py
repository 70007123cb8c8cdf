"""A fixed at-rest cipher for tests (the program's comes from the laptop's data key)."""

from __future__ import annotations

from meetings_app.security.cipher import AesGcmCipher

TEST_KEY = bytes(range(32))


def fixed_cipher() -> AesGcmCipher:
    return AesGcmCipher(TEST_KEY)
