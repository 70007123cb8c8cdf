"""Vietnamese collation: dictionary order of letters and tones, lists of names by given name."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from meetings_app.domain.collation import name_key, sort_key


def test_letters_follow_the_vietnamese_alphabet() -> None:
    alphabet = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    shuffled = random.Random(7).sample(alphabet, len(alphabet))
    assert sorted(shuffled, key=sort_key) == alphabet


def test_tones_break_ties_in_dictionary_order() -> None:
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(reversed(tones), key=sort_key) == tones


def test_letters_decide_before_tones() -> None:
    # "bàn" has an earlier tone than "bạc" but a later letter: the letters decide first.
    words = ["bàn", "bạc", "bà", "ba", "bác"]
    assert sorted(words, key=sort_key) == ["ba", "bà", "bác", "bạc", "bàn"]
    assert sorted(["Đặng", "Dung", "Vũ", "Ánh"], key=sort_key) == ["Ánh", "Dung", "Đặng", "Vũ"]


def test_a_word_sorts_before_its_longer_forms() -> None:
    assert sorted(["Anh Tuấn", "An Bình", "Anh"], key=sort_key) == ["An Bình", "Anh", "Anh Tuấn"]


def test_people_are_listed_by_given_name_then_family_name() -> None:
    names = [
        "Vũ Thị Hồng Nhung",
        "Đặng Quốc Huy",
        "Bùi Thanh Tùng",
        "Trịnh Thị Minh Khuê",
        "Phạm Đức Thắng",
        "Ngô Xuân Trường",
        "Lê Minh Quân",
        "Đỗ Văn Huy",
    ]
    assert sorted(names, key=name_key) == [
        "Đặng Quốc Huy",
        "Đỗ Văn Huy",
        "Trịnh Thị Minh Khuê",
        "Vũ Thị Hồng Nhung",
        "Lê Minh Quân",
        "Phạm Đức Thắng",
        "Ngô Xuân Trường",
        "Bùi Thanh Tùng",
    ]


def test_case_does_not_change_the_order() -> None:
    assert sort_key("đặng")[:2] == sort_key("ĐẶNG")[:2]


@given(st.lists(st.text(max_size=12), max_size=20))
def test_the_order_is_total_and_stable(words: list[str]) -> None:
    once = sorted(words, key=sort_key)
    assert sorted(reversed(once), key=sort_key) == once
    assert sorted(words, key=name_key) == sorted(once, key=name_key)
