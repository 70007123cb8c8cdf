"""Small worlds for store and sync tests: people, meetings, documents, polls, clients.

Rows are written the way the store writes them (``record_server_change`` under the
write lock), so they appear in the change feed exactly as pushed ones do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, make_url, text

from meetings_app.domain.models import (
    AgendaItem,
    Credential,
    Document,
    DocumentVersion,
    Meeting,
    Participant,
    Person,
    Poll,
    Synced,
)
from meetings_app.security.passwords import hash_password
from meetings_app.server.app import create_app
from meetings_app.server.runner import RunningServer, start_in_thread
from meetings_app.server.settings import ServerSettings
from meetings_app.store.engine import make_engine, sqlite_url
from meetings_app.store.feed import record_server_change, write_session
from meetings_app.store.migrate import upgrade
from meetings_app.sync.client import SyncClient

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "correct horse"
_HASH: list[str] = []


def password_hash() -> str:
    if not _HASH:
        _HASH.append(hash_password(PASSWORD))
    return _HASH[0]


@contextmanager
def pg_schema(pg_url: str) -> Iterator[str]:
    """A fresh PostgreSQL schema for one test; the URL puts it first on the search path."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    url = make_url(pg_url).update_query_dict({"options": f"-csearch_path={name}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        admin.dispose()


class SetClock:
    """The store's clock in tests: it starts at the real time and moves only when told."""

    def __init__(self) -> None:
        self.now = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, delta: dt.timedelta) -> None:
        self.now += delta


