"""What poppler reads from a PDF. The tests read fact sheets with the tools an embassy's
search box and a caseworker's scripts rely on: pdfinfo, pdftotext, pdffonts, pdftoppm."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def poppler(tool: str, *args: str | Path) -> str:
    """The tool's output; fails the test if the PDF does not open."""
    result = subprocess.run(
        [tool, *map(str, args)], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert result.returncode == 0, f"{tool} failed: {result.stderr}"
    return result.stdout


def pages(pdf: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)$", poppler("pdfinfo", pdf), re.MULTILINE)
    assert match, "pdfinfo gives no page count"
    return int(match.group(1))


def text(pdf: Path, *options: str) -> str:
    """The text layer in reading order, on one line: poppler's bidirectional marks removed
    and white space collapsed."""
    raw = poppler("pdftotext", *options, pdf, "-")
    return " ".join(_BIDI_CONTROLS.sub("", raw).split())


def words(extracted: str) -> list[str]:
    """Runs of letters and runs of digits, in order: punctuation and spaces left out, since
    poppler moves them about at the edges of right-to-left text."""
    return re.findall(r"\d+|[^\W\d]+", extracted)


def contains_in_order(found: list[str], wanted: list[str]) -> bool:
    """Whether `wanted` occurs in `found` as a run of consecutive items."""
    return any(found[i : i + len(wanted)] == wanted for i in range(len(found) - len(wanted) + 1))
