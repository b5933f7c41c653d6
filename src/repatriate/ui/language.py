"""The window's language: Repatriate's own translations (resources/translations, Qt Linguist
files compiled to .qm by `scripts/translations`) and Qt's for its standard dialogs, the locale
that numbers and dates follow, and the layout direction (Urdu mirrored)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from repatriate.resource_files import resource

TRANSLATED = ("bn", "hi", "ne", "ur", "es", "pt_BR")
"""The languages the window is translated into, besides English."""

NATIVE_DIGITS = {"bn": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९", "ne": "०१२३४५६७८९", "ur": "۰۱۲۳۴۵۶۷۸۹"}
"""Each language's own digits where it has them, for the `native_digits` setting."""


def chosen_locale(language: str) -> QLocale:
    """The locale for the `language` setting: `system` is the computer's."""
    return QLocale.system() if language == "system" else QLocale(language)


def translation_code(locale: QLocale) -> str:
    """Which of Repatriate's translations serves `locale`: `en` where there is none."""
    name = locale.name()  # "bn_IN", "pt_BR", "ur_PK"
    if name in TRANSLATED:
        return name
    language = name.split("_")[0]
    if language == "pt":
        return "pt_BR"  # Portuguese speakers elsewhere read Brazilian Portuguese best of all
    return language if language in TRANSLATED else "en"


_LATIN = "0123456789"
_shown_digits = _LATIN
_language_locale = QLocale()


def language_locale() -> QLocale:
    """The window language's own locale, for month names and date forms: the default locale
    may be an English one with the same territory, where the language's digits are not
    wanted (see `install`)."""
    return _language_locale


def install(application: QCoreApplication, language: str, native_digits: bool = False) -> QLocale:
    """Load the translations for the `language` setting into `application`, make its locale
    the default for numbers and dates, and lay the window out in its direction. The
    translators are kept on the application, so that they live as long as it. With
    `native_digits`, numbers and dates are written in the language's own digits."""
    global _shown_digits, _language_locale
    locale = chosen_locale(language)
    code = translation_code(locale)
    if code == "en":
        locale = QLocale(QLocale.Language.English, locale.territory())
    for earlier in application.property("repatriate_translators") or []:
        application.removeTranslator(earlier)
    translators = []
    # English is translated too: its plurals ("1 file", "2 files") come from Qt's numerus
    # forms. It is installed under every language, so that a string not yet translated
    # shows in English with its plural forms rather than as "%n file(s)".
    for wanted in dict.fromkeys(("en", code)):
        own = QTranslator(application)
        if own.load(str(resource("translations", f"repatriate_{wanted}.qm"))):
            translators.append(own)
    qt = QTranslator(application)
    if code != "en" and qt.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt)
    for translator in translators:
        application.installTranslator(translator)
    application.setProperty("repatriate_translators", translators)
    _language_locale = locale
    # Qt's number and date fields write a locale's own digits (Bengali, Nepali): where those
    # are not asked for, they follow Indian English, which groups numbers the same way
    # (12,34,567). Where a language's locale writes 0-9 (Hindi, Urdu), Qt's fields keep them.
    latin = not native_digits and locale.zeroDigit() != "0"
    QLocale.setDefault(QLocale("en_IN") if latin else locale)
    _shown_digits = NATIVE_DIGITS.get(code, _LATIN) if native_digits else _LATIN
    if hasattr(application, "setLayoutDirection"):
        application.setLayoutDirection(locale.textDirection())
    return locale


def digits(text: str) -> str:
    """`text` with its digits in the ones the window shows: 0-9 unless the `native_digits`
    setting asks for the language's own (whichever digits the locale wrote them in)."""
    return text.translate(_TO_SHOWN[_shown_digits])


def number(value: int | float) -> str:
    """A number as the window shows it: grouped as the language groups it, in its digits."""
    return digits(QLocale().toString(value))


def isolated(text: str) -> str:
    """`text` (a number, a range, an ISO date) kept left to right as one piece inside a
    right-to-left line: between the Unicode isolates LRI and PDI, so that a range of days in
    an Urdu label keeps its low number first instead of coming out reversed."""
    return f"\N{LEFT-TO-RIGHT ISOLATE}{text}\N{POP DIRECTIONAL ISOLATE}"


def number_range(low: int, high: int) -> str:
    """A range of numbers (low, en dash, high) as the window shows it, reading the same in
    either direction."""
    return isolated(f"{number(low)}\N{EN DASH}{number(high)}")


_TO_SHOWN = {
    shown: str.maketrans(
        {source[i]: shown[i] for source in (_LATIN, *NATIVE_DIGITS.values()) for i in range(10)}
    )
    for shown in (_LATIN, *NATIVE_DIGITS.values())
}
