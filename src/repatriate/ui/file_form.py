"""The form of a prisoner file: the inputs for every field of the file, on its section pages,
and the family table.

The form reads itself into a `PrisonerFile` on every change (it is a handful of dataclass
fields), so the editor can show the release date and the problems as the caseworker types.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.errors import FieldError
from repatriate.domain.prisoner import (
    Category,
    ConsularAccess,
    DocumentHolder,
    PrisonerFile,
    ReferralSource,
    Sentence,
    Sex,
    Status,
    TransferConsent,
    sentence_fields,
)
from repatriate.services.codes import language_code
from repatriate.ui.family import FamilyModel
from repatriate.ui.file_fields import Binding, message
from repatriate.ui.form_builder import FormBuilder
from repatriate.ui.inputs import (
    AgeInput,
    Choice,
    typed_text,
)
from repatriate.ui.tables import ERROR_COLOUR, WARNING_COLOUR, coloured, fixed_rows


def _split(text: str, separator: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(separator) if part.strip())


class FileForm(FormBuilder):
    """Every input of the file, on its section pages; `read` gives the file they describe."""

    PAGES = ("person", "nationality", "custody", "risk", "family", "referral")

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.family = FamilyModel(self)
        self._build_person()
        self._build_nationality()
        self._build_custody()
        self._build_risk()
        self._build_family()
        self._build_referral()
        self.family.dataChanged.connect(self.changed)
        self.family.rowsInserted.connect(self.changed)
        self.family.rowsRemoved.connect(self.changed)
        self.family.modelReset.connect(self.changed)

    def _build_person(self) -> None:
        layout = self._page_form()
        form = self._group(layout, QCoreApplication.translate("FileEditor", "Identity"))
        self._text(form, "ref", QCoreApplication.translate("FileEditor", "&Ref"))
        self._text(form, "name", QCoreApplication.translate("FileEditor", "&Name as recorded"))
        native = self._text(
            form, "name_native", QCoreApplication.translate("FileEditor", "Name in o&wn script")
        )
        native.setToolTip(
            QCoreApplication.translate(
                "FileEditor", "As the prisoner writes it, e.g. in Bengali or Burmese script"
            )
        )
        aliases = QLineEdit()
        aliases.setPlaceholderText(
            QCoreApplication.translate("FileEditor", "separate aliases with ;")
        )
        self._bind(
            form,
            "aliases",
            aliases,
            lambda: _split(aliases.text(), ";"),
            lambda value: aliases.setText("; ".join(value)),
            QCoreApplication.translate("FileEditor", "&Aliases"),
        )
        aliases.textEdited.connect(self.changed)
        self._text(form, "father_name", QCoreApplication.translate("FileEditor", "&Father's name"))
        self._text(form, "mother_name", QCoreApplication.translate("FileEditor", "&Mother's name"))
        self._choice(
            form,
            "sex",
            Choice(
                [
                    (QCoreApplication.translate("FileEditor", "not recorded"), None),
                    (QCoreApplication.translate("FileEditor", "male"), Sex.MALE),
                    (QCoreApplication.translate("FileEditor", "female"), Sex.FEMALE),
                    (QCoreApplication.translate("FileEditor", "other"), Sex.OTHER),
                ]
            ),
            QCoreApplication.translate("FileEditor", "Se&x"),
        )
        form = self._group(
            layout, QCoreApplication.translate("FileEditor", "Age, languages and origin")
        )
        self._date(form, "birth_date", QCoreApplication.translate("FileEditor", "&Birth date"))
        age = AgeInput()
        age.setToolTip(QCoreApplication.translate("FileEditor", "Only when no birth date is known"))
        self._bind(form, "age_estimate", age, age.value_or_none, lambda v: age.setValue(v or -1))
        age.valueChanged.connect(self.changed)
        self._date(form, "age_estimated_on")
        languages = QLineEdit()
        languages.setPlaceholderText(
            QCoreApplication.translate(
                "FileEditor", "codes or names, separated by commas, e.g. bn, my"
            )
        )
        self._bind(
            form,
            "languages",
            languages,
            lambda: tuple(language_code(part) for part in _split(languages.text(), ",")),
            lambda value: languages.setText(", ".join(value)),
            QCoreApplication.translate("FileEditor", "&Languages"),
        )
        languages.textEdited.connect(self.changed)
        self._text(form, "ethnicity", QCoreApplication.translate("FileEditor", "&Ethnicity"))
        self._long_text(form, "home_address")
        self._long_text(form, "home_address_native")
        layout.addStretch(1)

    def _build_nationality(self) -> None:
        layout = self._page_form()
        form = self._group(layout, QCoreApplication.translate("FileEditor", "Nationality"))
        self._country(
            form,
            "claimed_nationality",
            QCoreApplication.translate("FileEditor", "&Claimed nationality"),
        )
        self._country(
            form,
            "court_nationality",
            QCoreApplication.translate("FileEditor", "Nationality per co&urt"),
        )
        self._country(
            form,
            "verified_nationality",
            QCoreApplication.translate("FileEditor", "&Verified nationality"),
        )
        self._date(form, "verified_on", QCoreApplication.translate("FileEditor", "Verified &on"))
        self._check(
            form,
            "possible_misidentification",
            QCoreApplication.translate(
                "FileEditor", "&Possible misidentification (e.g. Rohingya recorded as Bangladeshi)"
            ),
        )
        form = self._group(layout, QCoreApplication.translate("FileEditor", "Passport"))
        number = self._text(
            form, "passport_number", QCoreApplication.translate("FileEditor", "Passport &number")
        )
        number.setToolTip(
            QCoreApplication.translate(
                "FileEditor", "The number embassies trace, printed on the data page"
            )
        )
        book = self._text(
            form,
            "passport_book_number",
            QCoreApplication.translate("FileEditor", "Passport &book number"),
        )
        book.setToolTip(
            QCoreApplication.translate(
                "FileEditor",
                "The booklet's serial number, which courts often write down; "
                "embassies cannot trace it",
            )
        )
        self._country(
            form, "passport_country", QCoreApplication.translate("FileEditor", "Passport coun&try")
        )
        self._choice(
            form,
            "passport_held_by",
            Choice.of(DocumentHolder, QCoreApplication.translate("FileEditor", "not known")),
        )
        self._check(
            form,
            "passport_copy_on_file",
            QCoreApplication.translate("FileEditor", "A cop&y is on file"),
        )
        layout.addStretch(1)

    def _build_custody(self) -> None:
        layout = self._page_form()
        form = self._group(layout, QCoreApplication.translate("FileEditor", "Prison"))
        self._text(form, "prison", QCoreApplication.translate("FileEditor", "&Prison"))
        self._text(form, "state", QCoreApplication.translate("FileEditor", "S&tate"))
        self._text(
            form, "prisoner_number", QCoreApplication.translate("FileEditor", "Prisoner &number")
        )
        self._choice(
            form,
            "status",
            Choice.of(Status, QCoreApplication.translate("FileEditor", "not recorded")),
            QCoreApplication.translate("FileEditor", "Stat&us"),
        )
        self._date(form, "released_on", QCoreApplication.translate("FileEditor", "Re&leased on"))
        form = self._group(layout, QCoreApplication.translate("FileEditor", "Case and sentence"))
        self._date(form, "arrest_date", QCoreApplication.translate("FileEditor", "&Arrest date"))
        self._text(form, "charge", QCoreApplication.translate("FileEditor", "C&harge"))
        self._text(form, "court", QCoreApplication.translate("FileEditor", "Cou&rt"))
        self._text(form, "case_number", QCoreApplication.translate("FileEditor", "Cas&e number"))
        self._date(
            form, "conviction_date", QCoreApplication.translate("FileEditor", "&Conviction date")
        )
        self._sentence(form)
        self._days(form, "set_off_days", QCoreApplication.translate("FileEditor", "Set-o&ff days"))
        self._days(
            form, "remission_days", QCoreApplication.translate("FileEditor", "Re&mission days")
        )
        self._days(
            form,
            "fine_default_days",
            QCoreApplication.translate("FileEditor", "F&ine default days"),
        )
        form = self._group(layout, QCoreApplication.translate("FileEditor", "Transfer of sentence"))
        final = self._choice(
            form,
            "sentence_final",
            Choice(
                [
                    (QCoreApplication.translate("FileEditor", "not recorded"), None),
                    (QCoreApplication.translate("FileEditor", "yes, no appeal pending"), True),
                    (QCoreApplication.translate("FileEditor", "no, an appeal is pending"), False),
                ]
            ),
        )
        final.setToolTip(
            QCoreApplication.translate(
                "FileEditor",
                "A transfer of sentenced persons needs a final sentence (no appeal pending)",
            )
        )
        consent = self._choice(
            form,
            "transfer_consent",
            Choice.of(TransferConsent, QCoreApplication.translate("FileEditor", "not recorded")),
        )
        consent.setToolTip(
            QCoreApplication.translate(
                "FileEditor",
                "The prisoner's answer to serving the rest of the sentence in their home country",
            )
        )
        form = self._group(layout, QCoreApplication.translate("FileEditor", "Consular access"))
        self._date(
            form,
            "consular_access_on",
            QCoreApplication.translate("FileEditor", "First consular access &on"),
        )
        self._choice(
            form,
            "consular_access",
            Choice.of(ConsularAccess, QCoreApplication.translate("FileEditor", "not recorded")),
        )
        layout.addStretch(1)

    def _sentence(self, form: QFormLayout) -> None:
        """Years, months and days on one line, as the court writes a sentence."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        spins = {}
        for name, unit in (
            ("sentence_years", QCoreApplication.translate("FileEditor", "years")),
            ("sentence_months", QCoreApplication.translate("FileEditor", "months")),
            ("sentence_days", QCoreApplication.translate("FileEditor", "days")),
        ):
            spin = self._spin(name)
            spin.setSuffix(" " + unit)
            line.addWidget(spin, 1)
            spins[name] = spin
        error = QLabel()
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(row)
        holder_layout.addWidget(error)
        holder.setFocusProxy(spins["sentence_years"])
        form.addRow(QCoreApplication.translate("FileEditor", "&Sentence"), holder)
        for name, spin in spins.items():
            self.bindings[name] = Binding(
                name, self.labels[name], spin, spin.value, spin.setValue, error, self._page
            )

    def _build_risk(self) -> None:
        layout = self._page_form()
        form = self._group(layout, QCoreApplication.translate("FileEditor", "Category and risk"))
        self._choice(
            form,
            "category",
            Choice.of(Category, QCoreApplication.translate("FileEditor", "not recorded")),
            QCoreApplication.translate("FileEditor", "&Category"),
        )
        self._text(
            form, "vulnerability", QCoreApplication.translate("FileEditor", "&Vulnerability")
        )
        self._text(
            form,
            "unhcr_registration",
            QCoreApplication.translate("FileEditor", "&UNHCR registration"),
        )
        self._choice(
            form,
            "at_risk_if_returned",
            Choice(
                [
                    (QCoreApplication.translate("FileEditor", "undecided"), None),
                    (QCoreApplication.translate("FileEditor", "yes"), True),
                    (QCoreApplication.translate("FileEditor", "no"), False),
                ]
            ),
            QCoreApplication.translate("FileEditor", "At &risk if returned"),
        )
        self._long_text(form, "risk_note", QCoreApplication.translate("FileEditor", "Risk &note"))
        layout.addStretch(1)

    def _build_family(self) -> None:
        layout = self._page_form()
        hint = QLabel(
            QCoreApplication.translate(
                "FileEditor",
                "Relatives and how to reach them. Double-click a cell, or press F2, to edit it.",
            )
        )
        hint.setWordWrap(True)
        self.family_table = QTableView()
        self.family_table.setModel(self.family)
        self.family_table.setAccessibleName(self.labels["family"])
        fixed_rows(self.family_table)
        self.family_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.family_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        for column, width in enumerate((110, 170, 170, 220, 120, 110)):
            self.family_table.setColumnWidth(column, width)
        self.family_error = QLabel()
        self.family_error.setWordWrap(True)
        self.family_error.hide()
        add = QPushButton(QCoreApplication.translate("FileEditor", "&Add contact"))
        add.setToolTip(QCoreApplication.translate("FileEditor", "Add a family contact"))
        remove = QPushButton(QCoreApplication.translate("FileEditor", "&Remove contact"))
        remove.setToolTip(
            QCoreApplication.translate("FileEditor", "Remove the selected family contact")
        )
        add.clicked.connect(self._add_contact)
        remove.clicked.connect(self._remove_contact)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addWidget(hint)
        layout.addWidget(self.family_table, 1)
        layout.addWidget(self.family_error)
        layout.addLayout(buttons)

    def _add_contact(self) -> None:
        row = self.family.add_contact()
        index = self.family.index(row, 0)
        self.family_table.setCurrentIndex(index)
        self.family_table.edit(index)

    def _remove_contact(self) -> None:
        index = self.family_table.currentIndex()
        if index.isValid():
            self.family.remove_contact(index.row())

    def _build_referral(self) -> None:
        layout = self._page_form()
        form = self._group(layout, QCoreApplication.translate("FileEditor", "Referral and notes"))
        self._choice(
            form,
            "referral_source",
            Choice.of(ReferralSource, QCoreApplication.translate("FileEditor", "not recorded")),
            QCoreApplication.translate("FileEditor", "&Referred by"),
        )
        notes = self._long_text(form, "notes", QCoreApplication.translate("FileEditor", "&Notes"))
        notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 14 + 12)
        layout.addStretch(1)

    # -- reading and showing ------------------------------------------------------------------

    def show_file(self, pf: PrisonerFile) -> None:
        """Fill every input from the file, without reporting it as a change."""
        self.blockSignals(True)
        try:
            for name, number in sentence_fields(pf.sentence).items():
                self.bindings[name].show(number)
            for name, binding in self.bindings.items():
                if name not in SENTENCE_FIELDS:
                    binding.show(getattr(pf, name))
            self.family.set_contacts(pf.family)
        finally:
            self.blockSignals(False)

    def read(self, base: PrisonerFile) -> tuple[PrisonerFile, list[FieldError]]:
        """The file the inputs describe (on top of `base`), and the values that cannot be read;
        fields that cannot be read keep the base's value."""
        errors: list[FieldError] = []
        values: dict[str, Any] = {}
        for name, binding in self.bindings.items():
            try:
                values[name] = binding.read()
            except ValueError as exc:
                errors.append(FieldError(name, typed_text(binding.widget), str(exc)))
        family, family_errors = self.family.contacts()
        errors.extend(family_errors)
        sentence = Sentence(
            years=values.pop("sentence_years", base.sentence.years),
            months=values.pop("sentence_months", base.sentence.months),
            days=values.pop("sentence_days", base.sentence.days),
            set_off_days=values.pop("set_off_days", base.sentence.set_off_days),
            remission_days=values.pop("remission_days", base.sentence.remission_days),
            fine_default_days=values.pop("fine_default_days", base.sentence.fine_default_days),
        )
        return base.replace(**values, sentence=sentence, family=family), errors

    def show_problems(
        self, errors: Sequence[FieldError], warnings: Sequence[FieldError] = ()
    ) -> None:
        """Each problem under its field: errors (which stop a save) in red, contradictions
        the caseworker should look into in amber."""
        lines: dict[QLabel, list[tuple[str, str]]] = {}
        family_lines: list[str] = []
        for colour, problems in ((ERROR_COLOUR, errors), (WARNING_COLOUR, warnings)):
            for problem in problems:
                binding = self.bindings.get(problem.field)
                if binding is None:
                    family_lines.append(message(self.labels, problem))
                    continue
                lines.setdefault(binding.error, []).append((colour, message(self.labels, problem)))
        for binding in self.bindings.values():
            shown = lines.get(binding.error)
            binding.error.setVisible(bool(shown))
            if shown:
                binding.error.setText("<br>".join(coloured(c, t) for c, t in shown))
        self.family_error.setVisible(bool(family_lines))
        self.family_error.setText("<br>".join(coloured(ERROR_COLOUR, t) for t in family_lines))

    def page_of(self, name: str) -> int:
        binding = self.bindings.get(name)
        return binding.page if binding else self.PAGES.index("family")

    def focus(self, name: str) -> None:
        binding = self.bindings.get(name)
        if binding is not None:
            binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)


SENTENCE_FIELDS = frozenset(sentence_fields(Sentence()))
