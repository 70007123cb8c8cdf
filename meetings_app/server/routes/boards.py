"""Ballot boards of closed polls: ``GET /api/v1/polls/{poll_id}/board`` (the signed JSON) and
``GET /boards/{poll_id}`` (the same board as a web page). Neither needs a sign-in: a board
is published at the close, and a secret poll's board names no one."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session

from meetings_app.server.board import poll_board
from meetings_app.server.board_page import board_page
from meetings_app.server.deps import StoreDep
from meetings_app.server.openapi import answers
from meetings_app.sync.wire import API_PREFIX

router = APIRouter(tags=["boards"])


def _board(store: StoreDep, poll_id: str) -> dict[str, Any]:
    with Session(store.engine) as s:
        return poll_board(s, poll_id, store.signing_key)


@router.get(f"{API_PREFIX}/polls/{{poll_id}}/board", responses=answers(404))
def get_board(poll_id: str, store: StoreDep) -> dict[str, Any]:
    """The closed poll's signed ballot board (docs/sync-api.md, "Ballot boards"); 404 before
    the close."""
    return _board(store, poll_id)


@router.get("/boards/{poll_id}", response_class=HTMLResponse, include_in_schema=False)
def get_board_page(poll_id: str, store: StoreDep) -> HTMLResponse:
    """The board as a page where an observer checks a receipt."""
    return HTMLResponse(board_page(_board(store, poll_id)))
