"""A laptop process for fault-injection tests: make offline changes, then sync (to be killed -9).

Usage: python -m tests.support.fault_worker SERVER_URL DATA_DIR TRIAL COUNT (token in MEETINGS_TEST_TOKEN)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings_app.domain.models import Meeting, Note
from meetings_app.store.engine import make_engine, sqlite_url, writer
from meetings_app.store.migrate import upgrade
from meetings_app.sync.client import SyncClient
from meetings_app.sync.local import record_change, set_state


class NoKeys:
    def get(self, name: str) -> str | None:
        return None

    def set(self, name: str, value: str) -> None:
        pass


def main() -> int:
    server, data, trial, count = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    token = os.environ["MEETINGS_TEST_TOKEN"]
    engine = make_engine(sqlite_url(data / "client.db"))
    upgrade(engine, "local")
    client = SyncClient(
        engine,
        data / "blobs",
        server,
        lambda: token,
        key_store=NoKeys(),
        push_batch=3,
        pull_limit=7,
    )
    with Session(engine) as s:
        meeting = s.execute(select(Meeting.id)).scalar()
    if meeting is None:
        client.pull()
        with Session(engine) as s:
            meeting = s.execute(select(Meeting.id)).scalar()
    assert meeting is not None
    with Session(writer(engine)) as s, s.begin():
        set_state(s, "person_id", os.environ["MEETINGS_TEST_PERSON"])
    for i in range(count):
        with Session(writer(engine)) as s, s.begin():
            record_change(s, Note(meeting_id=meeting, text=f"trial {trial} note {i}"))
    client.sync()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
