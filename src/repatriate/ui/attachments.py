"""The photos and documents attached to a prisoner file. Each is saved at once as its own
record; the photos' thumbnails are made on a worker, never on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.errors import RepatriateError
from repatriate.domain.prisoner import Document, Photo, PrisonerFile
from repatriate.services.database import Database
from repatriate.ui import tasks
from repatriate.ui.dates import short_date
from repatriate.ui.inputs import DateInput
from repatriate.ui.language import digits
from repatriate.ui.tables import (
    ERROR_COLOUR,
    ROOT,
    Index,
    RowsModel,
    coloured,
    selected_row,
    sort_proxy,
    table_view,
    value_column,
)

THUMBNAIL = 160


class PhotosModel(QAbstractListModel):
    """The file's photos; their thumbnails arrive later, made on a worker (never inside
    data(), never on the GUI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.photos: list[Photo] = []
        self._thumbnails: list[QPixmap] = []

    def set_photos(self, photos: Sequence[Photo]) -> None:
        self.beginResetModel()
        self.photos = list(photos)
        self._thumbnails = [QPixmap() for _ in self.photos]
        self.endResetModel()

    def set_thumbnails(self, images: Sequence[QImage]) -> None:
        """The thumbnails of the photos shown, in their order (a QPixmap is made only here, on
        the GUI thread)."""
        if len(images) != len(self.photos) or not images:
            return
        self._thumbnails = [QPixmap.fromImage(image) for image in images]
        self.dataChanged.emit(
            self.index(0),
            self.index(len(images) - 1),
            [Qt.ItemDataRole.DecorationRole],
        )

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        photo = self.photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if photo.taken_on is None:
                return QCoreApplication.translate("FileEditor", "date not known")
            return QCoreApplication.translate("FileEditor", "taken %1").replace(
                "%1", short_date(photo.taken_on)
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnails[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            size = digits(QLocale().formattedDataSize(photo.size))
            return f"{photo.media_type}, {size}" + (f", {photo.source}" if photo.source else "")
        return None


def thumbnail(content: bytes) -> QImage:
    """A photo scaled to fit the list; an empty image for content that is no picture. A QImage,
    not a QPixmap, so that a worker thread may make it."""
    image = QImage.fromData(QByteArray(content))
    if image.isNull():
        return QImage()
    return image.scaled(
        THUMBNAIL,
        THUMBNAIL,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def document_kinds() -> list[tuple[str, str]]:
    """(kind as shown, kind as stored): stored in English, as the fact sheet prints it."""
    return [
        (QCoreApplication.translate("FileEditor", "court order"), "court order"),
        (QCoreApplication.translate("FileEditor", "travel document"), "travel document"),
        (QCoreApplication.translate("FileEditor", "passport copy"), "passport copy"),
        (QCoreApplication.translate("FileEditor", "letter"), "letter"),
        (QCoreApplication.translate("FileEditor", "other"), "other"),
    ]


class AttachmentsSection(QWidget):
    """Photos and documents. They are saved at once (each is its own record), so they can be
    added only to a file that has been saved."""

    attached = Signal(str)
    """A photo or document was added to the file with this ref."""
    thumbnailed = Signal()
    """The thumbnails of the photos shown are in."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ref: str | None = None
        self.thumbnailing: tasks.Task | None = None
        self.thumbnail_reads = tasks.Reads(self)
        self.photos = PhotosModel(self)
        self.documents: RowsModel[Document] = RowsModel(
            [
                value_column(QCoreApplication.translate("FileEditor", "Kind"), lambda d: d.kind),
                value_column(QCoreApplication.translate("FileEditor", "Title"), lambda d: d.title),
                value_column(QCoreApplication.translate("FileEditor", "Dated"), lambda d: d.dated),
                value_column(
                    QCoreApplication.translate("FileEditor", "File name"), lambda d: d.filename
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "Size"),
                    lambda d: digits(QLocale().formattedDataSize(d.size)),
                ),
            ],
            self,
        )
        self.hint = QLabel(
            QCoreApplication.translate(
                "FileEditor",
                "Save the new file first: photos and documents attach to a saved file.",
            )
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
        self.photo_list.setAccessibleName(QCoreApplication.translate("FileEditor", "Photos"))
        self.photo_taken = DateInput()
        self.photo_taken.setAccessibleName(
            QCoreApplication.translate("FileEditor", "Photo taken on")
        )
        add_photo = QPushButton(QCoreApplication.translate("FileEditor", "Add p&hoto…"))
        add_photo.setToolTip(
            QCoreApplication.translate(
                "FileEditor", "Attach a PNG or JPEG photo, with the date it was taken"
            )
        )
        save_photo = QPushButton(QCoreApplication.translate("FileEditor", "Save photo &as…"))
        save_photo.setToolTip(
            QCoreApplication.translate("FileEditor", "Save a copy of the selected photo")
        )
        add_photo.clicked.connect(self.choose_photo)
        save_photo.clicked.connect(self.save_photo_as)

        self.no_photo = QLabel(
            QCoreApplication.translate(
                "FileEditor",
                "No photo yet: add one with Add photo…. An embassy recognises its national by "
                "the face when the prison wrote the name wrongly.",
            )
        )
        self.no_photo.setWordWrap(True)
        self.no_document = QLabel(
            QCoreApplication.translate(
                "FileEditor",
                "No document yet: add the court order, the release order, a passport copy or "
                "a letter with Add document…; they are printed after the fact sheet.",
            )
        )
        self.no_document.setWordWrap(True)

        photo_box = QGroupBox(QCoreApplication.translate("FileEditor", "Photos"))
        photo_layout = QVBoxLayout(photo_box)
        photo_layout.addWidget(self.no_photo)
        photo_layout.addWidget(self.photo_list, 1)
        photo_form = QFormLayout()
        photo_form.addRow(QCoreApplication.translate("FileEditor", "&Taken on"), self.photo_taken)
        photo_layout.addLayout(photo_form)
        photo_bar = QHBoxLayout()
        photo_bar.addWidget(add_photo)
        photo_bar.addWidget(save_photo)
        photo_bar.addStretch(1)
        photo_layout.addLayout(photo_bar)

        self.document_table = table_view(
            sort_proxy(self.documents),
            QCoreApplication.translate("FileEditor", "Documents"),
            fit_columns=False,
        )
        self.document_kind = QComboBox()
        self.document_kind.setEditable(True)
        for shown, stored in document_kinds():
            self.document_kind.addItem(shown, stored)
        self.document_kind.setAccessibleName(
            QCoreApplication.translate("FileEditor", "Document kind")
        )
        self.document_title = QLineEdit()
        self.document_title.setAccessibleName(
            QCoreApplication.translate("FileEditor", "Document title")
        )
        self.document_dated = DateInput()
        self.document_dated.setAccessibleName(
            QCoreApplication.translate("FileEditor", "Document dated")
        )
        add_document = QPushButton(QCoreApplication.translate("FileEditor", "Add &document…"))
        add_document.setToolTip(
            QCoreApplication.translate("FileEditor", "Attach a PDF, PNG or JPEG document")
        )
        save_document = QPushButton(QCoreApplication.translate("FileEditor", "Sa&ve document as…"))
        save_document.setToolTip(
            QCoreApplication.translate("FileEditor", "Save a copy of the selected document")
        )
        add_document.clicked.connect(self.choose_document)
        save_document.clicked.connect(self.save_document_as)

        document_box = QGroupBox(QCoreApplication.translate("FileEditor", "Documents"))
        document_layout = QVBoxLayout(document_box)
        document_layout.addWidget(self.no_document)
        document_layout.addWidget(self.document_table, 1)
        document_form = QFormLayout()
        document_form.addRow(QCoreApplication.translate("FileEditor", "&Kind"), self.document_kind)
        document_form.addRow(
            QCoreApplication.translate("FileEditor", "T&itle"), self.document_title
        )
        document_form.addRow(
            QCoreApplication.translate("FileEditor", "Dat&ed"), self.document_dated
        )
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
        self.photos.set_photos(photos)
        self._make_thumbnails(photos)
        self.documents.set_rows(pf.documents if pf else ())
        self.no_photo.setVisible(pf is not None and not photos)
        self.no_document.setVisible(pf is not None and not pf.documents)

    def _make_thumbnails(self, photos: Sequence[Photo]) -> None:
        """Read the photos and scale them on a worker; a file shown since drops the result."""
        cases = self.db.cases

        def work(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> list[QImage]:
            return [thumbnail(cases.photo_content(p.id) if p.id else b"") for p in photos]

        def done(images: list[QImage]) -> None:
            self.photos.set_thumbnails(images)
            self.thumbnailed.emit()

        self.thumbnailing = self.thumbnail_reads.run(work, done, self._show_error)

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("FileEditor", "Add a photo"),
            "",
            QCoreApplication.translate("FileEditor", "Photos (*.png *.jpg *.jpeg)"),
        )
        if path:
            self._attach(lambda ref, content: self._add_photo(ref, content), Path(path))

    def _add_photo(self, ref: str, content: bytes) -> None:
        taken_on = self.photo_taken.value()
        self.db.cases.add_photo(ref, content, taken_on=taken_on)
        self.photo_taken.clear()

    def choose_document(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("FileEditor", "Add a document"),
            "",
            QCoreApplication.translate("FileEditor", "Documents (*.pdf *.png *.jpg *.jpeg)"),
        )
        if path:
            self._attach(lambda ref, content: self._add_document(ref, content, path), Path(path))

    def _document_kind(self) -> str:
        """The kind chosen, in English as stored, or as typed."""
        typed = self.document_kind.currentText()
        index = self.document_kind.findText(typed)
        return str(self.document_kind.itemData(index)) if index >= 0 else typed

    def _add_document(self, ref: str, content: bytes, path: str) -> None:
        self.db.cases.add_document(
            ref,
            content,
            kind=self._document_kind(),
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
            self._show_error(
                QCoreApplication.translate("FileEditor", "Date: %1").replace("%1", str(exc))
            )
            return
        except (OSError, RepatriateError) as exc:
            self._show_error(str(exc))
            return
        self.error.hide()
        self.attached.emit(self.ref)

    def save_photo_as(self) -> None:
        index = self.photo_list.currentIndex()
        if not index.isValid():
            self._show_error(QCoreApplication.translate("FileEditor", "Choose a photo first."))
            return
        photo = self.photos.photos[index.row()]
        suffix = ".png" if photo.media_type == "image/png" else ".jpg"
        name = f"{self.ref}-photo-{photo.taken_on or photo.id}{suffix}"
        self._save_copy(name, lambda: self.db.cases.photo_content(photo.id or 0))

    def save_document_as(self) -> None:
        document = selected_row(self.document_table, self.documents)
        if document is None:
            self._show_error(QCoreApplication.translate("FileEditor", "Choose a document first."))
            return
        self._save_copy(document.filename, lambda: self.db.cases.document_content(document.id or 0))

    def _save_copy(self, name: str, content: Callable[[], bytes]) -> None:
        # A copy the caseworker places themselves: the app never leaves personal data in a
        # temporary folder.
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("FileEditor", "Save a copy"), name
        )
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
