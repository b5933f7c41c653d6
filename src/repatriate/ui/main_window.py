"""The main window: a sidebar of pages, the menus and shortcuts, and nothing else.

Each page is its own module; pages never call each other. They write through services and
announce it on the one DataEvents instance owned here; the window only switches pages and opens
files when asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from repatriate.domain.errors import RepatriateError
from repatriate.services.backup import ACTIVITY_INTERVAL, CheckReport
from repatriate.services.database import Database
from repatriate.ui import tasks
from repatriate.ui.advocacy_page import AdvocacyPage
from repatriate.ui.desks.page import DesksPage
from repatriate.ui.events import DataEvents
from repatriate.ui.files_page import FilesPage
from repatriate.ui.lock import Locker
from repatriate.ui.notices import ChangesElsewhere
from repatriate.ui.overview_page import OverviewPage
from repatriate.ui.screen import remember_geometry, restore_geometry
from repatriate.ui.settings_page import SettingsPage
from repatriate.ui.week.page import WeekPage
from repatriate.ui.week.tray import notify_due
from repatriate.ui.welcome_page import WelcomePage

if TYPE_CHECKING:
    # The dialogs, the guide and the file editor are imported when first opened: their
    # modules (the printing ones read PDFium, the import one the transfer service) are not
    # read as the window starts.
    from repatriate.ui.audit_dialog import AuditDialog
    from repatriate.ui.backups_dialog import BackupsDialog
    from repatriate.ui.file_editor import FileEditor
    from repatriate.ui.guide import GuideWindow
    from repatriate.ui.letter_dialog import LetterDialog


class MainWindow(QMainWindow):
    reopen_requested = Signal(str)
    """Open the window again on another database (the demo database, chosen on welcome)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = DataEvents(self)
        title = self.tr("Repatriate — %1").replace("%1", db.location)
        if db.read_only:
            title = self.tr("%1 (read-only)").replace("%1", title)
        self.setWindowTitle(title)
        restore_geometry(self, QSize(1280, 800))

        self.welcome = WelcomePage(db, self.events)
        self.files = FilesPage(db, self.events)
        self.week = WeekPage(db, self.events)
        self.desks = DesksPage(db, self.events)
        self.overview = OverviewPage(db, self.events)
        self.advocacy = AdvocacyPage(db, self.events)
        self.settings = SettingsPage(db, self.events)
        self._editor: FileEditor | None = None
        self.elsewhere = ChangesElsewhere(db, self.events, self) if db.is_postgresql else None
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Files"), self.files),
            (self.tr("This week"), self.week),
            (self.tr("Desks"), self.desks),
            (self.tr("Overview"), self.overview),
            (self.tr("Advocacy"), self.advocacy),
            (self.tr("Settings"), self.settings),
        ]
        self.stack = QStackedWidget()
        for widget in (self.welcome, *(page for _, page in self.pages)):
            self.stack.addWidget(widget)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setIconSize(QSize(0, 0))
        for title, _ in self.pages:
            QListWidgetItem(title, self.sidebar)
        self.sidebar.setMaximumWidth(
            max(self.sidebar.sizeHintForColumn(0) + 40, self.fontMetrics().averageCharWidth() * 16)
        )
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.locker = Locker(self, body, db)
        self.setCentralWidget(self.locker.cover)
        location = QLabel(db.location)
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(location)
        if db.read_only:
            self.statusBar().addPermanentWidget(
                QLabel(self.tr("Read-only: open in another window; changes are not saved"))
            )

        self.guide: GuideWindow | None = None
        self._build_menus()
        self.sidebar.currentRowChanged.connect(self._page_chosen)
        # Clicking Files while a file is open goes back to the table.
        self.sidebar.itemClicked.connect(lambda item: self._page_chosen(self.sidebar.row(item)))
        self.events.open_file.connect(self.open_file)
        self.events.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.events.changed.connect(self._files_changed)
        self.welcome.add_file_requested.connect(self.new_file)
        self.welcome.demo_ready.connect(self.reopen_requested.emit)
        self.settings.database_chosen.connect(self.reopen_requested.emit)
        self.settings.saved.connect(self.locker.restart_idle_timer)
        self.show_page(self.files)
        QTimer.singleShot(0, lambda: notify_due(self, db))
        QTimer.singleShot(0, self._check_on_open)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(int(ACTIVITY_INTERVAL.total_seconds() * 1000))
        self.backup_timer.timeout.connect(self._automatic_backup)
        self.backup_timer.start()

    # -- menus and shortcuts --------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&New file"), self.new_file, QKeySequence.StandardKey.New)
        )
        file_menu.addAction(self._action(self.tr("&Import CSV…"), self.import_csv, "Ctrl+I"))
        file_menu.addAction(self._action(self.tr("&Export CSV…"), self.export_csv, "Ctrl+E"))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("&Print fact sheet…"), self.print_sheet, QKeySequence.StandardKey.Print
            )
        )
        file_menu.addAction(
            self._action(self.tr("Embassy &batch…"), self.print_batch, "Ctrl+Shift+P")
        )
        file_menu.addAction(self._action(self.tr("&Letters…"), self.write_letter, "Ctrl+Shift+L"))
        file_menu.addSeparator()
        backups = self._action(self.tr("&Backups…"), self.show_backups)
        backups.setEnabled(self.db.backups.available)
        file_menu.addAction(backups)
        file_menu.addAction(self.locker.action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(
            self._action(self.tr("&Find files"), self.find_files, QKeySequence.StandardKey.Find)
        )
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Delete file…"), self.delete_file))
        go_menu = bar.addMenu(self.tr("&Go"))
        for number, (title, page) in enumerate(self.pages, start=1):
            go_menu.addAction(
                self._action(
                    title, lambda _=False, page=page: self.show_page(page), f"Ctrl+{number}"
                )
            )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Guide"), self.show_guide, "F1"))
        help_menu.addAction(self._action(self.tr("Audit &log…"), self.show_audit))
        help_menu.addAction(self._action(self.tr("&About Repatriate"), self.about))

    # -- pages ----------------------------------------------------------------------

    def _page_chosen(self, row: int) -> None:
        if row >= 0:
            self.show_page(self.pages[row][1])

    def show_page(self, page: QWidget) -> None:
        """Show a page, unless the open file has unsaved changes the user keeps."""
        if self._editor_kept():
            self._mark(self.files)
            return
        self._mark(page)
        if page is self.files and self.db.cases.count() == 0:
            page = self.welcome
        self.stack.setCurrentWidget(page)

    def _mark(self, page: QWidget) -> None:
        """Select the page's entry in the sidebar without choosing it again. An open file
        belongs under Files, so the sidebar always has a current entry: a list without one
        takes its first row when it gets the focus, which would leave the file."""
        rows = [row for row, (_, candidate) in enumerate(self.pages) if candidate is page]
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(rows[0])
        self.sidebar.blockSignals(False)

    def _files_changed(self, _refs: list[str]) -> None:
        if self.stack.currentWidget() is self.welcome and self.db.cases.count() > 0:
            self.stack.setCurrentWidget(self.files)

    def open_file(self, ref: str) -> None:
        if self._editor_kept():
            return
        self.editor.load(ref)
        self._show_editor()

    def new_file(self) -> None:
        if self._editor_kept():
            return
        self.editor.new_file()
        self._show_editor()

    @property
    def editor(self) -> FileEditor:
        """The file editor, made when a file is first opened (the largest page: some 13 MB
        and a tenth of a second the window does not spend as it starts)."""
        if self._editor is None:
            from repatriate.ui.file_editor import FileEditor

            self._editor = FileEditor(self.db, self.events)
            self._editor.saved.connect(
                lambda ref: self.statusBar().showMessage(
                    self.tr("Saved %1").replace("%1", ref), 5000
                )
            )
            self.stack.addWidget(self._editor)
        return self._editor

    def _editing(self) -> bool:
        """Whether the file editor is on screen."""
        return self._editor is not None and self.stack.currentWidget() is self._editor

    def _editor_kept(self) -> bool:
        """Whether the file editor is on screen with unsaved changes the user chose to keep
        (asked by `FileEditor.maybe_leave`): then the editor stays."""
        return self._editing() and not self.editor.maybe_leave()

    def _show_editor(self) -> None:
        self._mark(self.files)
        self.stack.setCurrentWidget(self.editor)

    def find_files(self) -> None:
        self.show_page(self.files)
        if self.stack.currentWidget() is self.files:
            self.files.focus_filter()

    def _chosen_ref(self) -> str | None:
        if self._editing():
            return self.editor.current_ref
        if self.stack.currentWidget() is self.files:
            return self.files.current_ref()
        return None

    def print_sheet(self) -> None:
        ref = self._chosen_ref()
        if ref is None:
            QMessageBox.information(
                self,
                self.tr("Print fact sheet"),
                self.tr("Choose a file in the Files table, or open one, to print its fact sheet."),
            )
            return
        from repatriate.ui.print_dialog import PrintDialog

        PrintDialog(self.db, self.events, self, ref=ref).exec()

    def write_letter(self) -> LetterDialog | None:
        ref = self._chosen_ref()
        if ref is None:
            QMessageBox.information(
                self,
                self.tr("Letters"),
                self.tr("Choose a file in the Files table, or open one, to write a letter on it."),
            )
            return None
        from repatriate.ui.letter_dialog import LetterDialog

        dialog = LetterDialog(self.db, ref, self)
        dialog.open()
        return dialog

    def print_batch(self) -> None:
        from repatriate.ui.print_dialog import PrintDialog

        PrintDialog(self.db, self.events, self).exec()

    def import_csv(self) -> None:
        from repatriate.ui.import_dialog import ImportDialog

        ImportDialog(self.db, self.events, self).exec()

    def export_csv(self) -> None:
        from repatriate.ui.import_dialog import export_all

        export_all(self, self.db)

    def show_backups(self) -> BackupsDialog:
        from repatriate.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.db, self)
        dialog.restored.connect(lambda: self.reopen_requested.emit(self.db.location))
        dialog.open()
        return dialog

    def show_audit(self) -> AuditDialog:
        from repatriate.ui.audit_dialog import AuditDialog

        dialog = AuditDialog(self.db, self)
        dialog.open()
        return dialog

    def delete_file(self, confirm: bool = True) -> tasks.Task | None:
        """Delete the chosen file with everything attached, after a backup."""
        ref = self._chosen_ref()
        if ref is None:
            QMessageBox.information(
                self,
                self.tr("Delete file"),
                self.tr("Choose a file in the Files table, or open one, to delete it."),
            )
            return None
        if confirm:
            answer = QMessageBox.warning(
                self,
                self.tr("Delete file"),
                self.tr(
                    "Delete the file %1 with its family, photos, documents, movements and "
                    "activities?\n\nA backup is made first; restoring it brings the file back."
                ).replace("%1", ref),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None

        def work(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> str:
            self.db.cases.delete_many([ref])
            return ref

        return tasks.write(
            self,
            self.events,
            work,
            self._deleted,
            lambda message: QMessageBox.warning(self, self.tr("Delete file"), message),
            touched=lambda deleted: [deleted],
        )

    def _deleted(self, ref: str) -> None:
        if self._editing():
            self.editor.forget()
            self.show_page(self.files)
        self.events.status.emit(self.tr("Deleted %1; a backup was made first").replace("%1", ref))

    def _check_on_open(self) -> None:
        """SQLite's quick check of the database as it is opened; damage is said at once, with
        the way out (the Backups dialog), before anyone writes into a damaged file."""
        if not self.db.backups.available:
            return
        task = tasks.start(lambda _p, _c: self.db.backups.check(quick=True), self)
        task.done.connect(self._checked_on_open)
        if not self.db.read_only:
            weekly = tasks.start(lambda _p, _c: self.db.backups.weekly_check(), self)
            weekly.done.connect(self._checked_on_open)

    def _checked_on_open(self, report: CheckReport | None) -> None:
        if report is None or report.sound:
            return
        QMessageBox.critical(
            self,
            self.tr("The database is damaged"),
            self.tr(
                "SQLite found damage in %1 (%2). Do not go on working in it: restore the "
                "newest sound backup in the Backups dialog, which opens now."
            )
            .replace("%1", str(report.database))
            .replace("%2", report.problems[0]),
        )
        self.show_backups()

    def _automatic_backup(self) -> None:
        # A read-only window leaves backups to the window that writes.
        if self.db.backups.available and not self.db.read_only:
            tasks.start(lambda _p, _c: self.db.backups.automatic(), self)

    def about(self) -> QMessageBox:
        from repatriate.ui.about import show_about

        return show_about(self, self.db)

    def page_name(self) -> str:
        """The page on screen, as the guide names its sections (`guide.SECTIONS`)."""
        if self._editing():
            return "editor"
        current = self.stack.currentWidget()
        named = {self.welcome: "welcome", self.files: "files"}
        named |= {self.week: "week", self.desks: "desks", self.overview: "overview"}
        named |= {self.advocacy: "advocacy"}
        return next((name for page, name in named.items() if page is current), "settings")

    def show_guide(self) -> GuideWindow:
        """The guide, open at the section on the page on screen (F1)."""
        from repatriate.ui.guide import SECTIONS, GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self)
        self.guide.show_section(SECTIONS[self.page_name()])
        return self.guide

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editor_kept():
            event.ignore()
            return
        remember_geometry(self)
        self._backup_on_close()
        if self.elsewhere is not None:
            self.elsewhere.stop()
        event.accept()

    def _backup_on_close(self) -> None:
        if not self.db.backups.available or self.db.read_only:
            return
        try:
            self.db.backups.automatic()
        except RepatriateError as exc:
            QMessageBox.warning(self, self.tr("No backup made"), str(exc))
