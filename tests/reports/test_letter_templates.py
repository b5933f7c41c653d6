"""The letters' templates: the Word templates say what the text templates say, and a misspelt
placeholder is refused rather than leaving its line out of every letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from repatriate.domain.errors import RepatriateError
from repatriate.reports import letters
from repatriate.reports.letters import LetterKind, docx_lines, template, template_path


@pytest.mark.parametrize("kind", list(LetterKind))
def test_the_word_template_is_made_from_the_text_template(kind: LetterKind) -> None:
    shipped = [p.text for p in Document(str(template_path(kind, ".docx"))).paragraphs]
    assert shipped == [line for _, line in docx_lines(kind)], "run scripts/letter_templates"


def test_a_misspelt_placeholder_is_refused_naming_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "chaser.txt").write_text(
        "# notes\nSubject: {name}\n\nHeld {overstay_dayz} days.\n", encoding="utf-8"
    )
    monkeypatch.setattr(letters, "template_path", lambda kind, suffix: tmp_path / f"chaser{suffix}")
    with pytest.raises(RepatriateError, match=r"chaser.txt: line 4: \{overstay_dayz\}"):
        template(LetterKind.CHASER)
