"""What reaches the terminal: stored text with its control characters dropped."""

from __future__ import annotations

import sys
import unicodedata

from repatriate.domain.errors import printable
from repatriate.domain.prisoner import text_errors


def test_every_control_character_but_newline_and_tab_is_dropped() -> None:
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        if unicodedata.category(character) == "Cc" and character not in "\n\t":
            assert printable(f"a{character}b") == "ab", hex(code)
        elif character != "\r":
            assert printable(f"a{character}b") == f"a{character}b", hex(code)


def test_windows_line_breaks_become_newlines_and_stray_returns_go() -> None:
    assert printable("Dhaka\r\nKhulna\rJessore\x1b[2J") == "Dhaka\nKhulnaJessore[2J"


def test_a_name_with_a_code_point_no_script_writes_is_refused_and_joiners_are_kept() -> None:
    refused = text_errors("name", "Salma\ud7fc", 200, multiline=False)
    assert [str(e) for e in refused] == [
        "name: Salma\\ud7fc: contains characters that are not text (unassigned or private)"
    ]
    assert text_errors("name", "\ue000Rahim", 200, multiline=False)
    assert text_errors("name", "Rahim\u2028Uddin", 200, multiline=False)
    # Bengali's zero-width non-joiner, Urdu's right-to-left mark, a no-break space: all text.
    for name in ("সালমা\u200cবেগম", "\u200fسلمیٰ بیگم", "Ana\u00a0Maria"):
        assert text_errors("name", name, 200, multiline=False) == [], name
