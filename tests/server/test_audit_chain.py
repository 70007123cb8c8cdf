"""Issue 12, probe 6: the audit chain cannot be cut or rewritten unseen, and downloads and
private pushes are logged (who and what, never the content)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from meetings_app.domain.models import AuditEvent
from meetings_app.security import audit, signing
from meetings_app.security.store_key import KEY_FILE
from tests.server.test_cli import admin
from tests.support.factories import World


def _store_with_events(world: World, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Five signed events (five people added with ``admin add-person``); the blob folder."""
    blobs = world.settings.blob_dir
    for n in range(5):
        argv = ["add-person", f"person{n}", "--full-name", f"Person {n}", "--password-stdin"]
        password = "correct horse battery\n"  # the password policy wants 10 characters
        assert admin(monkeypatch, world.settings.db_url, blobs, *argv, stdin=password) == 0
    return blobs


def _export_head(world: World, monkeypatch: pytest.MonkeyPatch, blobs: Path) -> Path:
    out = world.root / "head.json"
    assert admin(monkeypatch, world.settings.db_url, blobs, "audit-head", "--out", str(out)) == 0
    return out


def _verify(world: World, monkeypatch: pytest.MonkeyPatch, blobs: Path, *head: str) -> int:
    argv = ["verify-audit", *(["--head", head[0]] if head else [])]
    return admin(monkeypatch, world.settings.db_url, blobs, *argv)


def test_every_head_is_signed_and_the_exported_head_verifies(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blobs = _store_with_events(world, monkeypatch)
    head_file = _export_head(world, monkeypatch, blobs)
    head = json.loads(head_file.read_text("utf-8"))
    health = world.http.get("/api/v1/health").json()
    assert head["public_key"] == health["store_key"]
    key_file = world.root / KEY_FILE
    assert key_file.stat().st_mode & 0o077 == 0  # the owner's alone
    with Session(world.engine) as s:
        events = s.scalars(select(AuditEvent)).all()
    assert len(events) >= 5 and all(e.head_signature for e in events)
    assert _verify(world, monkeypatch, blobs, str(head_file)) == 0
    assert "intact" in capsys.readouterr().out


def test_deleting_the_newest_events_is_detected(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blobs = _store_with_events(world, monkeypatch)
    head_file = _export_head(world, monkeypatch, blobs)
    with Session(world.engine) as s, s.begin():
        newest = s.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
        assert newest is not None
        s.execute(delete(AuditEvent).where(AuditEvent.seq > newest - 2))
    capsys.readouterr()
    assert _verify(world, monkeypatch, blobs, str(head_file)) == 3
    assert "events were deleted" in capsys.readouterr().err


def _rewrite_from(world: World, seq: int, resign_with: str | None) -> None:
    """Change event ``seq`` and recompute every later hash (and, holding the key, resign)."""
    with Session(world.engine) as s, s.begin():
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        prev = audit.GENESIS
        for ev in events:
            if ev.seq == seq:
                ev.details = {**ev.details, "role": "admin"}
            if ev.seq >= seq:
                ev.prev_hash = prev
                ev.hash = audit._digest(
                    ev.seq, ev.at, ev.actor_id, ev.action, ev.entity, ev.entity_id,
                    ev.details, prev,
                )  # fmt: skip
                if resign_with:
                    message = audit.head_message(ev.seq, ev.hash)
                    ev.head_signature = signing.sign(resign_with, message)
            prev = ev.hash


def test_a_rewrite_that_recomputes_every_later_hash_is_detected(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blobs = _store_with_events(world, monkeypatch)
    head_file = _export_head(world, monkeypatch, blobs)
    _rewrite_from(world, 2, resign_with=None)
    capsys.readouterr()
    assert _verify(world, monkeypatch, blobs) == 3  # without the key: the signatures break
    assert "not signed by the store's key" in capsys.readouterr().err
    # whoever also stole the store's key and signs again is caught by the kept head
    _rewrite_from(world, 2, resign_with=(world.root / KEY_FILE).read_text().strip())
    assert _verify(world, monkeypatch, blobs) == 0
    capsys.readouterr()
    assert _verify(world, monkeypatch, blobs, str(head_file)) == 3
    assert "rewritten" in capsys.readouterr().err


def test_a_forged_head_file_is_refused(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blobs = _store_with_events(world, monkeypatch)
    head_file = _export_head(world, monkeypatch, blobs)
    head = json.loads(head_file.read_text("utf-8"))
    head["seq"] = 1
    head_file.write_text(json.dumps(head), "utf-8")
    capsys.readouterr()
    assert _verify(world, monkeypatch, blobs, str(head_file)) == 3
    assert "signature does not verify" in capsys.readouterr().err
    head_file.write_text("not json at all", "utf-8")
    assert _verify(world, monkeypatch, blobs, str(head_file)) == 1
    assert "not an exported audit head" in capsys.readouterr().err


def test_downloads_and_private_pushes_are_logged_without_content(world: World) -> None:
    world.person("member")
    meeting = world.meeting()
    world.participant(meeting, "member", "member")
    _, _, sha = world.document(meeting, "Pack")
    answer = world.http.get(f"/api/v1/blobs/{sha}", headers=world.auth("member"))
    assert answer.status_code == 200
    note_id = str(uuid.uuid4())
    secret_text = "my private thought on clause 4"
    note = {"meeting_id": meeting, "text": secret_text}
    results = world.push("member", {"entity": "note", "id": note_id, "data": note})
    assert results[0]["status"] == "applied"
    with Session(world.engine) as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
    by_action = {e.action: e for e in events}
    download = by_action["blob.download"]
    assert download.actor_id == world.ids["member"] and download.details["sha256"] == sha
    pushed = by_action["note.push"]
    assert pushed.actor_id == world.ids["member"] and pushed.entity_id == note_id
    assert all(secret_text not in json.dumps(e.details) for e in events)
