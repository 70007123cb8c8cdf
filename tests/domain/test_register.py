"""The register's shared rule: one number per document, never reused, one line per report."""

from __future__ import annotations

import datetime as dt

import pytest

from meetings_app.domain.register import (
    draft_label,
    entry_id,
    issue_day,
    next_number,
    number_label,
    subject_of,
)


def test_numbers_run_on_past_gaps_and_labels_follow_the_decree() -> None:
    assert next_number([]) == 1
    assert next_number([1, 15, None]) == 16  # a gap is never filled
    assert number_label("minutes", 2, "VPCP") == "Số: 02/BB-VPCP"
    assert number_label("ballot", 15, "VPCP") == "Số: 15/KQBQ-VPCP"


def test_one_line_per_issuer_and_subject_on_every_laptop() -> None:
    subject = subject_of("minutes", "m1")
    assert subject == "minutes:m1"
    assert entry_id("VPCP", subject) == "04bba708-16e2-551f-acd9-087db610956f"  # on every laptop
    assert entry_id("VPCP", subject) != entry_id("BTP", subject)
    assert entry_id("VPCP", subject) != entry_id("VPCP", subject_of("agenda", "m1"))


def test_the_day_of_issue_is_vietnams() -> None:
    assert issue_day(dt.datetime(2026, 12, 31, 17, 30, tzinfo=dt.UTC)) == dt.date(2027, 1, 1)


def test_a_draft_leaves_the_number_blank_and_unknown_kinds_are_refused() -> None:
    assert draft_label("minutes", "VPCP").startswith("Số:")
    assert draft_label("minutes", "VPCP").endswith("/BB-VPCP")
    with pytest.raises(KeyError):
        subject_of("memo", "1")
