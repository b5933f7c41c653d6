"""The one place Qt Designer forms (forms/*.ui) are loaded.

pyproject force-includes forms/ into the wheel as repatriate/forms, beside
repatriate/resources, just as forms/ sits beside resources/ in the source tree: so the folder
is found from the resources folder, wherever the program runs from."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from repatriate.domain.errors import RepatriateError
from repatriate.resource_files import resource

Child = TypeVar("Child", bound=QObject)


def form_path(name: str) -> Path:
    return resource().parent / "forms" / name


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget laid out in forms/`name`; its signals are connected by the caller."""
    path = form_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RepatriateError(f"{path}: cannot read the form ({file.errorString()})")
    loader = QUiLoader()
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RepatriateError(f"{path}: not a Qt Designer form ({loader.errorString()})")
    return widget


def child(form: QWidget, kind: type[Child], name: str) -> Child:
    """The form's widget called `name`: a form and the code using it must agree on names."""
    found = form.findChild(kind, name)
    if found is None:
        raise RepatriateError(f"form {form.objectName()}: no {kind.__name__} named {name}")
    return found
