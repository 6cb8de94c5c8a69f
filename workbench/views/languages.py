"""The window's language: English, French (DR Congo) or Arabic (Iraq), chosen in Settings or taken from the
system, applied when the program starts: our words (resources/i18n/workbench_<lang>.qm, made from the .ts
files by tools/translations.py), Qt's own dialogs (qtbase_<lang>.qm), dates and numbers, and right-to-left
layout for Arabic."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from workbench.views.context import settings
from workbench.views.resources import resources_dir

# Code -> the language's own name, as the Settings screen offers it.
LANGUAGES = {"en": "English", "fr": "Français", "ar": "العربية"}
# Each language's locale for dates and numbers: the offices that use it.
LOCALES = {"en": "en_GB", "fr": "fr_CD", "ar": "ar_IQ"}
SYSTEM = ""  # the setting's value for "as the system"

_installed: list[QTranslator] = []
_current = "en"


def current() -> str:
    """The language the window was started in (English until install() ran)."""
    return _current


def chosen() -> str:
    """The language code set in Settings, or SYSTEM."""
    value = str(settings().value("window/language", SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def choose(code: str) -> None:
    settings().setValue("window/language", code if code in LANGUAGES else SYSTEM)


def resolved(code: str | None = None) -> str:
    """The language the window speaks: the one chosen, else the system's when we have it, else English."""
    code = chosen() if code is None else code
    if code in LANGUAGES:
        return code
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def uninstall(app: QApplication) -> None:
    """Back to the source texts (English); the caller restores the locale and direction it wants."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = "en"


def install(app: QApplication, code: str | None = None) -> str:
    """Load the translations of `code` (default: as chosen) into the application; returns the language used."""
    uninstall(app)
    global _current
    lang = _current = resolved(code)
    if QLocale.system().name().split("_")[0] != lang:
        # Dates and numbers as the language writes them; a system already in that language keeps its own
        # country's ways (fr_FR, en_US).
        QLocale.setDefault(QLocale(LOCALES[lang]))
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "i18n" / f"workbench_{lang}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(QLocale(LOCALES[lang]), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
    return lang
