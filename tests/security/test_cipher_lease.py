from __future__ import annotations

import datetime as dt
import os

import pytest

from meetings_app.security.cipher import SEGMENT, AesGcmCipher, Cipher, DecryptionFailed
from meetings_app.security.lease import LeaseExpired, check_lease

KEY = os.urandom(32)


def test_whole_values_and_associated_data() -> None:
    cipher: Cipher = AesGcmCipher(KEY)
    blob = cipher.encrypt(b"secret pdf", b"sha-1")
    assert b"secret" not in blob
    assert cipher.decrypt(blob, b"sha-1") == b"secret pdf"
    with pytest.raises(DecryptionFailed):
        cipher.decrypt(blob, b"sha-2")
    with pytest.raises(DecryptionFailed):
        AesGcmCipher(os.urandom(32)).decrypt(blob, b"sha-1")
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(DecryptionFailed):
        cipher.decrypt(tampered, b"sha-1")


def test_text_fields() -> None:
    cipher = AesGcmCipher(KEY)
    value = cipher.encrypt_text("Ghi chú riêng", "note:1:text")
    assert value.startswith("enc1:") and "Ghi" not in value
    assert cipher.decrypt_text(value, "note:1:text") == "Ghi chú riêng"
    assert cipher.decrypt_text("plain old text") == "plain old text"
    with pytest.raises(DecryptionFailed):
        cipher.decrypt_text(value, "note:2:text")


def test_streams_round_trip_and_detect_truncation_and_reorder() -> None:
    cipher = AesGcmCipher(KEY)
    data = os.urandom(SEGMENT * 2 + 123)
    chunks = [data[i : i + 70_000] for i in range(0, len(data), 70_000)]
    encrypted = b"".join(cipher.encrypt_stream(chunks, b"sha"))
    assert b"".join(cipher.decrypt_stream([encrypted], b"sha")) == data
    small = [encrypted[i : i + 999] for i in range(0, len(encrypted), 999)]
    assert b"".join(cipher.decrypt_stream(small, b"sha")) == data
    seg = 4 + 12 + SEGMENT + 16
    truncated = encrypted[: 4 + 2 * seg]  # drop the last segment
    with pytest.raises(DecryptionFailed):
        b"".join(cipher.decrypt_stream([truncated], b"sha"))
    swapped = (
        encrypted[:4]
        + encrypted[4 + seg : 4 + 2 * seg]
        + encrypted[4 : 4 + seg]
        + encrypted[4 + 2 * seg :]
    )
    with pytest.raises(DecryptionFailed):
        b"".join(cipher.decrypt_stream([swapped], b"sha"))
    assert b"".join(cipher.decrypt_stream(cipher.encrypt_stream([]))) == b""


def test_lease() -> None:
    contact = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    check_lease("Họp", 14, contact, contact + dt.timedelta(days=13))
    with pytest.raises(LeaseExpired) as expired:
        check_lease("Họp", 14, contact, contact + dt.timedelta(days=14, minutes=1))
    assert expired.value.code == "LEASE_EXPIRED" and expired.value.params["days"] == 14
    with pytest.raises(LeaseExpired):  # never contacted
        check_lease("Họp", 14, None, contact)
    with pytest.raises(LeaseExpired):  # clock wound back to stretch the lease
        check_lease("Họp", 14, contact, contact - dt.timedelta(days=2))
