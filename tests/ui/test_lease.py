"""The offline lease in the window: past it a meeting is refused in plain words, and it
opens again once a sync has reached the store."""

from __future__ import annotations

import datetime as dt

import httpx
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from meetings_app.app.services import ClientServices
from meetings_app.app.session import HttpAuthenticator, SessionService
from meetings_app.domain.models import Meeting
from meetings_app.security.keyring_store import KeyringSecrets
from meetings_app.store.engine import writer
from meetings_app.sync.local import set_state
from meetings_app.ui.client import build_window
from tests.support.reader_meeting import ReaderStore


def _store_answering(person_id: str) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "token": "tok",
                "expires_at": (dt.datetime.now(dt.UTC) + dt.timedelta(days=90)).isoformat(),
                "person": {"id": person_id, "username": "bt.tuphap", "full_name": "Tư"},
                "device_id": "dev-1",
            },
        )

    return httpx.MockTransport(handler)


def test_expired_lease_refuses_the_meeting_until_a_sync(  # type: ignore[no-untyped-def]
    qtbot, store: ReaderStore, services: ClientServices
) -> None:
    clock = [dt.datetime.now(dt.UTC)]
    session = SessionService(
        lambda scope: KeyringSecrets(scope=scope),
        HttpAuthenticator(transport=_store_answering(store.me)),
        store.folder,
        now=lambda: clock[0],
    )
    session.sign_in("https://store.example", "bt.tuphap", "pw", stay_signed_in=False)
    with Session(services.engine) as s:
        meeting = s.get(Meeting, store.meeting)
        assert meeting is not None
        days = meeting.lease_days
    clock[0] += dt.timedelta(days=days, hours=1)  # offline for longer than the lease

    window = build_window(services, session, interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    qtbot.waitUntil(lambda: bool(window._meetings_by_id), timeout=5_000)
    window.open_meeting(store.meeting)
    assert window.current_meeting is None or window.current_meeting.id != store.meeting
    assert window.refused_meeting == store.meeting
    boxes = [b for b in window.findChildren(QMessageBox, "errorBox") if b.isVisible()]
    assert boxes and "checked with the server" in boxes[-1].text()
    assert "sync" in boxes[-1].informativeText()
    for box in boxes:
        box.close()

    # A plain record of a pull in the local database does not count: the lease runs from
    # the sealed contact the sync service records when a sync reached the store.
    with Session(writer(services.engine)) as s, s.begin():
        set_state(s, "last_pull", clock[0].isoformat())
    window.open_meeting(store.meeting)
    assert window.refused_meeting == store.meeting
    for box in window.findChildren(QMessageBox, "errorBox"):
        box.close()
    session.record_contact()
    window.open_meeting(store.meeting)
    assert window.current_meeting is not None and window.current_meeting.id == store.meeting
    assert window.refused_meeting is None
    window.close()
