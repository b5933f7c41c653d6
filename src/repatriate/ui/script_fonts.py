"""The bundled Noto fonts, made available to Qt so that names and addresses in Bengali,
Devanagari, Burmese, Sinhala, Tamil, Ethiopic and Arabic script show on any machine, not only
on one that happens to have those fonts installed."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from repatriate.resource_files import resource


@cache
def install() -> tuple[str, ...]:
    """Add every bundled font to the application (once); the families added."""
    families: list[str] = []
    for path in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))
