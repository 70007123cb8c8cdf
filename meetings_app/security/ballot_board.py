"""Voter receipts and the ballot board: what lets a voter check that their ballot was counted.

Every accepted ballot gets a receipt: a hash over a random value the store draws and the
ballot's signed message (:func:`new_receipt`), so it cannot be guessed from the ballot's
id or choice. The voter's laptop keeps it. After the close the store publishes the poll's
board (:func:`build_board`): its entries (receipt, option and, for an open poll only, the
voter's name) in receipt order, chained by hash, with the tally, signed by the store's key.
Anyone holding the store's public key checks a board offline (:func:`check_board`) and
whether a receipt is on it; the chain's head goes into the ballot-results report.

The encodings (docs/sync-api.md, "Ballot boards"): canonical JSON is ``json.dumps`` with
sorted keys, ``(",", ":")`` separators and UTF-8 (no ASCII escapes).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections import Counter
from dataclasses import dataclass
from typing import Any

from meetings_app.security import signing

BOARD_FORMAT = "meetings-app ballot board v1"
_RECEIPT_PREFIX = b"meetings-app receipt v1\n"


def canonical(value: Any) -> bytes:
    """The one byte form of a JSON value that boards hash and sign."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def new_receipt(ballot_id: str, data: dict[str, Any]) -> str:
    """A fresh receipt (64 hex) for an accepted ballot: unguessable, unique per acceptance."""
    body = _RECEIPT_PREFIX + secrets.token_bytes(32) + signing.ballot_message(ballot_id, data)
    return hashlib.sha256(body).hexdigest()


def chain_head(poll_id: str, entries: list[dict[str, Any]]) -> str:
    """h0 = sha256(format "\\n" poll id); h(i) = sha256(h(i-1) "\\n" canonical(entry i))."""
    head = hashlib.sha256(f"{BOARD_FORMAT}\n{poll_id}".encode()).hexdigest()
    for entry in entries:
        head = hashlib.sha256(head.encode("ascii") + b"\n" + canonical(entry)).hexdigest()
    return head


def ordered_entries(entries: list[dict[str, Any]], secret: bool) -> list[dict[str, Any]]:
    """A board's entries: in receipt order (so their order tells nothing about when anyone
    voted), and for a secret poll with nothing but receipt and option."""
    ordered = sorted(entries, key=lambda e: str(e["receipt"]))
    if secret:
        return [{"receipt": e["receipt"], "option_id": e["option_id"]} for e in ordered]
    return ordered


def build_board(
    poll: dict[str, Any], entries: list[dict[str, Any]], private_key: str
) -> dict[str, Any]:
    """The signed board of a closed poll.

    ``poll`` holds ``id, question, secret, options, closed_at``; each entry holds
    ``receipt, option_id`` and, for an open poll, ``voter`` (:func:`ordered_entries`).
    """
    ordered = ordered_entries(entries, bool(poll["secret"]))
    counts = Counter(str(e["option_id"]) for e in ordered)
    board: dict[str, Any] = {
        "format": BOARD_FORMAT,
        "poll_id": poll["id"],
        "question": poll["question"],
        "secret": bool(poll["secret"]),
        "options": poll["options"],
        "closed_at": poll["closed_at"],
        "counts": {str(o["id"]): counts.get(str(o["id"]), 0) for o in poll["options"]},
        "entries": ordered,
        "head": chain_head(poll["id"], ordered),
        "store_key": signing.public_key_of(private_key),
    }
    board["signature"] = signing.sign(private_key, canonical(board))
    return board


@dataclass(frozen=True)
class BoardCheck:
    """The verdict on one board: ``ok``, why not, and whether a receipt is on it."""

    ok: bool
    message: str
    receipt_found: bool | None = None
    option_id: str | None = None


def check_board(
    board: Any, *, receipt: str | None = None, store_key: str | None = None
) -> BoardCheck:
    """Check a board offline: signature (by ``store_key`` when given, else the key the board
    names), hash chain, counts, names hidden for a secret poll; then look for ``receipt``."""
    problem = _problem(board, store_key)
    if problem:
        return BoardCheck(False, problem)
    if receipt is None:
        return BoardCheck(True, f"The board of {len(board['entries'])} ballots is intact.")
    wanted = receipt.strip().lower()
    for entry in board["entries"]:
        if entry["receipt"] == wanted:
            return BoardCheck(True, "The ballot is on the board.", True, str(entry["option_id"]))
    return BoardCheck(True, "The receipt is NOT on the board.", False)


def _problem(board: Any, store_key: str | None) -> str:
    """Why the board does not hold, or ""."""
    if not isinstance(board, dict) or board.get("format") != BOARD_FORMAT:
        return "This is not a ballot board."
    try:
        body = {k: v for k, v in board.items() if k != "signature"}
        key = store_key or str(board["store_key"])
        if not signing.verify(key, canonical(body), str(board["signature"])):
            return "The board's signature does not verify: it was changed or not made by the store."
        entries = board["entries"]
        if chain_head(str(board["poll_id"]), entries) != board["head"]:
            return "The board's hash chain does not lead to its head."
        counts = Counter(str(e["option_id"]) for e in entries)
        if any(counts.get(k, 0) != v for k, v in board["counts"].items()) or sum(
            board["counts"].values()
        ) != len(entries):
            return "The board's counts differ from its entries."
        if board["secret"] and any(set(e) != {"receipt", "option_id"} for e in entries):
            return "The board of a secret poll names voters."
    except (KeyError, TypeError, AttributeError, ValueError):
        return "The board is incomplete."
    return ""
