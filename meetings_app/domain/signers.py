"""Who signs which report with a digital signature (chữ ký số), and the reason written in it.

The chair signs the minutes and the resolutions; the secretary signs the ballot results.
"""

from __future__ import annotations

SIGNING_ROLES: dict[str, str] = {
    "chair": "Chủ tọa phiên họp ký",
    "secretary": "Thư ký phiên họp ký",
}
"""Each signing role and the reason its signature states."""

REPORT_SIGNER: dict[str, str] = {
    "minutes": "chair",
    "resolution": "chair",
    "ballot": "secretary",
}
"""Each signed report kind and the role that signs it."""
