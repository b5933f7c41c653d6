"""Where the window suggests saving what it writes: the user's Documents folder, under a name
that never overwrites an earlier file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder, else their home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def unused_path(folder: Path, stem: str, suffix: str) -> Path:
    """`folder/stem.suffix`, numbered if a file of that name is already there: a default name
    never overwrites an earlier print."""
    path = folder / f"{stem}{suffix}"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}{suffix}"
        number += 1
    return path
