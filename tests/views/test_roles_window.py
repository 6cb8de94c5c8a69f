"""The window offers what the user's role may do: a viewer sees Delete disabled and why; an officer of Kilwa neither
sees nor opens a Kalonda household; an administrator manages the users. In English, French and Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from tests.builders import Build
from tests.views.conftest import type_into, wait_idle, when_dialog
from workbench.services import users
from workbench.views import languages
from workbench.views.context import Context
from workbench.views.record_window import RecordWindow, open_record
from workbench.views.tables import TableScreen

DELETE_WORDS = {
    "en": ("Delete", "Your role (viewer) does not allow deleting these records"),
    "fr": ("Supprimer", "Votre rôle (lecteur) ne permet pas de supprimer ces enregistrements"),
    "ar": ("حذف", "دورك (مُطّلع) لا يسمح بحذف هذه السجلات"),
}
SCOPE_WORDS = {
    "en": "This household is outside your scope (site:Kilwa)",
    "fr": "Cet enregistrement (ménage) est hors de votre périmètre (site:Kilwa)",
    "ar": "هذا السجل (أسرة) خارج نطاقك (site:Kilwa)",
}


@pytest.fixture
def language(qapp, request):
    """The window in this language; afterwards English again, with the locale and direction it had."""
    locale, direction = QLocale(), qapp.layoutDirection()
    languages.install(qapp, request.param)
    yield request.param
    languages.uninstall(qapp)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def two_sites(database):
    """Kalonda and Kilwa with a household each; a viewer and an officer of Kilwa, added by the administrator."""
    with database.session("officer") as session, session.begin():
        b = Build(session)
        _, province, territory, _ = b.tanganyika()
        kal = b.household(b.site(territory), code="KAL-0001")
        kil = b.household(b.site(b.nyunzu(province), name="Kilwa"), code="KIL-0001", head_name="Furaha Amisi")
        users.add_user(session, "neema", "viewer")
        users.add_user(session, "furaha", "officer", ["site:Kilwa"])
        ids = {"KAL-0001": kal.id, "KIL-0001": kil.id}
    return ids


def shown_codes(screen) -> list[str]:
    column = screen.model.column_index("code")
    return [screen.model.index(row, column).data() for row in range(screen.model.rowCount())]


@pytest.mark.parametrize("language", ["en", "fr", "ar"], indirect=True)
def test_a_viewer_sees_delete_disabled_and_why(qtbot, database, two_sites, language):
    screen = TableScreen(Context(database, user="neema"), "household")
    qtbot.addWidget(screen)
    wait_idle(qtbot, screen.model)
    assert sorted(shown_codes(screen)) == ["KAL-0001", "KIL-0001"]
    button_text, reason = DELETE_WORDS[language]
    assert screen.delete_button.text() == button_text
    assert not screen.delete_button.isEnabled()
    assert screen.delete_button.toolTip() == reason
    assert not screen.new_button.isEnabled()
    assert screen.export_button.isEnabled()  # a viewer exports, without personal data
    # Names are personal data: a viewer's table shows none.
    column = screen.model.column_index("head_name")
    assert {screen.model.index(row, column).data() for row in range(screen.model.rowCount())} <= {None, ""}


def test_the_administrator_sees_delete_enabled(qtbot, database, two_sites):
    screen = TableScreen(Context(database, user="officer"), "household")
    qtbot.addWidget(screen)
    wait_idle(qtbot, screen.model)
    assert screen.delete_button.isEnabled() and screen.new_button.isEnabled()


@pytest.mark.parametrize("language", ["en", "fr", "ar"], indirect=True)
def test_an_officer_of_kilwa_cannot_see_or_open_a_kalonda_household(qtbot, database, two_sites, language):
    context = Context(database, user="furaha")
    screen = TableScreen(context, "household")
    qtbot.addWidget(screen)
    wait_idle(qtbot, screen.model)
    assert shown_codes(screen) == ["KIL-0001"]
    type_into(qtbot, screen.search, "KAL-0001")
    screen.apply()
    wait_idle(qtbot, screen.model)
    assert shown_codes(screen) == []
    seen: list[str] = []
    when_dialog(lambda box: (seen.append(box.text()), box.accept()))
    assert open_record(context, "household", two_sites["KAL-0001"], parent=screen) is None
    assert seen == [SCOPE_WORDS[language]]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordWindow) and w.isVisible()]
    window = open_record(context, "household", two_sites["KIL-0001"], parent=screen)
    qtbot.addWidget(window)
    assert window.delete_button.toolTip() == {
        "en": "Your role (officer) does not allow deleting these records",
        "fr": "Votre rôle (chargé de programme) ne permet pas de supprimer ces enregistrements",
        "ar": "دورك (موظف برامج) لا يسمح بحذف هذه السجلات"}[language]
    assert not window.delete_button.isEnabled() and window.save_button.isEnabled()


def test_an_unknown_name_in_the_settings_is_refused(qtbot, database, two_sites):
    from workbench.views.settings_screen import SettingsScreen

    context = Context(database, user="officer")
    screen = SettingsScreen(context)
    qtbot.addWidget(screen)
    seen: list[str] = []
    when_dialog(lambda box: (seen.append(box.text()), box.accept()))
    screen.user.setText("intern")
    screen.user.editingFinished.emit()
    assert seen == ["'intern' is not a user of this database; an administrator adds users (workbench user add)"]
    assert context.user == "officer" and screen.user.text() == "officer"


def test_an_administrator_adds_changes_and_deactivates_users(qtbot, database, two_sites):
    from PySide6.QtWidgets import QMessageBox

    from workbench.views.setup_screen import SetupScreen

    context = Context(database, user="officer")
    setup = SetupScreen(context)
    qtbot.addWidget(setup)
    screen = setup.users
    assert screen is not None and setup.tabs.tabText(setup.tabs.count() - 1) == "Users"

    def fill(dialog):
        dialog.username.setText("omar.hamdani")
        dialog.full_name.setText("Omar Faisal Al-Hamdani")
        dialog.role.setCurrentIndex(dialog.role.findData("site_manager"))
        dialog.scopes.setText("site:Kilwa, site:Nowhere")
        dialog.accept()  # refused: no site Nowhere; the dialog stays open and says so
        assert dialog.problem.text() == "scope: unknown site 'Nowhere'" and dialog.isVisible()
        dialog.scopes.setText("site:Kilwa")
        dialog.accept()

    when_dialog(fill)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    shown = {screen.table.item(r, 0).text(): [screen.table.item(r, c).text() for c in range(5)]
             for r in range(screen.table.rowCount())}
    assert shown["omar.hamdani"] == ["omar.hamdani", "Omar Faisal Al-Hamdani", "Site manager", "site:Kilwa", "Active"]
    row = [r.username for r in screen.rows].index("omar.hamdani")
    setup.show()
    setup.tabs.setCurrentWidget(screen)
    cell = screen.table.visualItemRect(screen.table.item(row, 0)).center()
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert screen.selected().username == "omar.hamdani"
    when_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(screen.deactivate_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "omar.hamdani is deactivated."
    with database.session("officer") as session:
        assert [(u.username, u.role, u.active) for u in users.list_users(session) if u.username == "omar.hamdani"] \
            == [("omar.hamdani", "site_manager", False)]
    # A viewer has no Users tab.
    viewer = SetupScreen(Context(database, user="neema"))
    qtbot.addWidget(viewer)
    assert viewer.users is None


def test_a_viewer_prints_a_distribution_list_without_names_only(qtbot, database, two_sites):
    from workbench.views.reports import ReportsScreen

    screen = ReportsScreen(Context(database, user="neema"))
    qtbot.addWidget(screen)
    screen.choose("distribution-list")
    assert screen.hide_names.isChecked() and not screen.hide_names.isEnabled()
    assert screen.hide_names.toolTip() == "Your role (viewer) does not allow printing names"
    admin = ReportsScreen(Context(database, user="officer"))
    qtbot.addWidget(admin)
    admin.choose("distribution-list")
    assert admin.hide_names.isEnabled()
