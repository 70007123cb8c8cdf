"""Wall-clock times in a meeting's own zone, and back to the stored (aware, UTC) instant.

A secretariat officer in Hà Nội types "08:30" for a Hà Nội meeting whatever zone the
laptop is set to; the store keeps the instant, every view shows it in the meeting's zone.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import Invalid


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``; ``TIME_ZONE_UNKNOWN`` for a name the system does not know."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise Invalid(
            f"{name!r} is not a known time zone.", code=Code.TIME_ZONE_UNKNOWN, zone=name
        ) from exc


def wall_time(when: dt.datetime | None, name: str) -> dt.datetime | None:
    """The naive wall-clock time ``when`` reads in zone ``name`` (what an editor shows)."""
    if when is None:
        return None
    return when.astimezone(zone(name)).replace(tzinfo=None)


def instant(wall: dt.datetime | None, name: str) -> dt.datetime | None:
    """The aware instant of a wall-clock time typed in zone ``name`` (what is stored)."""
    if wall is None:
        return None
    return wall.replace(tzinfo=zone(name)).astimezone(dt.UTC)


def zone_names() -> list[str]:
    """Every IANA zone this system knows, sorted (the zone picker's choices)."""
    return sorted(available_timezones())
