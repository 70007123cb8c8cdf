"""Page geometry: view ↔ PDF round trips at any zoom, DPI, rotation, crop and user unit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetings_app.documents.geometry import Matrix, PageGeometry, Point, Rect, ViewTransform
from meetings_app.domain.errors import AppError

coords = st.floats(min_value=-2000, max_value=2000, allow_nan=False)
sizes = st.floats(min_value=10, max_value=3000, allow_nan=False)


@st.composite
def geometries(draw: st.DrawFn) -> PageGeometry:
    x0, y0, w, h = draw(coords), draw(coords), draw(sizes), draw(sizes)
    media = Rect(x0, y0, x0 + w, y0 + h)
    inset = draw(st.floats(min_value=0, max_value=0.3))
    crop = Rect(x0 + w * inset, y0 + h * inset, x0 + w, y0 + h)
    return PageGeometry.from_boxes(
        media,
        crop,
        draw(st.sampled_from([0, 90, 180, 270, -90, 450])),
        draw(st.sampled_from([1.0, 0.5, 2.0, 10.0])),
    )


transforms = st.builds(
    ViewTransform,
    geometries(),
    st.floats(min_value=0.1, max_value=8),
    st.sampled_from([72.0, 96.0, 144.0, 220.0]),
)


@given(transforms, coords, coords)
def test_point_round_trip(view: ViewTransform, x: float, y: float) -> None:
    back = view.view_to_pdf(view.pdf_to_view(Point(x, y)))
    assert back.x == pytest.approx(x, abs=1e-6) and back.y == pytest.approx(y, abs=1e-6)


@given(transforms, coords, coords, sizes, sizes)
def test_rect_round_trip(view: ViewTransform, x: float, y: float, w: float, h: float) -> None:
    rect = Rect(x, y, x + w, y + h)
    back = view.rect_to_pdf(view.rect_to_view(rect))
    for got, want in zip(back.as_list(), rect.as_list(), strict=True):
        assert got == pytest.approx(want, abs=1e-6)


@given(transforms)
def test_crop_box_fills_the_view_exactly(view: ViewTransform) -> None:
    shown = view.rect_to_view(view.geometry.crop)
    width, height = view.view_size
    for got, want in zip(shown.as_list(), [0, 0, width, height], strict=True):
        assert got == pytest.approx(want, abs=1e-6 * max(width, height, 1))


@pytest.mark.parametrize(
    ("rotation", "shown"),
    # The top-left corner of the unrotated page, as a reader shows it after /Rotate.
    [(0, (0, 0)), (90, (200, 0)), (180, (100, 200)), (270, (0, 100))],
)
def test_rotation_turns_the_page_clockwise(rotation: int, shown: tuple[float, float]) -> None:
    geometry = PageGeometry.from_boxes(Rect(0, 0, 100, 200), rotation=rotation)
    corner = ViewTransform(geometry).pdf_to_view(Point(0, 200))
    assert (corner.x, corner.y) == pytest.approx(shown)


def test_zoom_dpi_and_user_unit_scale_together() -> None:
    geometry = PageGeometry.from_boxes(Rect(0, 0, 100, 100), user_unit=2.0)
    assert ViewTransform(geometry, zoom=1.5, dpi=144).view_size == pytest.approx((600, 600))


def test_crop_box_is_clipped_to_media_box() -> None:
    geometry = PageGeometry.from_boxes(Rect(0, 0, 100, 100), Rect(50, 50, 300, 300))
    assert geometry.crop == Rect(50, 50, 100, 100)


def test_bad_rotation_and_empty_page_are_refused() -> None:
    with pytest.raises(AppError) as rotation:
        PageGeometry.from_boxes(Rect(0, 0, 10, 10), rotation=45)
    assert rotation.value.code == "DAMAGED"
    with pytest.raises(AppError) as empty:
        PageGeometry.from_boxes(Rect(0, 0, 0, 10))
    assert empty.value.code == "PAGE_EMPTY"


def test_matrix_inverse_and_composition() -> None:
    m = Matrix(2, 1, -1, 3, 5, 7)
    p = Point(3, -4)
    back = m.then(m.inverse()).apply(p)
    assert (back.x, back.y) == pytest.approx((3, -4))
    with pytest.raises(ValueError):
        Matrix(1, 2, 2, 4, 0, 0).inverse()
