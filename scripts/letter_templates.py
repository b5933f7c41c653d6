"""Makes the Word templates of the letters (resources/letters/<kind>.docx) from their text
templates (<kind>.txt), so the clinic words each letter in one place: edit the .txt, then run
scripts/letter_templates. The .docx can also be edited in Word, keeping the {{ }} and {%p %}
tags; running this again replaces such edits with the .txt's wording."""

from __future__ import annotations

from docx import Document
from docx.shared import Mm, Pt

from repatriate.reports.letters import LetterKind, docx_lines, template_path

SIZES = {"clinic": 13, "small": 8.5, "subject": 11, "body": 10.5, "last": 10.5}


def make(kind: LetterKind) -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    normal = document.styles["Normal"]
    normal.font.name = "Noto Sans"
    normal.paragraph_format.space_after = Pt(0)
    for style, text in docx_lines(kind):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.font.size = Pt(SIZES[style])
        run.bold = style in ("clinic", "subject")
        after = {"last": 8, "subject": 8, "clinic": 2}.get(style, 2)
        paragraph.paragraph_format.space_after = Pt(after)
    document.core_properties.title = kind.heading
    document.core_properties.author = "Repatriate"
    document.save(str(template_path(kind, ".docx")))


def main() -> None:
    for kind in LetterKind:
        make(kind)
        print(f"wrote {template_path(kind, '.docx')}")


if __name__ == "__main__":
    main()
