"""The sections of a prisoner file's form: the inputs for every field of the file, the family
table, and the photos and documents attached to it.

The form reads itself into a `PrisonerFile` on every change (it is a handful of dataclass
fields), so the editor can show the release date and the problems as the caseworker types.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QLocale,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.errors import FieldError, RepatriateError
from repatriate.domain.prisoner import (
    SENTENCE_LIMITS,
    Category,
    ConsularAccess,
    Document,
    DocumentHolder,
    FamilyContact,
    Photo,
    PrisonerFile,
    ReferralSource,
    Sentence,
    Sex,
    Status,
    TransferConsent,
    sentence_fields,
)
from repatriate.services.codes import language_code
from repatriate.services.database import Database
from repatriate.ui.dates import short_date
from repatriate.ui.inputs import (
    AgeInput,
    Choice,
    CountryInput,
    DateInput,
    country_names,
    tr,
    typed_text,
)
from repatriate.ui.tables import (
    ERROR_COLOUR,
    ROOT,
    WARNING_COLOUR,
    Index,
    RowsModel,
    coloured,
    fixed_rows,
    selected_row,
    sort_proxy,
    table_view,
    value_column,
)

T = TypeVar("T")


# -- the form -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Binding:
    """One field of the file: its input, how it is read and shown, and its error line."""

    name: str
    label: str
    widget: QWidget
    read: Callable[[], Any]
    show: Callable[[Any], None]
    error: QLabel
    page: int


def field_labels() -> dict[str, str]:
    """The caseworker's words for each field, as messages name them."""
    return {
        "ref": tr("Ref"),
        "name": tr("Name as recorded"),
        "name_native": tr("Name in own script"),
        "aliases": tr("Aliases"),
        "father_name": tr("Father's name"),
        "mother_name": tr("Mother's name"),
        "sex": tr("Sex"),
        "birth_date": tr("Birth date"),
        "age_estimate": tr("Estimated age"),
        "age_estimated_on": tr("Age estimated on"),
        "languages": tr("Languages"),
        "ethnicity": tr("Ethnicity"),
        "home_address": tr("Home address (as recorded)"),
        "home_address_native": tr("Home address (own script)"),
        "claimed_nationality": tr("Claimed nationality"),
        "court_nationality": tr("Nationality per court"),
        "verified_nationality": tr("Verified nationality"),
        "verified_on": tr("Verified on"),
        "possible_misidentification": tr("Possible misidentification"),
        "passport_number": tr("Passport number"),
        "passport_book_number": tr("Passport book number"),
        "passport_country": tr("Passport country"),
        "passport_held_by": tr("Passport held by"),
        "passport_copy_on_file": tr("Copy on file"),
        "prison": tr("Prison"),
        "state": tr("State"),
        "prisoner_number": tr("Prisoner number"),
        "arrest_date": tr("Arrest date"),
        "charge": tr("Charge"),
        "court": tr("Court"),
        "case_number": tr("Case number"),
        "conviction_date": tr("Conviction date"),
        "sentence_years": tr("Sentence years"),
        "sentence_months": tr("Sentence months"),
        "sentence_days": tr("Sentence days"),
        "set_off_days": tr("Set-off days"),
        "remission_days": tr("Remission days"),
        "fine_default_days": tr("Fine default days"),
        "released_on": tr("Released on"),
        "status": tr("Status"),
        "sentence_final": tr("Sentence final"),
        "transfer_consent": tr("Consent to transfer"),
        "consular_access_on": tr("Consular access on"),
        "consular_access": tr("Consular access by"),
        "category": tr("Category"),
        "vulnerability": tr("Vulnerability"),
        "unhcr_registration": tr("UNHCR registration"),
        "at_risk_if_returned": tr("At risk if returned"),
        "risk_note": tr("Risk note"),
        "referral_source": tr("Referral source"),
        "notes": tr("Notes"),
        "family": tr("Family contacts"),
    }


def message(labels: dict[str, str], error: FieldError) -> str:
    if not error.field:
        return error.reason
    label = labels.get(error.field, error.field)
    return f"{label}: {error.value or tr('(empty)')}: {error.reason}"


def _split(text: str, separator: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(separator) if part.strip())


