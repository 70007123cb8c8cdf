"""The geometry of a pypdf page, read the same way by import and export."""

from __future__ import annotations

from pypdf import PageObject
from pypdf.generic import RectangleObject

from meetings_app.documents.geometry import PageGeometry, Rect


def _rect(box: RectangleObject) -> Rect:
    return Rect.from_corners(float(box.left), float(box.bottom), float(box.right), float(box.top))


def page_geometry(page: PageObject) -> PageGeometry:
    """Media box, crop box (clipped to it), rotation and user unit of ``page``."""
    return PageGeometry.from_boxes(
        _rect(page.mediabox), _rect(page.cropbox), int(page.rotation), float(page.user_unit)
    )
