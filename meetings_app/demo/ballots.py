"""Ballots signed as a member's device signs them, for the seeded store.

Each voter gets one device whose Ed25519 public key is registered the way sign-in
registers one (a Device row of that person), and each ballot is signed over exactly the
message the store verifies when a ballot is pushed
(:func:`~meetings_app.security.signing.ballot_message`), so reports count them valid.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from meetings_app.domain.ids import new_id
from meetings_app.domain.models import Ballot, Device, Poll
from meetings_app.security import signing

if TYPE_CHECKING:
    from meetings_app.demo.seed import Seeder

DEVICE_NAME = "Máy tính bảng phòng họp"


class BallotSigner:
    """Casts signed ballots for demo voters, one registered device (and key) per voter."""

    def __init__(self, seeder: Seeder) -> None:
        self.seeder = seeder
        self._keys: dict[str, tuple[Device, str]] = {}

    def _device(self, username: str, at: dt.datetime) -> tuple[Device, str]:
        if username not in self._keys:
            key = signing.new_private_key()
            device = Device(
                id=new_id(),
                person_id=self.seeder.people[username].id,
                name=DEVICE_NAME,
                public_key=signing.public_key_of(key),
                last_seen=at,
            )
            self.seeder.add(device, username)
            self._keys[username] = (device, key)
        return self._keys[username]

    def cast(
        self, poll: Poll, username: str, option: int, comment: str, cast_at: dt.datetime
    ) -> Ballot:
        """The ballot of ``username`` for the poll's option number ``option`` (from 0)."""
        device, key = self._device(username, cast_at)
        ballot = Ballot(
            id=new_id(),
            poll_id=poll.id,
            voter_id=self.seeder.people[username].id,
            option_id=str(poll.options[option]["id"]),
            comment=comment,
            cast_at=cast_at.astimezone(dt.UTC),
            device_id=device.id,
        )
        signed = {
            "poll_id": ballot.poll_id,
            "option_id": ballot.option_id,
            "comment": ballot.comment,
            "cast_at": ballot.cast_at,
        }
        ballot.signature = signing.sign(key, signing.ballot_message(ballot.id, signed))
        self.seeder.add(ballot, username)
        return ballot
