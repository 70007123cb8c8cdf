"""The agency named in an official's title: "Bộ trưởng Bộ Tư pháp" → "Bộ Tư pháp".

Reports name agencies, not people: the opinion table's drafting agency is the ministry
that drafted the text, while the store knows the presenter only by title. A Vietnamese
title is the position followed by the agency, and an agency name begins with one of a
few words ("Bộ", "Văn phòng", "Ủy ban", "Ngân hàng", "Thanh tra"…); "Bộ trưởng" is a
position, not a ministry.
"""

from __future__ import annotations

import re

_AGENCY = re.compile(
    r"\b(?:Bộ(?! trưởng)|Văn phòng|Ủy ban|Uỷ ban|Ngân hàng|Thanh tra|Kiểm toán|Tòa án|Viện)\s.*$"
)


def agency_of(title: str) -> str:
    """The agency that ends ``title``, or ``title`` itself when it names none.

    "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" gives "Văn phòng Chính phủ".
    """
    match = _AGENCY.search(title.strip())
    return match.group().strip() if match else title.strip()
