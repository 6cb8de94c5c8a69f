"""Amounts and rates in forms, as a user types and reads them in English, French and Arabic: an exchange rate keeps
every digit (a save never sends back a rounded rate), and a number written the other language's way is refused with a
hint instead of being misread."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import select

from tests.builders import Build
from tests.views.conftest import type_into, wait_idle, when_dialog
from workbench import models as m
from workbench.views import languages, words
from workbench.views.record_window import open_record

D = dt.date
RATE = Decimal("0.00076336")


@pytest.fixture
def language(qapp):
    """Sets the window's number language for one test (as languages.install does at start) and restores it."""
    before, direction = QLocale(), qapp.layoutDirection()

    def use(name: str) -> None:
        languages.install(qapp, name[:2])
        QLocale.setDefault(QLocale(name))

    yield use
    languages.uninstall(qapp)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def iqd_grant(database):
    """A cash-for-work grant paid in Iraqi dinars in a dollar project, as IQ-CFW-000001 of the demo."""
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        project = b.iraq_project()
        grant = b.grant(project, town, code="IQ-CFW-000001", programme="CfW", business_name=None, jobs_created=None,
                        amount=None, currency="IQD", days_worked=40, daily_rate=Decimal("25000"),
                        exchange_rate=RATE, rate_date=D(2023, 2, 1), recipient_phone="+964 750 111 2233")
        return grant.id


def _saved(database, ident):
    with database.session("probe") as session:
        return session.get(m.LivelihoodGrant, ident)


@pytest.mark.parametrize("lang, shown", [("en_GB", "0.00076336"), ("fr_FR", "0,00076336"), ("ar_IQ", "0.00076336")])
def test_an_edit_of_a_grant_in_another_currency_saves_and_keeps_its_rate(qtbot, context, database, iqd_grant,
                                                                          language, lang, shown):
    language(lang)
    window = open_record(context, "grant", iqd_grant)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    assert window.form.editors["exchange_rate"].text() == shown
    type_into(qtbot, window.form.editors["recipient_phone"], "+964 750 999 0000")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot)  # the save runs in the background
    assert window.form.problem_text() == ""
    grant = _saved(database, iqd_grant)
    assert grant.recipient_phone == "+964 750 999 0000"
    assert grant.exchange_rate == RATE
    assert grant.amount == Decimal("1000000.00")
    window.close()


def test_a_rate_typed_with_more_digits_is_stored_exactly(qtbot, context, database, iqd_grant, language):
    language("fr_FR")
    window = open_record(context, "grant", iqd_grant)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    type_into(qtbot, window.form.editors["exchange_rate"], "0,000763")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot)  # the save runs in the background
    assert window.form.problem_text() == ""
    assert _saved(database, iqd_grant).exchange_rate == Decimal("0.000763")
    window.close()


@pytest.mark.parametrize("lang, typed, hint", [
    ("en_GB", "100000,50", "the decimals follow \u201c.\u201d here, and \u201c,\u201d separates thousands: "
                           "write 1.5 or 1,500"),
    ("en_GB", "1,5", "the decimals follow \u201c.\u201d here, and \u201c,\u201d separates thousands: "
                     "write 1.5 or 1,500"),
    ("fr_FR", "1.5", "les décimales suivent « , » ici, et « . » sépare les milliers : écrivez 1,5 ou 1\u202f500"),
    ("ar_IQ", "1,5", "الكسور العشرية تأتي بعد «.» هنا، و«,» يفصل الآلاف: اكتب 1.5 أو 1,500"),
])
def test_an_amount_written_the_other_way_is_refused_with_a_hint_and_nothing_saved(
        qtbot, context, database, office, language, lang, typed, hint):
    language(lang)
    grant_id = _first_grant(database)
    window = open_record(context, "grant", grant_id)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    type_into(qtbot, window.form.editors["amount"], typed)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot)  # the save runs in the background
    said = window.form.problem_text("amount")
    assert hint in said, said
    assert _saved(database, grant_id).amount == Decimal("15000.00")
    when_dialog(lambda box: box.button(box.StandardButton.Yes).click())  # "Discard changes?"
    window.close()