class World:
    """A store (in-process ASGI app) and helpers to fill it."""

    def __init__(self, db_url: str, root: Path, **settings: Any) -> None:
        self.root = root
        self.clock = SetClock()
        settings.setdefault("clock", self.clock)
        self.settings = ServerSettings(db_url=db_url, blob_dir=root / "server-blobs", **settings)
        self.app = create_app(self.settings)
        self.store = self.app.state.store
        self.engine = self.store.engine
        self.http = TestClient(
            self.app, base_url="http://testserver", raise_server_exceptions=False
        )
        self.tokens: dict[str, str] = {}
        self.ids: dict[str, str] = {}

    def close(self) -> None:
        self.http.close()
        self.store.pushes.stop()
        self.engine.dispose()

    @contextmanager
    def serve(self, **settings: Any) -> Iterator[RunningServer]:
        """This world's database and blobs served by a live store (uvicorn in a thread)."""
        server = start_in_thread(
            ServerSettings(db_url=self.settings.db_url, blob_dir=self.settings.blob_dir, **settings)
        )
        try:
            yield server
        finally:
            server.stop()

    # --- rows -------------------------------------------------------------------------------

    def put(self, row: Synced) -> Synced:
        with write_session(self.engine) as s:
            record_server_change(s, row)
        return row

    def person(self, username: str, role: str = "user", full_name: str | None = None) -> str:
        with write_session(self.engine) as s:
            person = Person(username=username, full_name=full_name or username.title(), role=role)
            record_server_change(s, person)
            s.add(
                Credential(
                    person_id=person.id,
                    password_hash=password_hash(),
                    changed_at=dt.datetime.now(dt.UTC),
                )
            )
        self.ids[username] = person.id
        return person.id

    def meeting(self, title: str = "Cabinet", **kw: Any) -> str:
        return self.put(Meeting(title=title, status="published", **kw)).id

    def participant(
        self, meeting_id: str, username: str, role: str, items: list[str] | None = None
    ) -> str:
        row = Participant(
            meeting_id=meeting_id, person_id=self.ids[username], role=role, items=items or []
        )
        return self.put(row).id

    def item(
        self, meeting_id: str, title: str = "Item", parent_id: str | None = None, position: int = 0
    ) -> str:
        return self.put(
            AgendaItem(meeting_id=meeting_id, title=title, parent_id=parent_id, position=position)
        ).id

    def blob(self, data: bytes) -> str:
        sha, _ = self.store.blobs.put_bytes(data)
        from meetings_app.domain.models import BlobRecord

        with write_session(self.engine) as s:
            if s.get(BlobRecord, sha) is None:
                s.add(BlobRecord(sha256=sha, size=len(data), created_at=dt.datetime.now(dt.UTC)))
        return sha

    def document(
        self,
        meeting_id: str,
        title: str = "Doc",
        *,
        item_id: str | None = None,
        classification: str = "internal",
        recipients: list[str] | None = None,
        data: bytes | None = None,
    ) -> tuple[str, str, str]:
        """(document id, version id, blob sha256)."""
        payload = data if data is not None else f"%PDF-1.4 {title} {uuid.uuid4()}".encode()
        sha = self.blob(payload)
        doc = Document(
            meeting_id=meeting_id,
            title=title,
            agenda_item_id=item_id,
            classification=classification,
            recipients=[self.ids.get(r, r) for r in (recipients or [])],
            policy={},
        )
        self.put(doc)
        version = DocumentVersion(
            document_id=doc.id,
            number=1,
            blob_sha256=sha,
            size=len(payload),
            pages=1,
            filename="d.pdf",
        )
        self.put(version)
        doc.current_version_id = version.id
        self.put(doc)
        return doc.id, version.id, sha

    def poll(
        self,
        meeting_id: str,
        *,
        secret: bool = False,
        state: str = "open",
        closes_at: dt.datetime | None = None,
        item_id: str | None = None,
    ) -> str:
        row = Poll(
            meeting_id=meeting_id,
            agenda_item_id=item_id,
            question="Adopt the draft?",
            options=[
                {"id": "yes", "label": "Yes"},
                {"id": "no", "label": "No"},
                {"id": "abstain", "label": "Abstain"},
            ],
            secret=secret,
            state=state,
            closes_at=closes_at,
        )
        return self.put(row).id

    # --- API ------------------------------------------------------------------------------

    def login(self, username: str, device_name: str = "laptop") -> str:
        r = self.http.post(
            "/api/v1/auth/login",
            json={"username": username, "password": PASSWORD, "device_name": device_name},
        )
        assert r.status_code == 200, r.text
        token = str(r.json()["token"])
        self.tokens[username] = token
        return token

    def auth(self, username: str) -> dict[str, str]:
        token = self.tokens.get(username) or self.login(username)
        return {"Authorization": f"Bearer {token}"}

    def pull_all(self, username: str, cursor: int = 0) -> list[dict[str, Any]]:
        changes: list[dict[str, Any]] = []
        while True:
            r = self.http.get(
                "/api/v1/sync/pull",
                params={"cursor": cursor, "limit": 200},
                headers=self.auth(username),
            )
            assert r.status_code == 200, r.text
            body = r.json()
            changes.extend(body["changes"])
            cursor = body["cursor"]
            if not body["more"]:
                return changes

    def push(self, username: str, *changes: dict[str, Any]) -> list[dict[str, Any]]:
        body = {
            "changes": [
                {"change_id": c.get("change_id") or str(uuid.uuid4()), **c} for c in changes
            ]
        }
        r = self.http.post("/api/v1/sync/push", json=body, headers=self.auth(username))
        assert r.status_code == 200, r.text
        return list(r.json()["results"])

    # --- clients --------------------------------------------------------------------------

    def client(self, username: str, name: str = "laptop") -> Laptop:
        return Laptop(self, username, self.root / f"client-{username}-{name}")


class Laptop:
    """One device: its local SQLite store, blob cache and SyncClient against the world."""

    def __init__(self, world: World, username: str, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.world = world
        self.username = username
        self.folder = folder
        self.engine = make_engine(sqlite_url(folder / "client.db"))
        upgrade(self.engine, "local")
        self.token: str | None = None
        self.keys: dict[str, str] = {}
        self.client = SyncClient(
            self.engine,
            folder / "blobs",
            "http://testserver",
            lambda: self.token,
            http=world.http,
            key_store=self,
            backoff=0.01,
        )
        result = self.client.login(username, PASSWORD, device_name=folder.name)
        self.token = result.token
        self.person_id = result.person.id

    def get(self, name: str) -> str | None:
        return self.keys.get(name)

    def set(self, name: str, value: str) -> None:
        self.keys[name] = value

    def close(self) -> None:
        self.engine.dispose()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default
