"""Page geometry and the transforms between PDF points and view coordinates.

One module owns this so the viewer's overlay, the export and re-anchoring agree to the
point: a mark is stored in PDF *default user space* (points, y up, the coordinates the
page's content and annotations use, before ``/Rotate`` and ``/UserUnit``), and every
screen position is derived from it through :class:`ViewTransform`. Zoom and screen DPI
change only the scale, never the stored mark, so marks cannot drift.

View coordinates are those of the page as a reader shows it: origin at the top-left of the
visible (cropped, rotated) page, x to the right, y down, in device pixels.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError

POINTS_PER_INCH = 72.0
ROTATIONS = (0, 90, 180, 270)


@dataclass(frozen=True)
class Point:
    """A point; its space (PDF user space or view) is given by the code holding it."""

    x: float
    y: float


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle, always normalised so ``x0 <= x1`` and ``y0 <= y1``."""

    x0: float
    y0: float
    x1: float
    y1: float

    def __post_init__(self) -> None:
        if self.x0 > self.x1 or self.y0 > self.y1:
            raise ValueError(f"rectangle corners out of order: {self}")

    @classmethod
    def from_corners(cls, ax: float, ay: float, bx: float, by: float) -> Rect:
        """The rectangle spanned by two opposite corners given in any order."""
        return cls(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))

    @classmethod
    def bounding(cls, points: Iterable[Point]) -> Rect:
        """The smallest rectangle holding every point (at least one point is required)."""
        pts = list(points)
        if not pts:
            raise ValueError("cannot bound an empty set of points")
        xs = [p.x for p in pts]
        ys = [p.y for p in pts]
        return cls(min(xs), min(ys), max(xs), max(ys))

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def corners(self) -> tuple[Point, Point, Point, Point]:
        """Corners in order bottom-left, bottom-right, top-right, top-left (y up)."""
        return (
            Point(self.x0, self.y0),
            Point(self.x1, self.y0),
            Point(self.x1, self.y1),
            Point(self.x0, self.y1),
        )

    def union(self, other: Rect) -> Rect:
        return Rect(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    def intersection(self, other: Rect) -> Rect | None:
        """The overlap of two rectangles, or None when they do not overlap."""
        x0, y0 = max(self.x0, other.x0), max(self.y0, other.y0)
        x1, y1 = min(self.x1, other.x1), min(self.y1, other.y1)
        if x0 > x1 or y0 > y1:
            return None
        return Rect(x0, y0, x1, y1)

    def inflate(self, margin: float) -> Rect:
        """The rectangle grown by ``margin`` on every side (shrunk if negative, never inverted)."""
        cx, cy = (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2
        half_w = max(self.width / 2 + margin, 0.0)
        half_h = max(self.height / 2 + margin, 0.0)
        return Rect(cx - half_w, cy - half_h, cx + half_w, cy + half_h)

    def as_list(self) -> list[float]:
        return [self.x0, self.y0, self.x1, self.y1]


@dataclass(frozen=True)
class Matrix:
    """An affine transform ``(a b c d e f)`` in PDF's convention: x' = a·x + c·y + e."""

    a: float
    b: float
    c: float
    d: float
    e: float
    f: float

    @classmethod
    def identity(cls) -> Matrix:
        return cls(1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

    @classmethod
    def translation(cls, dx: float, dy: float) -> Matrix:
        return cls(1.0, 0.0, 0.0, 1.0, dx, dy)

    @classmethod
    def scaling(cls, sx: float, sy: float) -> Matrix:
        return cls(sx, 0.0, 0.0, sy, 0.0, 0.0)

    def then(self, other: Matrix) -> Matrix:
        """The transform applying ``self`` first and ``other`` second."""
        return Matrix(
            self.a * other.a + self.b * other.c,
            self.a * other.b + self.b * other.d,
            self.c * other.a + self.d * other.c,
            self.c * other.b + self.d * other.d,
            self.e * other.a + self.f * other.c + other.e,
            self.e * other.b + self.f * other.d + other.f,
        )

    def inverse(self) -> Matrix:
        det = self.a * self.d - self.b * self.c
        if det == 0:
            raise ValueError("a degenerate transform has no inverse")
        a, b, c, d = self.d / det, -self.b / det, -self.c / det, self.a / det
        return Matrix(a, b, c, d, -(self.e * a + self.f * c), -(self.e * b + self.f * d))

    def apply(self, p: Point) -> Point:
        return Point(self.a * p.x + self.c * p.y + self.e, self.b * p.x + self.d * p.y + self.f)

    def apply_rect(self, r: Rect) -> Rect:
        """The bounding rectangle of a transformed rectangle (exact for quarter turns)."""
        return Rect.bounding(self.apply(p) for p in r.corners())

    def as_tuple(self) -> tuple[float, float, float, float, float, float]:
        return (self.a, self.b, self.c, self.d, self.e, self.f)


@dataclass(frozen=True)
class PageGeometry:
    """What decides where a page's points land on screen: boxes, rotation and user unit.

    ``media`` and ``crop`` are in default user space; the crop box is already clipped to the
    media box, as readers do. ``rotation`` is the clockwise ``/Rotate`` normalised to
    0/90/180/270; ``user_unit`` is the size of one user-space unit in 1/72 inch.
    """

    media: Rect
    crop: Rect
    rotation: int = 0
    user_unit: float = 1.0

    def __post_init__(self) -> None:
        if self.rotation not in ROTATIONS:
            raise ValueError(f"rotation must be one of {ROTATIONS}, not {self.rotation}")
        if self.user_unit <= 0:
            raise ValueError("user unit must be positive")
        if self.crop.width <= 0 or self.crop.height <= 0:
            raise AppError(
                "A page has an empty visible area; the document cannot be shown.",
                code=Code.PAGE_EMPTY,
            )

    @classmethod
    def from_boxes(
        cls,
        media: Rect,
        crop: Rect | None = None,
        rotation: int = 0,
        user_unit: float = 1.0,
    ) -> PageGeometry:
        """Geometry from raw PDF values: crop defaults to media and is clipped to it;
        any multiple of 90 is accepted for rotation (PDF allows -90 or 450)."""
        clipped = (crop or media).intersection(media) or media
        return cls(media, clipped, normalise_rotation(rotation), user_unit)

    @property
    def display_size(self) -> tuple[float, float]:
        """Width and height in user-space units of the page as shown (rotation applied)."""
        w, h = self.crop.width, self.crop.height
        return (h, w) if self.rotation in (90, 270) else (w, h)

    @property
    def display_size_points(self) -> tuple[float, float]:
        """Shown width and height in points (1/72 inch), user unit applied."""
        w, h = self.display_size
        return w * self.user_unit, h * self.user_unit

    def display_matrix(self) -> Matrix:
        """User space → *display space*: the shown page in user-space units, origin at its
        bottom-left corner, y up. Drawing in display space yields upright content whatever
        the page's rotation (the export draws its watermark through the inverse)."""
        w, h = self.crop.width, self.crop.height
        # The reader turns the page clockwise by `rotation`; each matrix makes the same turn.
        turns = {
            0: Matrix.identity(),
            90: Matrix(0.0, -1.0, 1.0, 0.0, 0.0, w),
            180: Matrix(-1.0, 0.0, 0.0, -1.0, w, h),
            270: Matrix(0.0, 1.0, -1.0, 0.0, h, 0.0),
        }
        return Matrix.translation(-self.crop.x0, -self.crop.y0).then(turns[self.rotation])


def normalise_rotation(value: int) -> int:
    """``/Rotate`` as one of 0/90/180/270; values that are not multiples of 90 are refused."""
    if value % 90 != 0:
        raise AppError(
            f"The page rotation {value} is not a multiple of 90 degrees; the file is damaged.",
            code=Code.DAMAGED,
        )
    return value % 360


@dataclass(frozen=True)
class ViewTransform:
    """PDF user space ↔ view pixels for one page at a zoom and a screen DPI.

    ``zoom`` 1.0 at 72 dpi shows one point as one pixel; the user unit scales on top, as
    a reader would.
    """

    geometry: PageGeometry
    zoom: float = 1.0
    dpi: float = POINTS_PER_INCH

    def __post_init__(self) -> None:
        if self.zoom <= 0 or self.dpi <= 0:
            raise ValueError("zoom and dpi must be positive")

    @property
    def scale(self) -> float:
        """Pixels per user-space unit."""
        return self.zoom * self.dpi / POINTS_PER_INCH * self.geometry.user_unit

    @property
    def view_size(self) -> tuple[float, float]:
        """Width and height of the page in view pixels."""
        w, h = self.geometry.display_size
        return w * self.scale, h * self.scale

    def to_view_matrix(self) -> Matrix:
        _, h = self.geometry.display_size
        flip = Matrix(1.0, 0.0, 0.0, -1.0, 0.0, h)
        return (
            self.geometry.display_matrix().then(flip).then(Matrix.scaling(self.scale, self.scale))
        )

    def pdf_to_view(self, p: Point) -> Point:
        return self.to_view_matrix().apply(p)

    def view_to_pdf(self, p: Point) -> Point:
        return self.to_view_matrix().inverse().apply(p)

    def rect_to_view(self, r: Rect) -> Rect:
        return self.to_view_matrix().apply_rect(r)

    def rect_to_pdf(self, r: Rect) -> Rect:
        return self.to_view_matrix().inverse().apply_rect(r)
