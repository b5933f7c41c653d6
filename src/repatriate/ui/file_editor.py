"""One prisoner's file: every field in sections, the release date worked out as the sentence is
typed, and the file's desk chain, activities, photos and documents.

Only the file's own fields wait for Save; movements, activities and attachments are separate
records that their panels write at once. Unsaved edits are never dropped silently: leaving asks,
a change made elsewhere never overwrites them, and a save that would overwrite someone else's
is refused.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.errors import Conflict, FieldError, InvalidInput, NotFound, RepatriateError
from repatriate.domain.flags import RaisedFlag
from repatriate.domain.merging import EditConflict
from repatriate.domain.prisoner import PrisonerFile, invalid_fields
from repatriate.domain.release import Reckoning, ReleaseRule, reckon
from repatriate.services.database import Database
from repatriate.ui.activities_panel import ActivitiesPanel
from repatriate.ui.attachments import AttachmentsSection
from repatriate.ui.chain_panel import ChainPanel
from repatriate.ui.dates import short_date
from repatriate.ui.events import DataEvents
from repatriate.ui.file_fields import as_problem, comparable, message
from repatriate.ui.file_form import FileForm
from repatriate.ui.flag_badges import badges, flag_name
from repatriate.ui.inputs import scroll
from repatriate.ui.language import digits
from repatriate.ui.levers_tab import LeversTab
from repatriate.ui.reasons import said
from repatriate.ui.tables import ERROR_COLOUR, escaped

CONSULAR_FIELDS = ("consular_access_on", "consular_access")
"""Fields that logging a consular access activity writes on the file itself."""
IDENTITY_FIELDS = (
    "name",
    "name_native",
    "passport_number",
    "passport_book_number",
    "prisoner_number",
    "prison",
    "birth_date",
)
"""An edit of these makes a save look for likely duplicates again, as a new file's does."""


