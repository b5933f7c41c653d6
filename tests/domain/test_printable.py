"""What reaches the terminal: stored text with its control characters dropped."""

from __future__ import annotations

import sys
import unicodedata

from repatriate.domain.errors import printable


def test_every_control_character_but_newline_and_tab_is_dropped() -> None:
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        if unicodedata.category(character) == "Cc" and character not in "\n\t":
            assert printable(f"a{character}b") == "ab", hex(code)
        elif character != "\r":
            assert printable(f"a{character}b") == f"a{character}b", hex(code)


def test_windows_line_breaks_become_newlines_and_stray_returns_go() -> None:
    assert printable("Dhaka\r\nKhulna\rJessore\x1b[2J") == "Dhaka\nKhulnaJessore[2J"
