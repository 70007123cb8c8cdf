"""A client written from docs/sync-api.md alone ("Signed ballots") casts a signed ballot.

Only ``cryptography`` and ``httpx`` here, never the project's signing helper: the message
is built line by line as the page says, so a change to the real message breaks this test
until the page says the same.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from meetings_app.domain.models import Poll
from meetings_app.server.runner import start_in_thread
from meetings_app.server.settings import ServerSettings
from tests.support.factories import PASSWORD, World


def _documented_message(ballot_id: str, data: dict[str, str]) -> bytes:
    cast_at = dt.datetime.fromisoformat(data["cast_at"]).astimezone(dt.UTC)
    lines = [
        "meetings-app ballot v1",
        ballot_id,
        data["poll_id"],
        data["option_id"],
        data.get("comment", ""),
        cast_at.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00",
    ]
    return "\n".join(lines).encode("utf-8")


def test_a_ballot_signed_from_the_documentation_is_accepted(world: World) -> None:
    world.person("member")
    meeting = world.meeting()
    world.participant(meeting, "member", "member")
    options = [{"id": "yes", "label": "Đồng ý"}, {"id": "no", "label": "Không"}]
    poll = world.put(Poll(meeting_id=meeting, question="?", options=options, state="open"))
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    settings = ServerSettings(db_url=world.settings.db_url, blob_dir=world.settings.blob_dir)
    server = start_in_thread(settings)
    try:
        with httpx.Client(base_url=server.url, timeout=10) as http:
            login = http.post(
                "/api/v1/auth/login",
                json={
                    "username": "member",
                    "password": PASSWORD,
                    "device_name": "tablet written from the docs",
                    "device_public_key": base64.b64encode(public).decode(),
                },
            )
            assert login.status_code == 200, login.text
            auth = {"Authorization": f"Bearer {login.json()['token']}"}
            hanoi = dt.timezone(dt.timedelta(hours=7))
            data = {
                "poll_id": poll.id,
                "option_id": "yes",
                "comment": "Đồng ý với dự thảo",
                "cast_at": dt.datetime(2026, 12, 1, 9, 30, tzinfo=hanoi).isoformat(),
            }
            ballot_id = str(uuid.uuid4())
            forged = {**data, "signature": base64.b64encode(key.sign(b"other")).decode()}
            change = {"change_id": str(uuid.uuid4()), "entity": "ballot", "id": ballot_id}
            refused = http.post(
                "/api/v1/sync/push", json={"changes": [{**change, "data": forged}]}, headers=auth
            ).json()["results"][0]
            assert (refused["status"], refused["code"]) == ("rejected", "BAD_SIGNATURE")
            signature = key.sign(_documented_message(ballot_id, data))
            signed = {**data, "signature": base64.b64encode(signature).decode()}
            change["change_id"] = str(uuid.uuid4())
            answer = http.post(
                "/api/v1/sync/push", json={"changes": [{**change, "data": signed}]}, headers=auth
            ).json()["results"][0]
            assert answer["status"] == "applied", answer
            assert len(answer["receipt"]) == 64
    finally:
        server.stop()
