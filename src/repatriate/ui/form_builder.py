"""The building blocks of the file's form: section pages, groups, and each kind of input bound
to a field of the file (its label, its error line, how it is read and shown)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.prisoner import SENTENCE_LIMITS
from repatriate.ui.file_fields import Binding, field_labels
from repatriate.ui.inputs import Choice, CountryInput, DateInput, country_names


class FormBuilder(QObject):
    """Pages of inputs, each bound to a field; `changed` is emitted on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.labels = field_labels()
        self.bindings: dict[str, Binding] = {}
        self._page = 0
        self.pages: list[QWidget] = []

    def _page_form(self) -> QVBoxLayout:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pages.append(page)
        self._page = len(self.pages) - 1
        return layout

    def _group(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addWidget(box)
        return form

    def _bind(
        self,
        form: QFormLayout,
        name: str,
        widget: QWidget,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        mnemonic: str = "",
        beside: QWidget | None = None,
    ) -> None:
        error = QLabel()
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(2)
        if beside is None:
            holder_layout.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(beside, 1)
            holder_layout.addLayout(row)
        holder_layout.addWidget(error)
        holder.setFocusProxy(widget)
        label = self.labels[name]
        widget.setAccessibleName(label)
        form.addRow(mnemonic or label, holder)
        self.bindings[name] = Binding(name, label, widget, read, show, error, self._page)

    def _text(self, form: QFormLayout, name: str, mnemonic: str = "") -> QLineEdit:
        edit = QLineEdit()
        self._bind(form, name, edit, edit.text, edit.setText, mnemonic)
        edit.textEdited.connect(self.changed)
        return edit

    def _long_text(self, form: QFormLayout, name: str, mnemonic: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        self._bind(form, name, edit, edit.toPlainText, edit.setPlainText, mnemonic)
        edit.textChanged.connect(self.changed)
        return edit

    def _date(self, form: QFormLayout, name: str, mnemonic: str = "") -> DateInput:
        edit = DateInput()
        self._bind(form, name, edit, edit.value, edit.show_value, mnemonic)
        edit.textEdited.connect(self.changed)
        return edit

    def _country(self, form: QFormLayout, name: str, mnemonic: str = "") -> CountryInput:
        edit = CountryInput()
        completer = QCompleter(country_names(), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        self._bind(form, name, edit, edit.value, edit.show_value, mnemonic, edit.hint)
        edit.textChanged.connect(self.changed)
        return edit

    def _choice(self, form: QFormLayout, name: str, choice: Choice, mnemonic: str = "") -> Choice:
        self._bind(form, name, choice, choice.value, choice.show_value, mnemonic)
        choice.currentIndexChanged.connect(self.changed)
        return choice

    def _check(self, form: QFormLayout, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        # The box says what it means; a label beside it would say it twice.
        self._bind(form, name, box, box.isChecked, box.setChecked, " ")
        box.toggled.connect(self.changed)
        return box

    def _days(self, form: QFormLayout, name: str, mnemonic: str = "") -> QSpinBox:
        spin = self._spin(name)
        self._bind(form, name, spin, spin.value, spin.setValue, mnemonic)
        return spin

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, SENTENCE_LIMITS[name])
        spin.setAccessibleName(self.labels[name])
        spin.valueChanged.connect(self.changed)
        return spin
