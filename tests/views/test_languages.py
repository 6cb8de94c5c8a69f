"""The window in French and Arabic: every text it shows is marked for translation and translated, the language
is chosen in Settings and applied at the next start, Arabic lays the window out right to left."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.views.conftest import wait_idle
from workbench.services import demo, records
from workbench.views import languages
from workbench.views.main_window import MainWindow
from workbench.views.record_window import open_record

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", ROOT / "tools" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
sys.modules["translations"] = translations
_spec.loader.exec_module(translations)


class Recorder(QTranslator):
    """Asked for every text the window translates; answers nothing, so the window stays in English."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return None

    def isEmpty(self):
        return False


def _ours(context: str) -> bool:
    """A context of the workbench's, not of Qt's own widgets and dialogs."""
    return not any(hasattr(module, context) for module in (QtCore, QtGui, QtWidgets)) and not context.startswith("Q")


def walk_the_window(qtbot, context) -> None:
    """Every screen, and a window of each kind of record the demo office has, new and existing."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    for key in window.keys:
        window.show_screen(key)
        wait_idle(qtbot)
    with context.database.session("probe") as s:
        for name, kind in records.KINDS.items():
            ident = s.scalar(select(kind.model.id).limit(1))
            for which in (ident, None):
                record = open_record(context, name, which, parent=window)
                wait_idle(qtbot)
                for i in range(record.tabs.count()) if hasattr(record, "tabs") else ():
                    record.tabs.setCurrentIndex(i)
                    wait_idle(qtbot)
                record.close()
    window.close()


@pytest.fixture
def demo_office(database):
    demo.generate(database.engine, scale=0.05)
    return database


def test_every_text_the_window_shows_is_marked_for_translation(qtbot, context, demo_office):
    recorder = Recorder()
    QApplication.instance().installTranslator(recorder)
    try:
        walk_the_window(qtbot, context)
    finally:
        QApplication.instance().removeTranslator(recorder)
    marked = translations.extract()
    ours = {key for key in recorder.asked if _ours(key[0])}
    # Not a walk that saw nothing: the screens, forms of every kind, tabs, actions and the sidebar.
    assert len(ours) > 350, len(ours)
    assert {("records", "Livelihood grant"), ("MainWindow", "Dashboard")} <= ours
    assert any(context == "actions" for context, _ in ours)
    unmarked = sorted(key for key in recorder.asked if _ours(key[0]) and key not in marked)
    assert not unmarked, "\n".join(f"[{c}] {s!r}" for c, s in unmarked)


# --- the translations themselves ------------------------------------------------------------------------

PLACEHOLDER = r"%\d|\{[a-z_]+\}|<[^>]+>"
# Texts that stay in Latin letters in Arabic: codes, paper names, patterns of placeholders.
LATIN_IN_ARABIC = {"%1 (Ctrl+%2)", "Ctrl+%1: %2", "%1 *", "%1: %2", "%1 %2", "A4", "US Letter", "P-code", "YYYY-MM-DD", "CfW", "EDF",
                   "ILA"}


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_text_is_translated_and_none_is_left_over(lang):
    assert translations.problems(lang) == []


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_translations_keep_placeholders_tags_and_mnemonics(lang):
    import re

    for (context, source), text in translations.read_ts(translations.ts_path(lang)).items():
        where = f"[{context}] {source!r} -> {text!r}"
        assert sorted(re.findall(PLACEHOLDER, text)) == sorted(re.findall(PLACEHOLDER, source)), where
        assert text.count("&") == source.count("&"), where
        assert source.endswith("...") == text.endswith("..."), where
        if lang == "ar" and source not in LATIN_IN_ARABIC:
            # Words, not codes or a pattern of placeholders: an Arabic translation has Arabic letters in it.
            assert re.search("[\u0600-\u06ff]", text), where


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_shipped_qm_files_are_made_from_the_ts_files(lang, tmp_path):
    made = translations.release(lang, tmp_path / f"workbench_{lang}.qm")
    assert made.read_bytes() == translations.qm_path(lang).read_bytes(), \
        "run: .venv/bin/python tools/translations.py release"


# --- choosing a language ----------------------------------------------------------------------------------

@pytest.fixture
def restore_language(qapp):
    locale, direction = QLocale(), qapp.layoutDirection()
    yield
    languages.uninstall(qapp)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


def sidebar(window) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_french_chosen_in_settings_is_spoken_from_the_next_start(qtbot, context, office, restore_language, qapp):
    from workbench.views.settings_screen import SettingsScreen

    screen = SettingsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.language.currentData() == languages.SYSTEM
    screen.language.setCurrentIndex(screen.language.findData("fr"))
    assert screen.language_note.text() == "The workbench will speak Français the next time it starts."
    assert languages.chosen() == "fr"

    # The next start: the program installs the language chosen before it builds the window.
    assert languages.install(qapp) == "fr"
    window = MainWindow(context)
    qtbot.addWidget(window)
    names = sidebar(window)
    assert "Tableau de bord" in names and "Ménages" in names, names
    assert window.menuBar().actions()[0].text().replace("&", "") == "Fichier"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.French


def test_arabic_lays_the_window_out_right_to_left(qtbot, context, office, restore_language, qapp):
    languages.choose("ar")
    assert languages.install(qapp) == "ar"
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft and window.isRightToLeft()
    names = sidebar(window)
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in name) for name in names), names
    # Back to English at the start after: the choice is kept, and "As the system" is English here.
    languages.choose(languages.SYSTEM)
    assert languages.install(qapp) == languages.resolved(languages.SYSTEM)


def test_arabic_writes_latin_digits_as_the_reports_do(restore_language, qapp):
    import datetime as dt
    from decimal import Decimal

    from workbench.views import words

    languages.install(qapp, "ar")
    assert words.number_text(Decimal("1234.5"), 2) == "1,234.50"
    assert words.money_text(Decimal("33000"), "USD") == "\u200e33,000.00 USD"  # reads left to right in a RTL line
    day = words.date_text(dt.date(2023, 6, 7))
    assert "2023" in day and not any("\u0660" <= ch <= "\u0669" for ch in day), day
    assert words.parse_number("١٢٬٣٤٥٫٥") == Decimal("12345.5") == words.parse_number("12,345.5")


def test_french_numbers_and_a_column_of_longer_words(qtbot, context, demo_office, restore_language, qapp):
    from decimal import Decimal

    from workbench.views import words
    from workbench.views.tables import TableScreen

    languages.install(qapp, "fr")
    assert words.number_text(Decimal("1234.5"), 2) == f"1{QLocale().groupSeparator()}234,50"
    screen = TableScreen(context, "household")
    qtbot.addWidget(screen)
    screen.resize(1400, 800)
    screen.show()
    wait_idle(qtbot, screen.model)
    column = screen.model.keys.index("intention")
    shown = {screen.model.displayed(row, "intention") for row in range(screen.model.rowCount())}
    assert "Relocalisation" in shown, shown
    # The English default width cut "Relocalisation" to "Relocalisati..."; the column now fits its words as the
    # view draws them (bold, with the cell's margins).
    assert screen.view.horizontalHeader().sectionSize(column) >= screen.view.sizeHintForColumn(column)


# --- the services' messages --------------------------------------------------------------------------------

def test_the_message_templates_are_those_the_code_raises():
    assert translations.templates_current(), "run: .venv/bin/python tools/translations.py update"


def test_no_template_is_so_bare_that_it_matches_any_sentence_with_a_colon():
    # "%1: %2" once matched the French form's own hint and put a second space before each colon
    bare = [t for t in translations.message_templates() if not any(ch.isalpha() for ch in re.sub(r"%\d", "", t))]
    assert bare == []


def test_a_rule_broken_in_a_french_window_is_said_in_french(qtbot, context, office, restore_language, qapp):
    from workbench.services.errors import DomainError
    from workbench.views.messages import error_text, translated
    from workbench.views.record_window import RecordWindow

    english = "cannot be before the site opened (2019-06-01)"
    assert translated(english) == english  # an English window shows it as the services wrote it
    languages.install(qapp, "fr")
    french = translated(english)
    assert french != english and "2019-06-01" in french and "site" in french, french
    # A value that is a message word of its own is translated inside the sentence.
    typed = translated("must be a whole number, not 'abc'")
    assert "'abc'" in typed and "a whole number" not in typed and "must be" not in typed, typed
    # The earlier date a rule names is one of the message words too: the whole sentence is French.
    before = translated("cannot be before the household's registration date (2023-01-05)")
    assert "2023-01-05" in before and "household" not in before and "cannot" not in before, before
    # So is a record's name: the refusal to delete a household reads "Cet enregistrement (ménage) ...".
    refusal = translated("This household cannot be deleted: cash was paid to this household; it cannot be deleted.")
    assert "ménage" in refusal and "household" not in refusal and "cash" not in refusal, refusal
    # And a stored value inside a message, as the tables show it.
    work = translated("This work cannot be deleted: the work is ongoing; suspend it instead.")
    assert "En cours" in work and "ongoing" not in work, work
    assert translated("no grants") == "aucune subvention"  # an empty value: the whole office, all dates
    assert translated("something the services never say") == "something the services never say"
    assert error_text(DomainError("is required", "size")).startswith("size: ")
    assert error_text(DomainError("is required", "size")) != "size: is required"

    # As a user meets it: a household saved without its size, in a French form.
    window = RecordWindow(context, "household")
    qtbot.addWidget(window)
    window.show()
    window.form.show_problem("size", "is required")
    label = window.form.problems["size"]
    assert label.isVisible() and label.text() == translated("is required") != "is required"


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_busy_and_file_messages_are_said_in_the_windows_language(restore_language, qapp, lang, tmp_path):
    """Another user's save, an output refused, a file misread: the window says them in French and Arabic too."""
    from workbench.db import BUSY_MESSAGE, DatabaseBusy
    from workbench.files import OutputRefused, check_output
    from workbench.views.messages import error_text, translated

    existing = tmp_path / "households.xlsx"
    existing.write_text("x")
    with pytest.raises(OutputRefused) as refused:
        check_output(existing)
    messages = [BUSY_MESSAGE, str(refused.value),
                "line 5 of households.csv is not UTF-8 text like the rest of the file (it was probably copied from "
                "a file saved in another encoding); correct that line, save the file as UTF-8 and import it again",
                "the household was changed since this file was exported (version 1 in the file, 2 now); export it "
                "again and make the change there"]
    languages.install(qapp, lang)
    for english in messages:
        said = translated(english)
        assert said != english and "another user" not in said and "choose another file" not in said, said
        assert not re.search(r"\b(the|is|and|since)\b", said), said
    assert str(existing) in translated(str(refused.value))
    assert error_text(DatabaseBusy(BUSY_MESSAGE)) == translated(BUSY_MESSAGE)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_no_table_shows_two_columns_under_the_same_header(restore_language, qapp, lang):
    """Arabic's الحالة is both a referral's case and its status: the Referrals table had two columns headed
    alike. Every kind's columns, as the window's language words them, are told apart."""
    from workbench.kinds import KINDS

    languages.install(qapp, lang)
    alike = {}
    for kind in KINDS.values():
        headers = [QtCore.QCoreApplication.translate("columns", c.header) for c in kind.columns]
        repeated = sorted({h for h in headers if headers.count(h) > 1})
        if repeated:
            alike[kind.name] = repeated
    assert alike == {}
