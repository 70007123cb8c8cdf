"""The document register is kept by the store: laptops ask, the store numbers.

Two secretariat laptops issuing reports get distinct consecutive numbers; a report asked
for by both gets one number; a laptop that has not reached the store shows the number
as pending and cannot issue; concurrent requests on a live store (SQLite and PostgreSQL)
never share a number.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
import uuid
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.app.local_writes import LocalWriter
from meetings_app.app.prepare.outputs import OutputsService
from meetings_app.app.reports import ReportsService
from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError
from meetings_app.domain.models import Minutes, RegisterEntry
from meetings_app.domain.register import entry_id
from meetings_app.server.runner import start_in_thread
from meetings_app.server.settings import ServerSettings
from tests.support.factories import PASSWORD, Laptop, World

START = dt.datetime(2026, 11, 4, 2, 0, tzinfo=dt.UTC)


class Secretariat:
    """A secretariat laptop with the outputs service, as the workspace builds it."""

    def __init__(self, world: World, username: str) -> None:
        self.laptop: Laptop = world.client(username)
        self.sync()
        engine = self.laptop.engine
        writer = LocalWriter(engine, self.laptop.person_id)
        reports = ReportsService(engine, lambda _v: b"", self.laptop.person_id, writer=writer)
        self.outputs = OutputsService(engine, reports)

    def sync(self) -> None:
        report = self.laptop.client.sync()
        assert report.rejected == 0, [(r.code, r.message) for r in self.laptop.client.rejections()]

    def issue(self, kind: str, meeting_id: str) -> str:
        """The number line of the issued report, or the pending code."""
        try:
            pdf = self.outputs.build(kind, meeting_id, issue=True)
        except AppError as exc:
            return str(exc.code)
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        return next(word for word in text.split() if "-VPCP" in word)


@pytest.fixture
def office(world: World) -> World:
    world.person("vpcp", role="secretariat", full_name="Nguyễn Thị Lan")
    world.person("vpcp2", role="secretariat", full_name="Trần Văn Bình")
    world.person("alice", full_name="Alice")
    return world


def _meeting(world: World) -> str:
    meeting_id = world.meeting("Phiên họp", starts_at=START, ends_at=START)
    world.participant(meeting_id, "alice", "member")
    world.put(Minutes(meeting_id=meeting_id, text="# Kết luận\nThông qua.", state="published"))
    return meeting_id


def test_two_secretariat_laptops_get_distinct_consecutive_numbers(office: World) -> None:
    first, second = _meeting(office), _meeting(office)
    a, b = Secretariat(office, "vpcp"), Secretariat(office, "vpcp2")
    # not yet told by the store: the request waits, the report is not issued
    assert a.issue("agenda", first) == Code.NUMBER_PENDING
    assert a.issue("agenda", first) == Code.NUMBER_PENDING  # asked once, still pending
    assert not a.outputs.issued("agenda", first)
    assert b.issue("minutes", first) == Code.NUMBER_PENDING
    a.sync()
    b.sync()
    assert a.issue("agenda", first) == "01/CTr-VPCP"
    assert b.issue("minutes", first) == "02/BB-VPCP"
    # both ask for the second meeting's agenda before either syncs: one line, one number
    assert a.issue("agenda", second) == Code.NUMBER_PENDING
    assert b.issue("agenda", second) == Code.NUMBER_PENDING
    a.sync()
    b.sync()  # answered with the line a got (SUPERSEDED, no rejection)
    a.sync()
    assert a.issue("agenda", second) == b.issue("agenda", second) == "03/CTr-VPCP"
    # every laptop holds the whole register; a reprint keeps its number
    assert b.issue("agenda", first) == "01/CTr-VPCP"
    assert a.issue("minutes", first) == "02/BB-VPCP"
    member = office.client("alice")
    member.client.sync()
    with Session(member.engine) as s:
        numbers = sorted(n for n in s.scalars(select(RegisterEntry.number)))
    assert numbers == [1, 2, 3]


def test_only_organisers_issue_and_a_line_is_never_rewritten(office: World) -> None:
    meeting_id = _meeting(office)
    subject = f"minutes:{meeting_id}"
    line = {
        "entity": "register_entry",
        "id": entry_id("VPCP", subject),
        "data": {"meeting_id": meeting_id, "kind": "minutes", "subject": subject, "issuer": "VPCP"},
    }
    (refused,) = office.push("alice", line)
    assert (refused["status"], refused["code"]) == ("rejected", Code.FORBIDDEN)
    (wrong_id,) = office.push("vpcp", {**line, "id": str(uuid.uuid4())})
    assert (wrong_id["status"], wrong_id["code"]) == ("rejected", Code.INVALID)
    (given,) = office.push("vpcp", {**line, "data": {**line["data"], "number": 99}})
    assert given["status"] == "applied" and given["version"] == 1
    (again,) = office.push("vpcp2", {**line, "deleted": True})
    assert (again["status"], again["code"]) == ("applied", Code.SUPERSEDED)
    assert again["current"]["data"]["number"] == 1 and not again["current"]["deleted"]


def test_concurrent_requests_on_a_live_store_never_share_a_number(
    db_url: str, tmp_path: Path
) -> None:
    world = World(db_url, tmp_path)
    for name in ("vpcp", "vpcp2"):
        world.person(name, role="secretariat")
    meeting_id = world.meeting("Phiên họp", starts_at=START)
    server = start_in_thread(ServerSettings(db_url=db_url, blob_dir=tmp_path / "blobs"))
    subjects = [str(uuid.uuid4()) for _ in range(12)]
    numbers: list[int] = []
    barrier = threading.Barrier(4)

    def laptop(index: int) -> None:
        token = httpx.post(
            f"{server.url}/api/v1/auth/login",
            json={"username": ("vpcp", "vpcp2")[index % 2], "password": PASSWORD},
        ).json()["token"]
        barrier.wait()
        for record in subjects[index::4]:
            subject = f"ballot:{record}"
            body = {
                "change_id": str(uuid.uuid4()),
                "entity": "register_entry",
                "id": entry_id("VPCP", subject),
                "data": {
                    "meeting_id": meeting_id,
                    "kind": "ballot",
                    "subject": subject,
                    "issuer": "VPCP",
                },
            }
            r = httpx.post(
                f"{server.url}/api/v1/sync/push",
                json={"changes": [body]},
                headers={"Authorization": f"Bearer {token}"},
                timeout=60,
            )
            assert r.json()["results"][0]["status"] == "applied", r.text

    try:
        threads = [threading.Thread(target=laptop, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with Session(world.engine) as s:
            numbers = sorted(n or 0 for n in s.scalars(select(RegisterEntry.number)))
    finally:
        server.stop()
        world.close()
    assert numbers == list(range(1, 13))