class FileEditor(QWidget):
    """The page that shows one file, or a new one being written."""

    dirty_changed = Signal(bool)
    saved = Signal(str)
    """The file was saved under this ref."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self._base: PrisonerFile | None = None
        """The file as last read or saved: what the form is compared with, and its version."""
        self._new = False
        self._dirty = False
        self._errors: list[FieldError] = []
        self._warnings: list[FieldError] = []
        """Contradictions to look into (a conviction before the arrest): they do not stop a
        save, since the record may be wrong in the prison's own papers."""
        self._stale = False
        """Someone else saved the file while it has unsaved edits here: saving will be
        refused."""
        self._rule = ReleaseRule()
        """The clinic's release-date rule, read when a file is shown."""
        self._different_people: list[str] = []
        """Refs the caseworker said are not the person of the file being saved."""

        self.form = FileForm(self)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the file's fields (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save file"))
        self.save_button.clicked.connect(self.save)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.badges = QLabel()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.problems.hide()

        self.release_due = QLabel()
        self.release_due.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.release_problems = QLabel()
        self.release_problems.setWordWrap(True)
        self.release_problems.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chain = ChainPanel(db, self)
        self.activities = ActivitiesPanel(db, self)
        self.attachments = AttachmentsSection(db, self)
        self.levers = LeversTab(db, self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self._build_tabs()

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.state)
        header.addWidget(self.save_button)
        badge_line = QHBoxLayout()
        badge_line.addWidget(self.badges)
        badge_line.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(badge_line)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)

        self.save_action = QAction(self.tr("Save file"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        # Scoped to this page so the main window's own shortcuts do not clash with it.
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self.form.changed.connect(self._edited)
        # What the panels write reaches this page, too, through the app-level signal.
        self.chain.recorded.connect(events.files_changed)
        self.activities.recorded.connect(events.files_changed)
        self.attachments.attached.connect(events.files_changed)
        self.levers.recorded.connect(events.files_changed)
        events.changed.connect(self._changed_elsewhere)
        self._show_nothing()

    def _build_tabs(self) -> None:
        pages = dict(zip(FileForm.PAGES, self.form.pages, strict=True))
        release = QGroupBox(self.tr("Release date"))
        release_layout = QVBoxLayout(release)
        for label in (self.release_due, self.steps, self.release_problems):
            release_layout.addWidget(label)
        release_layout.addWidget(QLabel(self.tr("<b>Flags</b> (as saved)")))
        release_layout.addWidget(self.flags)
        release_layout.addStretch(1)
        custody = QSplitter(Qt.Orientation.Horizontal)
        custody.addWidget(scroll(pages["custody"]))
        custody.addWidget(scroll(release))
        custody.setStretchFactor(0, 3)
        custody.setStretchFactor(1, 2)
        custody.setSizes([760, 440])
        # Alt+letter mnemonics on the tab titles; Ctrl+PgUp/PgDn moves between tabs as well.
        for widget, title, tip in (
            (scroll(pages["person"]), self.tr("&1 Person"), self.tr("Person")),
            (
                scroll(pages["nationality"]),
                self.tr("&2 Nationality"),
                self.tr("Nationality and documents"),
            ),
            (custody, self.tr("&3 Custody"), self.tr("Custody and sentence")),
            (scroll(pages["risk"]), self.tr("&4 Risk"), self.tr("Category and risk")),
            (pages["family"], self.tr("&5 Family"), self.tr("Family contacts")),
            (self.chain, self.tr("&6 Desk chain"), self.tr("Desk chain and movements")),
            (self.activities, self.tr("&7 Activities"), self.tr("Activities and follow-ups")),
            (self.attachments, self.tr("&8 Photos"), self.tr("Photos and documents")),
            (scroll(pages["referral"]), self.tr("&9 Notes"), self.tr("Referral and notes")),
            (
                self.levers,
                self.tr("&0 Orders"),
                self.tr("Orders of courts and commissions, RTI, travel documents"),
            ),
        ):
            self.tabs.setTabToolTip(self.tabs.addTab(widget, title), tip)

    # -- what the window calls --------------------------------------------------------------

    @property
    def current_ref(self) -> str | None:
        """The ref of the saved file shown; None when nothing, or a new unsaved file, is."""
        if self._base is None or self._new:
            return None
        return self._base.ref

    def is_dirty(self) -> bool:
        return self._dirty

    def load(self, ref: str) -> None:
        """Show a saved file (NotFound if there is none with this ref)."""
        pf = self.db.cases.get(ref)
        self._new = False
        self._show(pf)

    def new_file(self) -> None:
        """Start a new file with a generated ref; nothing is written until it is saved."""
        self._new = True
        self._show(PrisonerFile(ref=self.db.cases.new_ref(), name=""))
        self.tabs.setCurrentIndex(0)
        self.form.focus("name")

    def save(self) -> bool:
        """Save the file's fields; refused, with each problem shown at its field, while any
        value is wrong, and when someone else saved the file in between."""
        if self._base is None:
            return False
        if not self._dirty and not self._new:
            return True
        pf, errors, _ = self._read()
        if errors:
            self._refuse(errors)
            return False
        old_ref = self._base.ref
        offer = self._offer_duplicates(pf)
        if offer is not None:
            return offer
        try:
            saved = self.db.cases.add(pf) if self._new else self.db.cases.save(pf)
        except InvalidInput as exc:
            self._refuse(exc.errors)
            return False
        except EditConflict as exc:
            return self._merge(exc)
        except Conflict as exc:
            if self._new or pf.ref != old_ref:
                self._refuse([FieldError("ref", pf.ref, self.tr("already used by another file"))])
            else:
                self._conflict(str(exc))
            return False
        except RepatriateError as exc:
            QMessageBox.warning(self, self.tr("The file was not saved"), str(exc))
            return False
        if self._different_people:
            self.db.duplicates.different_people(saved.ref, self._different_people)
            self._different_people = []
        self._new = False
        self._show(saved)
        self.saved.emit(saved.ref)
        self.events.status.emit(self.tr("Saved %1").replace("%1", saved.ref))
        self.events.files_changed(*dict.fromkeys((old_ref, saved.ref)))
        return True

    def forget(self) -> None:
        """The file shown was deleted: the editor lets go of it without asking about changes."""
        self._dirty = False
        self._base = None

    def maybe_leave(self) -> bool:
        """Whether the window may show something else: asks about unsaved changes."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The file %1 has changes that are not saved. Save them?").replace(
                "%1", self._base.ref if self._base else ""
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            if self._base is not None:
                self.form.show_file(self._base)
                self._edited()
            return True
        return False

    # -- showing ----------------------------------------------------------------------------

    def _show_nothing(self) -> None:
        self.setEnabled(False)
        self.title.setText(self.tr("No file open"))
        self._show_panels(None)

    def _show(self, pf: PrisonerFile) -> None:
        self.setEnabled(True)
        self._base = pf
        self._stale = False
        self._rule = self.db.settings.release_rule()
        self.form.show_file(pf)
        self._show_panels(None if self._new else pf)
        self._edited()

    def _show_panels(self, pf: PrisonerFile | None) -> None:
        """The separately saved records of a saved file (movements, activities, attachments,
        flags); empty and disabled for a new one."""
        if pf is None:
            self.chain.show_where(None, None)
            self.activities.show_activities(None, [], [], [])
            self.attachments.show_file(None)
            self.levers.show_file(None, [])
            self._show_flags(())
            return
        where = self.db.movements.where(pf.ref)
        self.chain.show_where(pf.ref, where)
        self.activities.show_activities(
            pf.ref,
            self.db.followups.activities(pf.ref),
            self.db.followups.follow_ups(pf.ref),
            list(where.desks.values()),
            [hold.desk for hold in where.chain.holding],
        )
        self.attachments.show_file(pf)
        self.levers.show_file(pf.ref, list(where.desks.values()))
        self._show_flags(self.db.overstays.assess(pf.ref).flags)

    def _show_flags(self, flags: tuple[RaisedFlag, ...]) -> None:
        raised = tuple(f.flag for f in flags)
        self.badges.setPixmap(badges(raised))
        self.badges.setToolTip("\n".join(flag_name(f) for f in raised))
        if not flags:
            self.flags.setText(self.tr("No flags raised."))
            return
        self.flags.setText(
            "<br>".join(
                f"• <b>{escaped(flag_name(f.flag))}</b>: {escaped(said(f.wording))}" for f in flags
            )
        )

    # -- live reading -----------------------------------------------------------------------

    def _read(self) -> tuple[PrisonerFile, list[FieldError], bool]:
        """The file on screen, every problem that stops a save, and whether some input could
        not be read at all (which is an edit, whatever the file compares as)."""
        assert self._base is not None
        pf, errors = self.form.read(self._base)
        unreadable = {e.field for e in errors}
        problems = errors + [
            e for e in invalid_fields(pf, date.today()) if e.field not in unreadable
        ]
        return pf, problems, bool(errors)

    def _edited(self) -> None:
        """After every change: the problems, the release date and whether there is anything
        to save."""
        if self._base is None:
            return
        pf, errors, unreadable = self._read()
        dirty = unreadable or comparable(pf) != comparable(self._base)
        if self._new and not dirty:
            # A blank new file is not met with a list of what it lacks.
            errors = []
        reckoning = reckon(pf, date.today(), self._rule)
        self._errors = errors
        self._warnings = [as_problem(p) for p in reckoning.problems]
        self.form.show_problems(errors, self._warnings)
        self._show_reckoning(reckoning)
        name = pf.name.strip() or self.tr("(no name yet)")
        self.title.setText(f"{pf.ref} — {name}")
        self._show_errors_line()
        self.save_button.setEnabled(dirty and not errors)
        self.save_button.setToolTip(
            self.tr("Fix the problems shown in red first")
            if errors
            else self.tr("Save the file's fields (Ctrl+S)")
        )
        if self._new:
            self.state.setText(self.tr("New file, not saved yet"))
        elif dirty and self._stale:
            self.state.setText(self.tr("Unsaved changes; the file was changed elsewhere"))
        else:
            self.state.setText(self.tr("Unsaved changes") if dirty else self.tr("Saved"))
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _show_errors_line(self) -> None:
        if not self._errors:
            self.problems.hide()
            return
        count = len(self._errors)
        self.problems.setText(
            self.tr("To fix before saving (%Ln): ", "", count)
            + "; ".join(message(self.form.labels, e) for e in self._errors)
        )
        self.problems.show()

    def _show_reckoning(self, reckoning: Reckoning) -> None:
        due = reckoning.release_due
        if due is not None:
            due_text = self.tr("Release due: <b>%1</b>").replace("%1", short_date(due))
        elif reckoning.under_trial:
            due_text = self.tr("Release due: none yet (under trial, no conviction recorded)")
        else:
            due_text = self.tr("Release due: cannot be worked out (see the problems)")
        past = reckoning.overstay_days
        if past:
            past_text = digits(
                self.tr('<span style="color:%1">Held %Ln day(s) past release</span>', "", past)
            ).replace("%1", ERROR_COLOUR)
        elif past == 0 and due is not None:
            past_text = self.tr("Not held past release")
        else:
            past_text = ""
        self.release_due.setText("<br>".join(t for t in (due_text, past_text) if t))
        self.summary.setText(" · ".join(t for t in (due_text, past_text) if t))
        self.steps.setText(
            "<br>".join(escaped(said(step)) for step in reckoning.step_wordings)
            or self.tr("Enter the conviction date and sentence to work out the release date.")
        )
        problems = reckoning.problems
        self.release_problems.setVisible(bool(problems))
        self.release_problems.setText(
            "\n".join(message(self.form.labels, as_problem(p)) for p in problems)
        )

    def _refuse(self, errors: list[FieldError]) -> None:
        """Show why nothing was saved, and take the caseworker to the first problem."""
        self._errors = errors
        self.form.show_problems(errors, self._warnings)
        self._show_errors_line()
        first = errors[0].field
        self.tabs.setCurrentIndex(self.form.page_of(first))
        self.form.focus(first)
        self.events.status.emit(self.tr("Not saved: fix the problems shown in red"))

    def _merge(self, conflict: EditConflict) -> bool:
        """Their saved version and mine, field by field: what is chosen is saved over theirs
        (their version becomes the one this edit started from); cancelled, my edits stay on
        screen, unsaved."""
        assert self._base is not None
        # Imported when first needed (as the duplicates' dialog below): rarely opened, not
        # read as the window starts.
        from repatriate.ui.merge_dialog import MergeDialog

        dialog = MergeDialog(conflict, self._base, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._base = conflict.theirs
        self.form.show_file(dialog.merged())
        self._edited()
        if not self._dirty:
            self._show(conflict.theirs)
            self.events.files_changed(conflict.theirs.ref)
            return True
        return self.save()

    def _offer_duplicates(self, pf: PrisonerFile) -> bool | None:
        """A new file, or one whose name, passport, prisoner number, prison or birth date
        changed, that looks like people already on file: offer to merge it into one of them.
        None: go on saving (nothing alike, or the caseworker keeps both); otherwise whether the
        file was merged (False: cancelled, nothing written)."""
        assert self._base is not None
        base = self._base
        if not self._new and all(getattr(pf, n) == getattr(base, n) for n in IDENTITY_FIELDS):
            return None
        found = self.db.duplicates.of_file(pf)
        if not found:
            return None
        from repatriate.ui.duplicate_dialog import Choice, DuplicateDialog

        dialog = DuplicateDialog(pf, found, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            self.events.status.emit(self.tr("Not saved"))
            return False
        if dialog.choice is Choice.KEEP_BOTH:
            self._different_people = [alike.second.ref for alike in found]
            return None
        kept = dialog.candidate().ref
        try:
            if self._new:
                self.db.duplicates.merge_new(kept, pf, dialog.taken())
            else:
                self.db.cases.save(pf)
                self.db.duplicates.merge(kept, pf.ref, dialog.taken())
        except InvalidInput as exc:
            self._refuse(exc.errors)
            return False
        except RepatriateError as exc:
            QMessageBox.warning(self, self.tr("The files were not merged"), str(exc))
            return False
        self._new = False
        self._dirty = False
        self.load(kept)
        self.saved.emit(kept)
        self.events.status.emit(
            self.tr("Merged %1 into %2").replace("%1", pf.ref).replace("%2", kept)
        )
        self.events.files_changed(*dict.fromkeys((base.ref, kept)))
        return True

    def _conflict(self, reason: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Saved by someone else"),
            self.tr(
                "Someone else saved this file after you opened it, so your changes were not "
                "saved (%1).\n\nReload their version (your changes are lost), or keep your "
                "changes on screen to copy what you need before reloading?"
            ).replace("%1", reason),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Reload their version"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep my changes"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes and self._base is not None:
            self.load(self._base.ref)

    # -- changes made by the panels and elsewhere -------------------------------------------

    def _changed_elsewhere(self, refs: list[str]) -> None:
        if self._base is None or self._new:
            return
        if refs and self._base.ref not in refs:
            return
        self._refresh(self._base.ref)

    def _refresh(self, ref: str) -> None:
        """Read the file again: all of it when there are no unsaved edits; with edits, only
        the separately saved records, and the consular access an activity wrote, so that the
        edits are kept and the next save is not refused as someone else's."""
        if self._base is None or ref != self._base.ref:
            return
        try:
            fresh = self.db.cases.get(ref)
        except NotFound:
            self._base = None
            self._dirty = False
            self.dirty_changed.emit(False)
            self._show_nothing()
            self.title.setText(self.tr("The file %1 was deleted").replace("%1", ref))
            return
        if not self._dirty:
            self._show(fresh)
            return
        base = self._base
        theirs = fresh.replace(**{name: getattr(base, name) for name in CONSULAR_FIELDS})
        if comparable(theirs) == comparable(base):
            mine, _ = self.form.read(base)
            self._base = fresh
            for name in CONSULAR_FIELDS:
                if getattr(mine, name) == getattr(base, name):
                    self.form.bindings[name].show(getattr(fresh, name))
        else:
            self._base = base.replace(photos=fresh.photos, documents=fresh.documents)
            self._stale = True
        self._show_panels(fresh)
        self._edited()
