"""The fields of a prisoner file as the caseworker names them, and the line that names a field's
problem; every form and message uses these words. A `Binding` ties a field to its input.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from repatriate.domain.errors import FieldError
from repatriate.domain.prisoner import PrisonerFile, trimmed


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
        "ref": QCoreApplication.translate("FileEditor", "Ref"),
        "name": QCoreApplication.translate("FileEditor", "Name as recorded"),
        "name_native": QCoreApplication.translate("FileEditor", "Name in own script"),
        "aliases": QCoreApplication.translate("FileEditor", "Aliases"),
        "father_name": QCoreApplication.translate("FileEditor", "Father's name"),
        "mother_name": QCoreApplication.translate("FileEditor", "Mother's name"),
        "sex": QCoreApplication.translate("FileEditor", "Sex"),
        "birth_date": QCoreApplication.translate("FileEditor", "Birth date"),
        "age_estimate": QCoreApplication.translate("FileEditor", "Estimated age"),
        "age_estimated_on": QCoreApplication.translate("FileEditor", "Age estimated on"),
        "languages": QCoreApplication.translate("FileEditor", "Languages"),
        "ethnicity": QCoreApplication.translate("FileEditor", "Ethnicity"),
        "home_address": QCoreApplication.translate("FileEditor", "Home address (as recorded)"),
        "home_address_native": QCoreApplication.translate(
            "FileEditor", "Home address (own script)"
        ),
        "claimed_nationality": QCoreApplication.translate("FileEditor", "Claimed nationality"),
        "court_nationality": QCoreApplication.translate("FileEditor", "Nationality per court"),
        "verified_nationality": QCoreApplication.translate("FileEditor", "Verified nationality"),
        "verified_on": QCoreApplication.translate("FileEditor", "Verified on"),
        "possible_misidentification": QCoreApplication.translate(
            "FileEditor", "Possible misidentification"
        ),
        "passport_number": QCoreApplication.translate("FileEditor", "Passport number"),
        "passport_book_number": QCoreApplication.translate("FileEditor", "Passport book number"),
        "passport_country": QCoreApplication.translate("FileEditor", "Passport country"),
        "passport_held_by": QCoreApplication.translate("FileEditor", "Passport held by"),
        "passport_copy_on_file": QCoreApplication.translate("FileEditor", "Copy on file"),
        "prison": QCoreApplication.translate("FileEditor", "Prison"),
        "state": QCoreApplication.translate("FileEditor", "State"),
        "prisoner_number": QCoreApplication.translate("FileEditor", "Prisoner number"),
        "arrest_date": QCoreApplication.translate("FileEditor", "Arrest date"),
        "charge": QCoreApplication.translate("FileEditor", "Charge"),
        "court": QCoreApplication.translate("FileEditor", "Court"),
        "case_number": QCoreApplication.translate("FileEditor", "Case number"),
        "conviction_date": QCoreApplication.translate("FileEditor", "Conviction date"),
        "sentence_years": QCoreApplication.translate("FileEditor", "Sentence years"),
        "sentence_months": QCoreApplication.translate("FileEditor", "Sentence months"),
        "sentence_days": QCoreApplication.translate("FileEditor", "Sentence days"),
        "set_off_days": QCoreApplication.translate("FileEditor", "Set-off days"),
        "remission_days": QCoreApplication.translate("FileEditor", "Remission days"),
        "fine_default_days": QCoreApplication.translate("FileEditor", "Fine default days"),
        "released_on": QCoreApplication.translate("FileEditor", "Released on"),
        "status": QCoreApplication.translate("FileEditor", "Status"),
        "sentence_final": QCoreApplication.translate("FileEditor", "Sentence final"),
        "transfer_consent": QCoreApplication.translate("FileEditor", "Consent to transfer"),
        "consular_access_on": QCoreApplication.translate("FileEditor", "Consular access on"),
        "consular_access": QCoreApplication.translate("FileEditor", "Consular access by"),
        "category": QCoreApplication.translate("FileEditor", "Category"),
        "vulnerability": QCoreApplication.translate("FileEditor", "Vulnerability"),
        "unhcr_registration": QCoreApplication.translate("FileEditor", "UNHCR registration"),
        "at_risk_if_returned": QCoreApplication.translate("FileEditor", "At risk if returned"),
        "risk_note": QCoreApplication.translate("FileEditor", "Risk note"),
        "referral_source": QCoreApplication.translate("FileEditor", "Referral source"),
        "notes": QCoreApplication.translate("FileEditor", "Notes"),
        "family": QCoreApplication.translate("FileEditor", "Family contacts"),
    }


def message(labels: dict[str, str], error: FieldError) -> str:
    if not error.field:
        return error.reason
    label = labels.get(error.field, error.field)
    value = error.value or QCoreApplication.translate("FileEditor", "(empty)")
    return f"{label}: {value}: {error.reason}"


def comparable(pf: PrisonerFile) -> PrisonerFile:
    """The file's own fields as a caseworker edits them: saving renumbers family rows and
    bumps the version, and attachments are saved apart, so none of these make a file dirty."""
    return dataclasses.replace(
        trimmed(pf),
        family=tuple(dataclasses.replace(c, id=None) for c in trimmed(pf).family),
        photos=(),
        documents=(),
        id=None,
        version=0,
    )


def as_problem(text: str) -> FieldError:
    """A reckoning problem ("conviction_date: 2020-01-02: before the arrest") as a FieldError,
    so it can be shown under its field."""
    field, _, rest = text.partition(": ")
    value, _, reason = rest.partition(": ")
    return FieldError(field, value, reason) if reason else FieldError("", "", text)