@pytest.mark.parametrize("lang, typed, stored", [
    ("fr_FR", "15.000", Decimal("15000")),         # how 15 000 FC is often written in DR Congo
    ("fr_FR", "15 000,50", Decimal("15000.50")),
    ("en_GB", "100,000.50", Decimal("100000.50")),
    ("en_GB", "15.000", Decimal("15")),
    ("ar_IQ", "15,000.5", Decimal("15000.5")),
])
def test_an_amount_in_the_windows_language_is_saved_as_typed(qtbot, context, database, office, language,
                                                            lang, typed, stored):
    language(lang)
    grant_id = _first_grant(database)
    window = open_record(context, "grant", grant_id)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    type_into(qtbot, window.form.editors["amount"], typed)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot)  # the save runs in the background
    assert window.form.problem_text() == ""
    assert _saved(database, grant_id).amount == stored
    window.close()


def _first_grant(database) -> int:
    with database.session("probe") as session:
        return session.scalar(select(m.LivelihoodGrant.id))


@pytest.mark.parametrize("lang, text, number", [
    ("en_GB", "1,234,567.89", Decimal("1234567.89")), ("en_GB", "-12.5", Decimal("-12.5")),
    ("en_GB", "1 500", Decimal("1500")), ("fr_FR", "1.234.567,89", Decimal("1234567.89")),
    ("fr_FR", "0,5", Decimal("0.5")), ("fr_FR", "15\u202f000", Decimal("15000")), ("fr_FR", "15\xa0000", Decimal("15000")), ("ar_IQ", "1,500.25", Decimal("1500.25")),
    ("ar_IQ", "١٥٬٠٠٠٫٥", Decimal("15000.5")),  # Arabic-Indic digits and separators (QTest cannot type them)
])
def test_numbers_read_in_each_language(language, lang, text, number):
    language(lang)
    assert words.parse_number(text) == number


@pytest.mark.parametrize("lang, text", [
    ("en_GB", "1,5"), ("en_GB", "12,34,567"), ("en_GB", "1.2.3"), ("en_GB", "1,500,"), ("en_GB", "abc"),
    ("en_GB", "1e5"), ("en_GB", "inf"), ("fr_FR", "1.5"), ("fr_FR", "1,5,0"), ("fr_FR", "1.500,5.0"),
    ("ar_IQ", "1,5"), ("en_GB", "1,500.000.5"), ("en_GB", "NaN"),
])
def test_numbers_that_could_be_misread_are_refused(language, lang, text):
    language(lang)
    with pytest.raises(words.NumberTextError):
        words.parse_number(text)


def _asked(window) -> set[str]:
    form = window.form
    return {key for key in ("business_name", "jobs_created", "jobs_retained", "ila_kind", "days_worked", "daily_rate",
                            "work_site") if form._rows[key][0].isRowVisible(form._rows[key][1])}


def test_a_grant_form_asks_only_its_programme_fields_and_a_cfw_amount_follows_the_days(qtbot, context, database,
                                                                                         iqd_grant):
    window = open_record(context, "grant", iqd_grant)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot)
    assert _asked(window) == {"days_worked", "daily_rate", "work_site"}  # CfW: no business name, no ILA kind
    form = window.form
    assert form.editors["amount"].text() == "1,000,000"  # 40 days x 25,000 IQD (dinars are whole)
    type_into(qtbot, form.editors["days_worked"], "42")
    assert form.editors["amount"].text() == "1,050,000"  # follows as it is typed
    type_into(qtbot, form.editors["daily_rate"], "26000")
    assert form.editors["amount"].text() == "1,092,000"
    window.save()
    wait_idle(qtbot)
    saved = _saved(database, iqd_grant)
    assert (saved.days_worked, saved.daily_rate, saved.amount) == (42, Decimal("26000"), Decimal("1092000"))
    programme = form.editors["programme"]
    programme.setCurrentIndex(programme.findData("EDF"))
    assert _asked(window) == {"business_name", "jobs_created", "jobs_retained"}
    programme.setCurrentIndex(programme.findData("ILA"))
    assert _asked(window) == {"ila_kind"}
