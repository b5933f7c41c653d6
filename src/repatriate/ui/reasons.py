"""The sentences the domain composes (why a flag was raised), shown in the window's language.

The domain keeps each sentence as an English template and its values (`domain.wording`); each
template is marked here for Qt Linguist in the context "Reasons", and a test checks that every
template the domain registers is marked. The values go in after translation: numbers and dates
as the window writes them, names and codes as recorded, a sentence within translated in turn.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from repatriate.domain.orders import NOT_COMPLIED
from repatriate.domain.transfer_agreements import DAYS, MONTHS
from repatriate.domain.wording import Value, Wording, filled
from repatriate.ui.dates import short_date
from repatriate.ui.language import digits, number

_BLANK = re.compile(r"(%\d+)")

MARKED = (
    QT_TRANSLATE_NOOP("Reasons", "%1 (issued by %2)"),
    QT_TRANSLATE_NOOP("Reasons", "%1 (≥ %2)"),
    QT_TRANSLATE_NOOP("Reasons", "%1 days past the release date %2"),
    QT_TRANSLATE_NOOP("Reasons", "%1 expired on %2"),
    QT_TRANSLATE_NOOP("Reasons", "%1 expires on %2, before the hand-over planned for %3"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "%1 expires on %2, within %3 weeks and no hand-over date is planned",
    ),
    QT_TRANSLATE_NOOP("Reasons", "%1 has held it %2 days (expected %3)"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "%1 left to serve, release due %2 (the agreement requires at least %3 months)",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "%1's order of %2 against %3 was to be complied with by %4: %5; %6",
    ),
    QT_TRANSLATE_NOOP("Reasons", "%1's order of %2 was to be complied with by %3: %4; %5"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "%1: no fact sheet to the home embassy unless overridden with a reason",
    ),
    QT_TRANSLATE_NOOP("Reasons", "%1: persecuted in %2"),
    QT_TRANSLATE_NOOP("Reasons", "+ %1 days fine default (%2) = %3"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "RTI application to %1 of %2: reply due %3, none recorded (a deemed "
        "refusal, RTI Act 2005, s.7(2)); %4",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "RTI application to %1 of %2: the first appeal of %3 was to be decided "
        "by %4, no decision recorded; file the second appeal with the "
        "Information Commission by %5 (RTI Act 2005, s.19(3))",
    ),
    QT_TRANSLATE_NOOP("Reasons", "an appeal is pending: the sentence is not final"),
    QT_TRANSLATE_NOOP("Reasons", "asylum seeker"),
    QT_TRANSLATE_NOOP("Reasons", "claims %1, court recorded %2"),
    QT_TRANSLATE_NOOP("Reasons", "consent given"),
    QT_TRANSLATE_NOOP("Reasons", "consent: not recorded"),
    QT_TRANSLATE_NOOP("Reasons", "conviction %1 + %2 = %3"),
    QT_TRANSLATE_NOOP("Reasons", "conviction %1 + %2 = %3 (%4 has no day %5: to its last day)"),
    QT_TRANSLATE_NOOP("Reasons", "embassy verified %1, court recorded %2"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "file a contempt petition before the court (Contempt of Courts Act 1971, s.2(b) and s.12)",
    ),
    QT_TRANSLATE_NOOP("Reasons", "file the first appeal by %1 (RTI Act 2005, s.19(1))"),
    QT_TRANSLATE_NOOP("Reasons", "held on %1: %2 days past release"),
    QT_TRANSLATE_NOOP("Reasons", "marked as possible misidentification"),
    QT_TRANSLATE_NOOP("Reasons", "newest photo taken %1, over %2 years"),
    QT_TRANSLATE_NOOP("Reasons", "none recorded in the %1 days since arrest"),
    QT_TRANSLATE_NOOP("Reasons", "not verified %1 days after the sentence ended (%2)"),
    QT_TRANSLATE_NOOP("Reasons", "nothing"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "only the passport book number %1 is known; embassies trace passport numbers",
    ),
    QT_TRANSLATE_NOOP("Reasons", "recorded at risk if returned"),
    QT_TRANSLATE_NOOP("Reasons", "registered with UNHCR"),
    QT_TRANSLATE_NOOP("Reasons", "release due %1 (in %2 days) and no repatriation step started"),
    QT_TRANSLATE_NOOP("Reasons", "released %1: %2 days past release"),
    QT_TRANSLATE_NOOP("Reasons", "remission %1 days covers %2"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "remission %1 days covers %2: release due on the day of sentence, %3",
    ),
    QT_TRANSLATE_NOOP("Reasons", "sentence final"),
    QT_TRANSLATE_NOOP("Reasons", "sentence final: not recorded"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "serving a sentence; %1 has a transfer of sentenced persons agreement",
    ),
    QT_TRANSLATE_NOOP("Reasons", "set-off %1 days (%2) covers %3"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "set-off %1 days (%2) covers %3: release due on the day of sentence, %4",
    ),
    QT_TRANSLATE_NOOP("Reasons", "stateless"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "term left to serve: not known (the agreement requires at least %1 months)",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "the first appeal was due by %1: file it with the reason for the delay "
        "(RTI Act 2005, s.19(1), proviso)",
    ),
    QT_TRANSLATE_NOOP("Reasons", "the original passport is with the trial court, no copy"),
    QT_TRANSLATE_NOOP("Reasons", "the prisoner refused consent"),
    QT_TRANSLATE_NOOP("Reasons", "the rest"),
    QT_TRANSLATE_NOOP("Reasons", "the whole term"),
    QT_TRANSLATE_NOOP("Reasons", "under trial: in custody since %1 (%2 days)"),
    QT_TRANSLATE_NOOP("Reasons", "was held %1"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "write a reminder to the commission: the government must report the "
        "action taken within one month (Protection of Human Rights Act 1993, "
        "s.18(e))",
    ),
    # The release-date working subtracts with the minus sign, as it prints it.
    QT_TRANSLATE_NOOP("Reasons", "− %1 days remission = %2"),  # noqa: RUF001
    QT_TRANSLATE_NOOP("Reasons", "− %1 days set-off (%2) = %3"),  # noqa: RUF001
    QT_TRANSLATE_NOOP("Reasons", "− 1 day: the day of sentence counts as served = %1"),  # noqa: RUF001
)


class Reasons(QObject):
    """The templates with a count, each written out in a `tr()` call so that Qt Linguist
    gives it its plural forms (in the same context, "Reasons")."""

    def counted(self, template: str, count: int) -> str:
        if template == NOT_COMPLIED:
            return self.tr("not complied with %Ln day(s) later", "", count)
        if template == MONTHS:
            return self.tr("%Ln month(s)", "", count)
        if template == DAYS:
            return self.tr("%Ln day(s)", "", count)
        return QCoreApplication.translate("Reasons", template, "", count)


_REASONS = Reasons()


def said(wording: Wording) -> str:
    """The sentence in the window's language, its values filled in."""
    if wording.count is None:
        text = QCoreApplication.translate("Reasons", wording.template)
    else:
        text = _REASONS.counted(wording.template, wording.count)
    pieces = _BLANK.split(text)
    text = "".join(piece if i % 2 else digits(piece) for i, piece in enumerate(pieces))
    return filled(text, [_shown(v) for v in wording.values])


def _shown(value: Value) -> str:
    if isinstance(value, Wording):
        return said(value)
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, int):
        return number(value)
    return value
