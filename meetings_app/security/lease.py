"""The offline lease: how long a laptop may open a meeting's cached data without contact.

Each meeting carries ``lease_days``. The lease runs from the last time this laptop
reached the central store. Past it, the cached meeting stays on disk (nothing is lost)
but is not opened until the client has contacted the store again, which also gives the
store the chance to purge it (access removed, device revoked).

A laptop clock set backwards must not stretch the lease: a "now" earlier than the last
contact by more than :data:`CLOCK_SLACK` counts as expired as well.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError

CLOCK_SLACK = dt.timedelta(hours=1)


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
