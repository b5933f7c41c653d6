"""Where the bundled resources are: inside the installed package, or in the source tree."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).parent


def resource(*parts: str) -> Path:
    """A file under resources/: installed wheels carry it as repatriate/resources."""
    for root in (_PACKAGE / "resources", _PACKAGE.parents[1] / "resources"):
        if root.is_dir():
            return root.joinpath(*parts)
    raise FileNotFoundError(f"resources folder not found beside {_PACKAGE}")
