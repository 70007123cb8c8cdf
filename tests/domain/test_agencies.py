"""The agency a report names is read from an official's title."""

from __future__ import annotations

import pytest

from meetings_app.domain.agencies import agency_of


@pytest.mark.parametrize(
    ("title", "agency"),
    [
        ("Bộ trưởng Bộ Tư pháp", "Bộ Tư pháp"),
        ("Bộ trưởng Bộ Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông"),
        ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Văn phòng Chính phủ"),
        ("Thống đốc Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"),
        ("Bộ Tài chính", "Bộ Tài chính"),
    ],
)
def test_agency_is_the_organisation_at_the_end_of_the_title(title: str, agency: str) -> None:
    assert agency_of(title) == agency


def test_a_title_naming_no_agency_is_kept_whole() -> None:
    assert agency_of(" Thủ tướng Chính phủ ") == "Thủ tướng Chính phủ"