class FileForm(QObject):
    """Every input of the file, on its section pages; `read` gives the file they describe."""

    changed = Signal()

    PAGES = ("person", "nationality", "custody", "risk", "family", "referral")

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.labels = field_labels()
        self.bindings: dict[str, Binding] = {}
        self.family = FamilyModel(self)
        self._page = 0
        self.pages: list[QWidget] = []
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

    # -- building ---------------------------------------------------------------------------

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

    def _build_person(self) -> None:
        layout = self._page_form()
        form = self._group(layout, tr("Identity"))
        self._text(form, "ref", tr("&Ref"))
        self._text(form, "name", tr("&Name as recorded"))
        native = self._text(form, "name_native", tr("Name in o&wn script"))
        native.setToolTip(tr("As the prisoner writes it, e.g. in Bengali or Burmese script"))
        aliases = QLineEdit()
        aliases.setPlaceholderText(tr("separate aliases with ;"))
        self._bind(
            form,
            "aliases",
            aliases,
            lambda: _split(aliases.text(), ";"),
            lambda value: aliases.setText("; ".join(value)),
            tr("&Aliases"),
        )
        aliases.textEdited.connect(self.changed)
        self._text(form, "father_name", tr("&Father's name"))
        self._text(form, "mother_name", tr("&Mother's name"))
        self._choice(
            form,
            "sex",
            Choice(
                [
                    (tr("not recorded"), None),
                    (tr("male"), Sex.MALE),
                    (tr("female"), Sex.FEMALE),
                    (tr("other"), Sex.OTHER),
                ]
            ),
            tr("Se&x"),
        )
        form = self._group(layout, tr("Age, languages and origin"))
        self._date(form, "birth_date", tr("&Birth date"))
        age = AgeInput()
        age.setToolTip(tr("Only when no birth date is known"))
        self._bind(form, "age_estimate", age, age.value_or_none, lambda v: age.setValue(v or -1))
        age.valueChanged.connect(self.changed)
        self._date(form, "age_estimated_on")
        languages = QLineEdit()
        languages.setPlaceholderText(tr("codes or names, separated by commas, e.g. bn, my"))
        self._bind(
            form,
            "languages",
            languages,
            lambda: tuple(language_code(part) for part in _split(languages.text(), ",")),
            lambda value: languages.setText(", ".join(value)),
            tr("&Languages"),
        )
        languages.textEdited.connect(self.changed)
        self._text(form, "ethnicity", tr("&Ethnicity"))
        self._long_text(form, "home_address")
        self._long_text(form, "home_address_native")
        layout.addStretch(1)

    def _build_nationality(self) -> None:
        layout = self._page_form()
        form = self._group(layout, tr("Nationality"))
        self._country(form, "claimed_nationality", tr("&Claimed nationality"))
        self._country(form, "court_nationality", tr("Nationality per co&urt"))
        self._country(form, "verified_nationality", tr("&Verified nationality"))
        self._date(form, "verified_on", tr("Verified &on"))
        self._check(
            form,
            "possible_misidentification",
            tr("&Possible misidentification (e.g. Rohingya recorded as Bangladeshi)"),
        )
        form = self._group(layout, tr("Passport"))
        number = self._text(form, "passport_number", tr("Passport &number"))
        number.setToolTip(tr("The number embassies trace, printed on the data page"))
        book = self._text(form, "passport_book_number", tr("Passport &book number"))
        book.setToolTip(
            tr(
                "The booklet's serial number, which courts often write down; "
                "embassies cannot trace it"
            )
        )
        self._country(form, "passport_country", tr("Passport coun&try"))
        self._choice(form, "passport_held_by", Choice.of(DocumentHolder, tr("not known")))
        self._check(form, "passport_copy_on_file", tr("A cop&y is on file"))
        layout.addStretch(1)

    def _build_custody(self) -> None:
        layout = self._page_form()
        form = self._group(layout, tr("Prison"))
        self._text(form, "prison", tr("&Prison"))
        self._text(form, "state", tr("S&tate"))
        self._text(form, "prisoner_number", tr("Prisoner &number"))
        self._choice(form, "status", Choice.of(Status, tr("not recorded")), tr("Stat&us"))
        self._date(form, "released_on", tr("Re&leased on"))
        form = self._group(layout, tr("Case and sentence"))
        self._date(form, "arrest_date", tr("&Arrest date"))
        self._text(form, "charge", tr("C&harge"))
        self._text(form, "court", tr("Cou&rt"))
        self._text(form, "case_number", tr("Cas&e number"))
        self._date(form, "conviction_date", tr("&Conviction date"))
        self._sentence(form)
        self._days(form, "set_off_days", tr("Set-o&ff days"))
        self._days(form, "remission_days", tr("Re&mission days"))
        self._days(form, "fine_default_days", tr("F&ine default days"))
        form = self._group(layout, tr("Transfer of sentence"))
        final = self._choice(
            form,
            "sentence_final",
            Choice(
                [
                    (tr("not recorded"), None),
                    (tr("yes, no appeal pending"), True),
                    (tr("no, an appeal is pending"), False),
                ]
            ),
        )
        final.setToolTip(
            tr("A transfer of sentenced persons needs a final sentence (no appeal pending)")
        )
        consent = self._choice(
            form, "transfer_consent", Choice.of(TransferConsent, tr("not recorded"))
        )
        consent.setToolTip(
            tr("The prisoner's answer to serving the rest of the sentence in their home country")
        )
        form = self._group(layout, tr("Consular access"))
        self._date(form, "consular_access_on", tr("First consular access &on"))
        self._choice(form, "consular_access", Choice.of(ConsularAccess, tr("not recorded")))
        layout.addStretch(1)

    def _sentence(self, form: QFormLayout) -> None:
        """Years, months and days on one line, as the court writes a sentence."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        spins = {}
        for name, unit in (
            ("sentence_years", tr("years")),
            ("sentence_months", tr("months")),
            ("sentence_days", tr("days")),
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
        form.addRow(tr("&Sentence"), holder)
        for name, spin in spins.items():
            self.bindings[name] = Binding(
                name, self.labels[name], spin, spin.value, spin.setValue, error, self._page
            )

    def _build_risk(self) -> None:
        layout = self._page_form()
        form = self._group(layout, tr("Category and risk"))
        self._choice(form, "category", Choice.of(Category, tr("not recorded")), tr("&Category"))
        self._text(form, "vulnerability", tr("&Vulnerability"))
        self._text(form, "unhcr_registration", tr("&UNHCR registration"))
        self._choice(
            form,
            "at_risk_if_returned",
            Choice([(tr("undecided"), None), (tr("yes"), True), (tr("no"), False)]),
            tr("At &risk if returned"),
        )
        self._long_text(form, "risk_note", tr("Risk &note"))
        layout.addStretch(1)

    def _build_family(self) -> None:
        layout = self._page_form()
        hint = QLabel(
            tr("Relatives and how to reach them. Double-click a cell, or press F2, to edit it.")
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
        add = QPushButton(tr("&Add contact"))
        add.setToolTip(tr("Add a family contact"))
        remove = QPushButton(tr("&Remove contact"))
        remove.setToolTip(tr("Remove the selected family contact"))
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
        form = self._group(layout, tr("Referral and notes"))
        self._choice(
            form,
            "referral_source",
            Choice.of(ReferralSource, tr("not recorded")),
            tr("&Referred by"),
        )
        notes = self._long_text(form, "notes", tr("&Notes"))
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


# -- family -----------------------------------------------------------------------------------

FAMILY_FIELDS = ("relation", "name", "name_native", "address", "phone", "traced_on", "notes")


def family_titles() -> tuple[str, ...]:
    return (
        tr("Relation"),
        tr("Name"),
        tr("Name in own script"),
        tr("Address"),
        tr("Phone"),
        tr("Traced on"),
        tr("Notes"),
    )


class FamilyModel(QAbstractTableModel):
    """The family contacts as they are being edited: text in every cell, read into contacts
    (with the traced-on date checked) when the file is read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._ids: list[int | None] = []

    def set_contacts(self, contacts: Sequence[FamilyContact]) -> None:
        self.beginResetModel()
        self._rows = [
            [
                c.relation,
                c.name,
                c.name_native,
                c.address,
                c.phone,
                c.traced_on.isoformat() if c.traced_on else "",
                c.notes,
            ]
            for c in contacts
        ]
        self._ids = [c.id for c in contacts]
        self.endResetModel()

    def contacts(self) -> tuple[tuple[FamilyContact, ...], list[FieldError]]:
        contacts = []
        errors = []
        for number, (row, contact_id) in enumerate(zip(self._rows, self._ids, strict=True), 1):
            values = dict(zip(FAMILY_FIELDS, row, strict=True))
            traced = values.pop("traced_on").strip()
            traced_on = None
            if traced:
                try:
                    traced_on = date.fromisoformat(traced)
                except ValueError:
                    errors.append(
                        FieldError(
                            "family",
                            traced,
                            tr("contact %1, traced on: not a date (YYYY-MM-DD)").replace(
                                "%1", str(number)
                            ),
                        )
                    )
            contacts.append(FamilyContact(**values, traced_on=traced_on, id=contact_id))
        return tuple(contacts), errors

    def add_contact(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(ROOT, row, row)
        self._rows.append([""] * len(FAMILY_FIELDS))
        self._ids.append(None)
        self.endInsertRows()
        return row

    def remove_contact(self, row: int) -> None:
        self.beginRemoveRows(ROOT, row, row)
        del self._rows[row]
        del self._ids[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(FAMILY_FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = family_titles()
            if 0 <= section < len(titles):
                return titles[section]
        return None


# -- photos and documents ------------------------------------------------------------------

THUMBNAIL = 160


class PhotosModel(QAbstractListModel):
    """The file's photos with thumbnails made when the file is shown (never inside data())."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.photos: list[Photo] = []
        self._thumbnails: list[QPixmap] = []

    def set_photos(self, photos: Sequence[tuple[Photo, bytes]]) -> None:
        self.beginResetModel()
        self.photos = [photo for photo, _ in photos]
        self._thumbnails = [_thumbnail(content) for _, content in photos]
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        photo = self.photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if photo.taken_on is None:
                return tr("date not known")
            return tr("taken %1").replace("%1", short_date(photo.taken_on))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnails[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            size = QLocale().formattedDataSize(photo.size)
            return f"{photo.media_type}, {size}" + (f", {photo.source}" if photo.source else "")
        return None


def _thumbnail(content: bytes) -> QPixmap:
    image = QImage.fromData(QByteArray(content))
    if image.isNull():
        return QPixmap()
    return QPixmap.fromImage(
        image.scaled(
            THUMBNAIL,
            THUMBNAIL,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    )


DOCUMENT_KINDS = ("court order", "travel document", "passport copy", "letter", "other")


class AttachmentsSection(QWidget):
    """Photos and documents. They are saved at once (each is its own record), so they can be
    added only to a file that has been saved."""

    attached = Signal(str)
    """A photo or document was added to the file with this ref."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ref: str | None = None
        self.photos = PhotosModel(self)
        self.documents: RowsModel[Document] = RowsModel(
            [
                value_column(tr("Kind"), lambda d: d.kind),
                value_column(tr("Title"), lambda d: d.title),
                value_column(tr("Dated"), lambda d: d.dated),
                value_column(tr("File name"), lambda d: d.filename),
                value_column(tr("Size"), lambda d: QLocale().formattedDataSize(d.size)),
            ],
            self,
        )
        self.hint = QLabel(
            tr("Save the new file first: photos and documents attach to a saved file.")
        )
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()

        self.photo_list = QListView()
        self.photo_list.setModel(self.photos)
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.photo_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_list.setMovement(QListView.Movement.Static)
        self.photo_list.setSpacing(8)
        self.photo_list.setAccessibleName(tr("Photos"))
        self.photo_taken = DateInput()
        self.photo_taken.setAccessibleName(tr("Photo taken on"))
        add_photo = QPushButton(tr("Add p&hoto…"))
        add_photo.setToolTip(tr("Attach a PNG or JPEG photo, with the date it was taken"))
        save_photo = QPushButton(tr("Save photo &as…"))
        save_photo.setToolTip(tr("Save a copy of the selected photo"))
        add_photo.clicked.connect(self.choose_photo)
        save_photo.clicked.connect(self.save_photo_as)

        self.no_photo = QLabel(
            tr(
                "No photo yet: add one with Add photo…. An embassy recognises its national by "
                "the face when the prison wrote the name wrongly."
            )
        )
        self.no_photo.setWordWrap(True)
        self.no_document = QLabel(
            tr(
                "No document yet: add the court order, the release order, a passport copy or "
                "a letter with Add document…; they are printed after the fact sheet."
            )
        )
        self.no_document.setWordWrap(True)

        photo_box = QGroupBox(tr("Photos"))
        photo_layout = QVBoxLayout(photo_box)
        photo_layout.addWidget(self.no_photo)
        photo_layout.addWidget(self.photo_list, 1)
        photo_form = QFormLayout()
        photo_form.addRow(tr("&Taken on"), self.photo_taken)
        photo_layout.addLayout(photo_form)
        photo_bar = QHBoxLayout()
        photo_bar.addWidget(add_photo)
        photo_bar.addWidget(save_photo)
        photo_bar.addStretch(1)
        photo_layout.addLayout(photo_bar)

        self.document_table = table_view(
            sort_proxy(self.documents), tr("Documents"), fit_columns=False
        )
        self.document_kind = QComboBox()
        self.document_kind.setEditable(True)
        self.document_kind.addItems(list(DOCUMENT_KINDS))
        self.document_kind.setAccessibleName(tr("Document kind"))
        self.document_title = QLineEdit()
        self.document_title.setAccessibleName(tr("Document title"))
        self.document_dated = DateInput()
        self.document_dated.setAccessibleName(tr("Document dated"))
        add_document = QPushButton(tr("Add &document…"))
        add_document.setToolTip(tr("Attach a PDF, PNG or JPEG document"))
        save_document = QPushButton(tr("Sa&ve document as…"))
        save_document.setToolTip(tr("Save a copy of the selected document"))
        add_document.clicked.connect(self.choose_document)
        save_document.clicked.connect(self.save_document_as)

        document_box = QGroupBox(tr("Documents"))
        document_layout = QVBoxLayout(document_box)
        document_layout.addWidget(self.no_document)
        document_layout.addWidget(self.document_table, 1)
        document_form = QFormLayout()
        document_form.addRow(tr("&Kind"), self.document_kind)
        document_form.addRow(tr("T&itle"), self.document_title)
        document_form.addRow(tr("Dat&ed"), self.document_dated)
        document_layout.addLayout(document_form)
        document_bar = QHBoxLayout()
        document_bar.addWidget(add_document)
        document_bar.addWidget(save_document)
        document_bar.addStretch(1)
        document_layout.addLayout(document_bar)

        self.content = QWidget()
        content_layout = QHBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(photo_box, 1)
        content_layout.addWidget(document_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.content, 1)
        self.show_file(None)

    def show_file(self, pf: PrisonerFile | None) -> None:
        """The attachments of a saved file; None for a file not saved yet."""
        self.ref = pf.ref if pf else None
        self.hint.setVisible(pf is None)
        self.content.setEnabled(pf is not None)
        self.error.hide()
        photos = pf.photos if pf else ()
        self.photos.set_photos(
            [(p, self.db.cases.photo_content(p.id) if p.id else b"") for p in photos]
        )
        self.documents.set_rows(pf.documents if pf else ())
        self.no_photo.setVisible(pf is not None and not photos)
        self.no_document.setVisible(pf is not None and not pf.documents)

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Add a photo"), "", tr("Photos (*.png *.jpg *.jpeg)")
        )
        if path:
            self._attach(lambda ref, content: self._add_photo(ref, content), Path(path))

    def _add_photo(self, ref: str, content: bytes) -> None:
        taken_on = self.photo_taken.value()
        self.db.cases.add_photo(ref, content, taken_on=taken_on)
        self.photo_taken.clear()

    def choose_document(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Add a document"), "", tr("Documents (*.pdf *.png *.jpg *.jpeg)")
        )
        if path:
            self._attach(lambda ref, content: self._add_document(ref, content, path), Path(path))

    def _add_document(self, ref: str, content: bytes, path: str) -> None:
        self.db.cases.add_document(
            ref,
            content,
            kind=self.document_kind.currentText(),
            filename=Path(path).name,
            title=self.document_title.text(),
            dated=self.document_dated.value(),
        )
        self.document_title.clear()
        self.document_dated.clear()

    def _attach(self, add: Callable[[str, bytes], None], path: Path) -> None:
        if self.ref is None:
            return
        try:
            content = path.read_bytes()
            add(self.ref, content)
        except ValueError as exc:
            self._show_error(tr("Date: %1").replace("%1", str(exc)))
            return
        except (OSError, RepatriateError) as exc:
            self._show_error(str(exc))
            return
        self.error.hide()
        self.attached.emit(self.ref)

    def save_photo_as(self) -> None:
        index = self.photo_list.currentIndex()
        if not index.isValid():
            self._show_error(tr("Choose a photo first."))
            return
        photo = self.photos.photos[index.row()]
        suffix = ".png" if photo.media_type == "image/png" else ".jpg"
        name = f"{self.ref}-photo-{photo.taken_on or photo.id}{suffix}"
        self._save_copy(name, lambda: self.db.cases.photo_content(photo.id or 0))

    def save_document_as(self) -> None:
        document = selected_row(self.document_table, self.documents)
        if document is None:
            self._show_error(tr("Choose a document first."))
            return
        self._save_copy(document.filename, lambda: self.db.cases.document_content(document.id or 0))

    def _save_copy(self, name: str, content: Callable[[], bytes]) -> None:
        # A copy the caseworker places themselves: the app never leaves personal data in a
        # temporary folder.
        path, _ = QFileDialog.getSaveFileName(self, tr("Save a copy"), name)
        if not path:
            return
        try:
            Path(path).write_bytes(content())
        except (OSError, RepatriateError) as exc:
            self._show_error(str(exc))
            return
        self.error.hide()

    def _show_error(self, text: str) -> None:
        self.error.setText(coloured(ERROR_COLOUR, text))
        self.error.show()
