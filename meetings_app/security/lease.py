"""The offline lease: how long a laptop may open a meeting's cached data without contact.

Each meeting carries ``lease_days``. The lease runs from the last time this laptop
reached the central store. Past it, the cached meeting stays on disk (nothing is lost)
but is not opened until the client has contacted the store again, which also gives the
store the chance to purge it (access removed, device revoked).

A laptop clock set backwards must not stretch the lease: a "now" earlier than the last
contact by more than :data:`CLOCK_SLACK` (a time-sync step, not a wound-back clock) counts
as expired as well.

The last contact itself is kept sealed (:func:`seal_contact`): encrypted and authenticated
with the laptop's data key, which lives in the OS keyring or the passphrase vault. Editing
the sealed file, copying another's, or deleting it can only make the lease look expired.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.security.cipher import Cipher

CLOCK_SLACK = dt.timedelta(minutes=5)
_SEAL_CONTEXT = b"meetings-app lease v1"


class LeaseExpired(AppError):
    """Code ``LEASE_EXPIRED``; params ``title``, ``days``, ``last_contact`` (ISO or empty)."""

    code = Code.LEASE_EXPIRED


@dataclass(frozen=True)
class Lease:
    last_contact: dt.datetime | None
    days: int

    @property
    def expires_at(self) -> dt.datetime | None:
        if self.last_contact is None:
            return None
        return self.last_contact + dt.timedelta(days=max(0, self.days))

    def valid_at(self, now: dt.datetime) -> bool:
        """True when cached data may be opened at ``now`` (timezone-aware)."""
        if now.tzinfo is None:
            raise ValueError("naive datetime: lease checks need an offset")
        expires = self.expires_at
        if expires is None or self.last_contact is None:
            return False
        if now < self.last_contact - CLOCK_SLACK:
            return False
        return now < expires


def check_lease(title: str, days: int, last_contact: dt.datetime | None, now: dt.datetime) -> None:
    """Raise :class:`LeaseExpired` when the meeting may not be opened offline now."""
    lease = Lease(last_contact, days)
    if not lease.valid_at(now):
        raise LeaseExpired(
            f"The meeting {title!r} has not been refreshed from the server for more than "
            f"{days} days; connect to the network and sync to open it again. "
            "Your notes and marks are kept.",
            title=title,
            days=days,
            last_contact=last_contact.isoformat() if last_contact else "",
        )


def seal_contact(cipher: Cipher, when: dt.datetime) -> bytes:
    """The last contact, encrypted and authenticated with the laptop's data key."""
    if when.tzinfo is None:
        raise ValueError("naive datetime: the last contact needs an offset")
    return cipher.encrypt(when.astimezone(dt.UTC).isoformat().encode("ascii"), _SEAL_CONTEXT)


def open_contact(cipher: Cipher, sealed: bytes) -> dt.datetime | None:
    """The last contact from :func:`seal_contact`'s bytes; None when they were changed,
    made with another key, or are not a seal (the lease then counts as expired)."""
    try:
        text = cipher.decrypt(sealed, _SEAL_CONTEXT).decode("ascii")
        when = dt.datetime.fromisoformat(text)
    except (AppError, ValueError):
        return None
    return when if when.tzinfo is not None else None
