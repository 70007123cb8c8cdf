"""Fetching a closed poll's ballot board from the store (no sign-in: boards are public)."""

from __future__ import annotations

from typing import Any

import httpx

from meetings_app.sync.errors import ServerError, Unreachable
from meetings_app.sync.wire import API_PREFIX

BOARD_TIMEOUT = 15.0


def fetch_board(
    server_url: str, poll_id: str, *, http: httpx.Client | None = None
) -> dict[str, Any] | None:
    """The published board of ``poll_id``, or None when the store has none yet (404).

    Raises :class:`Unreachable` when the store does not answer and :class:`ServerError`
    on any other answer; the board's content is checked by the caller, not here.
    """
    own = http is None
    client = http or httpx.Client(base_url=server_url, timeout=BOARD_TIMEOUT)
    try:
        answer = client.get(f"{API_PREFIX}/polls/{poll_id}/board")
    except httpx.HTTPError as exc:
        raise Unreachable(f"The store at {server_url} did not answer ({exc}).") from exc
    finally:
        if own:
            client.close()
    if answer.status_code == 404:
        return None
    if answer.status_code != 200:
        raise ServerError(f"The store answered {answer.status_code} for the ballot board.")
    try:
        board: dict[str, Any] = answer.json()
    except ValueError as exc:
        raise ServerError("The store's ballot board is not JSON.") from exc
    return board
