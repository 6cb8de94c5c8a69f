"""Every declared record kind can be created, opened and deleted from the window (issue 17): generated from the
catalogue, so a new kind without a way in fails here, by name."""

import pytest
from PySide6.QtWidgets import QApplication

from tests.views.test_scenario import click
from workbench.kinds import KINDS, referenced_kind
from workbench.views.main_window import MainWindow, screen_names
from workbench.views.record_window import RecordWindow
from workbench.views.setup_screen import TABS
from workbench.views.stock import StockScreen

# Kinds made another way than a form, with the reason.
OTHER_WAYS = {"attachment": "attached from a file on its record's Documents and photos tab, never typed",
              "user": "added, changed and deactivated on Office set-up's Users tab, by an administrator"}


def table_route(kind: str) -> str | None:
    """The sidebar screen or Office set-up tab whose table lists the kind, if any."""
    if kind in dict(screen_names()):
        return kind
    if kind in StockScreen.KINDS:
        return "stock"
    return "setup" if kind in TABS else None


def route(kind: str) -> list[str]:
    """How a user reaches the kind: a table, or the tab of its parent's window, reached in turn."""
    if table_route(kind):
        return [table_route(kind)]
    declared = KINDS[kind]
    parent = referenced_kind(declared, declared.parent) if declared.parent else None
    if parent is None or not declared.tab_title:
        return []
    above = route(parent.name)
    return [*above, f"{parent.name} tab {declared.tab_title}"] if above else []


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_has_a_way_in(kind):
    if kind in OTHER_WAYS:
        return
    assert route(kind), f"{kind}: no sidebar screen, Office set-up tab or parent's tab lists it"


@pytest.mark.parametrize("kind", sorted(k for k in KINDS if table_route(k)))
def test_new_opens_the_kinds_form_from_its_table(qtbot, context, kind):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    screen = window.show_screen(table_route(kind))
    table = screen.show_tab(kind) if table_route(kind) in ("setup", "stock") else screen
    assert table.open_button.isVisible() and table.delete_button.isVisible()
    click(qtbot, table.new_button)
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordWindow) and w.isVisible()]
    assert [w.kind for w in opened] == [kind]
    assert opened[0].form.editors, f"{kind}'s form has no fields"
    opened[0].close()
