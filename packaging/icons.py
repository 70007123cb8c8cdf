"""Render the application icon for installers: ``python packaging/icons.py OUT_DIR``.

The one source is ``resources/icons/meetings-app.svg``; this writes ``meetings-app.png``
(256 px, Linux desktop entry), ``meetings-app.ico`` (Windows executable and installer) and
``meetings-app.icns`` (macOS ``.app``) into OUT_DIR. Qt renders the SVG (no extra tool);
Pillow, already installed with reportlab, writes the ICO and ICNS containers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "meetings-app.svg"
SIZE = 256


def render_png(out: Path) -> Path:
    """The SVG drawn at SIZE×SIZE on a transparent background, saved as PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    png = out / "meetings-app.png"
    if not image.save(str(png)):
        raise SystemExit(f"could not write {png}")
    return png


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/icons.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    png = render_png(out)
    from PIL import Image

    with Image.open(png) as image:
        image.save(out / "meetings-app.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        image.save(out / "meetings-app.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
