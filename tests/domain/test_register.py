"""The register gives each issued document one number, never reused."""

from __future__ import annotations

import datetime as dt

import pytest

from meetings_app.domain.register import RegisterEntry, draft_label, next_entry

DAY = dt.date(2026, 11, 4)


def test_numbers_run_on_across_kinds_and_a_reprint_keeps_its_number() -> None:
    first = next_entry([], "minutes", "VPCP", "minutes:m1", DAY)
    second = next_entry([first], "ballot", "VPCP", "ballot:p1", DAY)
    assert (first.label, second.label) == ("Số: 01/BB-VPCP", "Số: 02/KQBQ-VPCP")
    assert next_entry([first, second], "minutes", "VPCP", "minutes:m1", DAY) == first


def test_a_gap_is_never_filled_and_a_new_year_starts_at_one() -> None:
    kept = [
        RegisterEntry(1, "minutes", "VPCP", DAY, "minutes:a"),
        RegisterEntry(15, "minutes", "VPCP", DAY, "minutes:b"),
    ]
    assert next_entry(kept, "minutes", "VPCP", "minutes:c", DAY).number == 16
    assert next_entry(kept, "minutes", "VPCP", "minutes:c", dt.date(2027, 1, 2)).number == 1
    assert next_entry(kept, "minutes", "BTP", "minutes:c", DAY).number == 1


def test_a_draft_leaves_the_number_blank_and_unknown_kinds_are_refused() -> None:
    assert draft_label("minutes", "VPCP").startswith("Số:")
    assert draft_label("minutes", "VPCP").endswith("/BB-VPCP")
    with pytest.raises(KeyError):
        next_entry([], "memo", "VPCP", "memo:1", DAY)
