"""Renders resources/icons/repatriate.svg to the PNG sizes desktops and installers ask for.

Run after changing the SVG: `QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons.py`.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).parents[1] / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "repatriate.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"repatriate-{size}.png"))
    app.quit()


if __name__ == "__main__":
    main()
