from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetings_app.app.notes import NotesService
from meetings_app.app.speaking import SpeakingService
from meetings_app.domain.errors import Forbidden
from meetings_app.domain.models import OutboxEntry
from tests.support.member_meeting import MemberStore


def outbox(store: MemberStore) -> int:
    with Session(store.engine) as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def test_notes_per_item_and_per_meeting(store: MemberStore) -> None:
    notes = NotesService(store.engine, store.writer, store.me)
    seen: list[tuple[str, str, str]] = []
    notes.listeners.append(lambda *args: seen.append(args))
    notes.save(store.meeting, None, "Ghi chú chung")
    notes.save(store.meeting, store.item1, "Tăng trưởng 6,5%")
    assert notes.load(store.meeting, None).text == "Ghi chú chung"
    assert notes.load(store.meeting, store.item1).text == "Tăng trưởng 6,5%"
    assert notes.load(store.meeting, store.item2).id is None
    assert seen[1][1] == "Tình hình kinh tế - xã hội"
    assert outbox(store) == 2


def test_same_text_writes_nothing_and_update_keeps_id(store: MemberStore) -> None:
    notes = NotesService(store.engine, store.writer, store.me)
    first = notes.save(store.meeting, store.item1, "a")
    assert notes.save(store.meeting, store.item1, "a").id == first.id
    assert outbox(store) == 1
    assert notes.save(store.meeting, store.item1, "ab").id == first.id
    assert outbox(store) == 2
    assert notes.save(store.meeting, store.item2, "").id is None  # empty new note: nothing
    assert outbox(store) == 2


def test_notes_are_private(store: MemberStore) -> None:
    NotesService(store.engine, store.writer, store.other).save(store.meeting, None, "của Lan")
    assert NotesService(store.engine, store.writer, store.me).load(store.meeting, None).text == ""


def test_ask_to_speak_withdraw_and_place(store: MemberStore) -> None:
    speaking = SpeakingService(store.engine, store.writer, store.me, now=store.now)
    state = speaking.state(store.meeting, store.item2)
    assert state.my_request is None and len(state.queue) == 1
    state = speaking.request(store.meeting, store.item2)
    assert state.place == 2 and state.pending and state.my_state == "waiting"
    assert speaking.request(store.meeting, store.item2).my_request == state.my_request
    assert outbox(store) == 1
    state = speaking.withdraw(store.meeting, store.item2)
    assert state.my_request is None and state.place is None
    assert outbox(store) == 2


def test_observer_may_not_ask_to_speak(store: MemberStore) -> None:
    speaking = SpeakingService(store.engine, store.writer, store.observer, now=store.now)
    with pytest.raises(Forbidden):
        speaking.request(store.meeting, store.item1)
