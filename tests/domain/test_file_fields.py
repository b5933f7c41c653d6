"""The declaration of a file's fields is the one place each field is named: the file itself, the
storage mapping, the text limits, the CSV columns, `show` and the editor all agree with it, so a
field added in one place and forgotten in another fails here."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from command_line import repatriate
from repatriate.domain.file_fields import BY_NAME, FIELDS, Kind
from repatriate.domain.prisoner import MULTILINE, TEXT_LIMITS, PrisonerFile, sentence_fields
from repatriate.domain.prisoner import Sentence as SentenceParts
from repatriate.services.csv_format import COLUMN_FORMATS
from repatriate.services.database import Database
from repatriate.ui.file_fields import field_labels
from repatriate.ui.file_form import FileForm

NOT_SCALAR = {"aliases", "languages", "sentence", "family", "photos", "documents", "id", "version"}
ANNOTATION = {
    Kind.TEXT: {"str"},
    Kind.DATE: {"date | None"},
    Kind.NUMBER: {"int | None"},
    Kind.YES_NO: {"bool", "bool | None"},
    Kind.COUNTRY: {"str | None"},
}


def test_every_scalar_field_of_a_file_is_declared_once_with_its_kind() -> None:
    names = [f.name for f in FIELDS]
    assert len(names) == len(set(names))
    annotations = {f.name: f.type for f in dataclasses.fields(PrisonerFile)}
    assert set(names) == set(annotations) - NOT_SCALAR
    for declared in FIELDS:
        if declared.kind is Kind.WORD:
            assert declared.words is not None
            expected = {f"{declared.words.__name__} | None"}
        else:
            expected = ANNOTATION[declared.kind]
        assert annotations[declared.name] in expected, declared.name
        assert (declared.limit is not None) == (declared.kind is Kind.TEXT), declared.name


def test_the_text_limits_are_the_declared_ones() -> None:
    assert {f.name: f.limit for f in FIELDS if f.limit is not None} == TEXT_LIMITS
    assert {f.name for f in FIELDS if f.multiline} == MULTILINE


def test_the_csv_columns_are_the_declared_ones_with_the_lists_and_the_sentence() -> None:
    columns = [column.name for column in COLUMN_FORMATS]
    assert len(columns) == len(set(columns))
    lists_and_sentence = {"aliases", "languages", *sentence_fields(SentenceParts())}
    assert set(columns) - lists_and_sentence == {f.name for f in FIELDS if f.in_csv}


def test_show_prints_the_text_and_dates_declared_as_shown(db_path: Path) -> None:
    texts = {f.name: f"«{f.name}»" for f in FIELDS if f.kind is Kind.TEXT}
    dates = {
        f.name: date(2001 + number, 1 + number % 12, 1 + number)
        for number, f in enumerate(f for f in FIELDS if f.kind is Kind.DATE)
    }
    db = Database.open(str(db_path))
    try:
        db.cases.add(PrisonerFile(**(texts | dates)), date(2026, 11, 22))  # type: ignore[arg-type]
    finally:
        db.close()

    result = repatriate("--db", db_path, "show", texts["ref"], "--as-of", "2026-11-22")

    assert result.returncode == 0, result.stderr
    printed = {name for name, value in (texts | dates).items() if str(value) in result.stdout}
    assert printed == {name for name in texts | dates if BY_NAME[name].shown}


def test_every_declared_field_has_an_input_in_the_editor_under_its_label(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    form = FileForm(parent)
    labels = field_labels()

    for declared in FIELDS:
        assert declared.name in form.bindings, declared.name
        assert labels[declared.name] == declared.label
