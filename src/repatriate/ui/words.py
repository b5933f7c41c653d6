"""The words the window shows a file's recorded values in (a status, a kind of movement or
activity, a desk's role...): stored in English, shown in the window's language.

Each value is marked here for Qt Linguist in the context "Words"; a test checks that every
value of every enumeration the window shows is marked.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MARKED = (
    # Status
    QT_TRANSLATE_NOOP("Words", "under trial"),
    QT_TRANSLATE_NOOP("Words", "serving"),
    QT_TRANSLATE_NOOP("Words", "sentence completed"),
    QT_TRANSLATE_NOOP("Words", "in detention centre"),
    QT_TRANSLATE_NOOP("Words", "repatriated"),
    QT_TRANSLATE_NOOP("Words", "deported"),
    QT_TRANSLATE_NOOP("Words", "released"),
    QT_TRANSLATE_NOOP("Words", "deceased"),
    QT_TRANSLATE_NOOP("Words", "died in custody"),
    QT_TRANSLATE_NOOP("Words", "transferred"),
    # Category
    QT_TRANSLATE_NOOP("Words", "immigration detainee"),
    QT_TRANSLATE_NOOP("Words", "asylum seeker"),
    QT_TRANSLATE_NOOP("Words", "other offender"),
    # Sex
    QT_TRANSLATE_NOOP("Words", "m"),
    QT_TRANSLATE_NOOP("Words", "f"),
    QT_TRANSLATE_NOOP("Words", "x"),
    # DocumentHolder
    QT_TRANSLATE_NOOP("Words", "police"),
    QT_TRANSLATE_NOOP("Words", "trial court"),
    QT_TRANSLATE_NOOP("Words", "prison"),
    QT_TRANSLATE_NOOP("Words", "embassy"),
    QT_TRANSLATE_NOOP("Words", "prisoner"),
    QT_TRANSLATE_NOOP("Words", "clinic"),
    QT_TRANSLATE_NOOP("Words", "unknown"),
    # ConsularAccess
    QT_TRANSLATE_NOOP("Words", "phone"),
    QT_TRANSLATE_NOOP("Words", "in person"),
    # TransferConsent
    QT_TRANSLATE_NOOP("Words", "given"),
    QT_TRANSLATE_NOOP("Words", "refused"),
    # ReferralSource
    QT_TRANSLATE_NOOP("Words", "partner ngo"),
    QT_TRANSLATE_NOOP("Words", "prison"),
    QT_TRANSLATE_NOOP("Words", "clinic visit"),
    QT_TRANSLATE_NOOP("Words", "family"),
    QT_TRANSLATE_NOOP("Words", "embassy"),
    QT_TRANSLATE_NOOP("Words", "court"),
    QT_TRANSLATE_NOOP("Words", "other"),
    # TravelDocumentKind
    QT_TRANSLATE_NOOP("Words", "travel permit"),
    QT_TRANSLATE_NOOP("Words", "emergency certificate"),
    QT_TRANSLATE_NOOP("Words", "exit permit"),
    QT_TRANSLATE_NOOP("Words", "escort order"),
    # Role
    QT_TRANSLATE_NOOP("Words", "prison"),
    QT_TRANSLATE_NOOP("Words", "state prisons"),
    QT_TRANSLATE_NOOP("Words", "state home"),
    QT_TRANSLATE_NOOP("Words", "police"),
    QT_TRANSLATE_NOOP("Words", "frro"),
    QT_TRANSLATE_NOOP("Words", "mha"),
    QT_TRANSLATE_NOOP("Words", "mea consular"),
    QT_TRANSLATE_NOOP("Words", "mea territorial"),
    QT_TRANSLATE_NOOP("Words", "embassy"),
    QT_TRANSLATE_NOOP("Words", "home foreign ministry"),
    QT_TRANSLATE_NOOP("Words", "home verification"),
    QT_TRANSLATE_NOOP("Words", "home repatriation"),
    QT_TRANSLATE_NOOP("Words", "travel documents"),
    QT_TRANSLATE_NOOP("Words", "border"),
    QT_TRANSLATE_NOOP("Words", "court"),
    QT_TRANSLATE_NOOP("Words", "unhcr"),
    QT_TRANSLATE_NOOP("Words", "other"),
    # MovementKind
    QT_TRANSLATE_NOOP("Words", "sent"),
    QT_TRANSLATE_NOOP("Words", "acknowledged"),
    QT_TRANSLATE_NOOP("Words", "reply"),
    QT_TRANSLATE_NOOP("Words", "returned"),
    QT_TRANSLATE_NOOP("Words", "forwarded"),
    QT_TRANSLATE_NOOP("Words", "cleared"),
    # Via
    QT_TRANSLATE_NOOP("Words", "post"),
    QT_TRANSLATE_NOOP("Words", "e-mail"),
    QT_TRANSLATE_NOOP("Words", "by hand"),
    QT_TRANSLATE_NOOP("Words", "fax"),
    QT_TRANSLATE_NOOP("Words", "portal"),
    # Authority
    QT_TRANSLATE_NOOP("Words", "court"),
    QT_TRANSLATE_NOOP("Words", "nhrc"),
    QT_TRANSLATE_NOOP("Words", "shrc"),
    # ActivityKind
    QT_TRANSLATE_NOOP("Words", "call"),
    QT_TRANSLATE_NOOP("Words", "letter"),
    QT_TRANSLATE_NOOP("Words", "e-mail"),
    QT_TRANSLATE_NOOP("Words", "embassy visit"),
    QT_TRANSLATE_NOOP("Words", "prison visit"),
    QT_TRANSLATE_NOOP("Words", "consular access by phone"),
    QT_TRANSLATE_NOOP("Words", "consular access in person"),
    QT_TRANSLATE_NOOP("Words", "rti request"),
    QT_TRANSLATE_NOOP("Words", "rti appeal"),
    QT_TRANSLATE_NOOP("Words", "court petition"),
    QT_TRANSLATE_NOOP("Words", "court hearing"),
    QT_TRANSLATE_NOOP("Words", "media story"),
    QT_TRANSLATE_NOOP("Words", "ngo contact"),
    QT_TRANSLATE_NOOP("Words", "family traced"),
    QT_TRANSLATE_NOOP("Words", "unhcr form sent"),
    QT_TRANSLATE_NOOP("Words", "certificate received"),
    QT_TRANSLATE_NOOP("Words", "escalation"),
    QT_TRANSLATE_NOOP("Words", "correction"),
    # Lever
    QT_TRANSLATE_NOOP("Words", "senior official"),
    QT_TRANSLATE_NOOP("Words", "nhrc"),
    QT_TRANSLATE_NOOP("Words", "media in home country"),
    QT_TRANSLATE_NOOP("Words", "court"),
    # FollowUpKind
    QT_TRANSLATE_NOOP("Words", "weekly"),
    QT_TRANSLATE_NOOP("Words", "one-off"),
    QT_TRANSLATE_NOOP("Words", "recurring"),
    QT_TRANSLATE_NOOP("Words", "reply due"),
    QT_TRANSLATE_NOOP("Words", "order"),
    QT_TRANSLATE_NOOP("Words", "unchased"),
)


def word(value: Enum | None, empty: str = "") -> str:
    """`value` as the window shows it; `empty` for no value."""
    if value is None:
        return empty
    return QCoreApplication.translate("Words", str(value.value))
