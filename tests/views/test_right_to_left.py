"""The Arabic window as it is drawn, read left to right on the screen: age ranges, the database's path and Latin
names in a table keep their order, and a Latin name too long for its column is cut at its end."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem

from tests.builders import Build
from tests.views.conftest import wait_idle
from workbench.views import languages
from workbench.views.main_window import MainWindow
from workbench.views.record_window import RecordWindow
from workbench.views.tables import TableScreen

LONG_TITLE = "Durable solutions and life-saving assistance for displaced households in Tanganyika province"


@pytest.fixture
def arabic(qapp):
    locale, direction = QLocale(), qapp.layoutDirection()
    languages.install(qapp, "ar")
    yield
    languages.uninstall(qapp)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


def drawn_order(text: str, font, direction=Qt.LayoutDirection.RightToLeft) -> list[int]:
    """The indices of `text`'s characters in the order Qt draws them, from left to right, in a paragraph of
    `direction` (what a label or a cell of the Arabic window does with it)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    order: list[int] = []
    x, end = line.x(), line.x() + line.naturalTextWidth() + 2 * line.x()
    while x < end:  # which character is under each point, moving right
        i = line.xToCursor(x, QTextLine.CursorPosition.CursorOnCharacter)
        if 0 <= i < len(text) and (not order or order[-1] != i) and i not in order:
            order.append(i)
        x += 0.5
    return order


def reads_left_to_right(text: str, part: str, font) -> bool:
    """`part` of `text` is drawn as one left-to-right run: its characters side by side and in their order (so
    neither reversed nor with its brackets mirrored)."""
    start = text.index(part)
    wanted = [i for i in range(start, start + len(part)) if part[i - start].strip()]
    order = [i for i in drawn_order(text, font) if i in wanted]
    return order == wanted


@pytest.fixture
def office(database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, territory, _ = b.tanganyika()
        drc = b.project(title=LONG_TITLE)
        b.household(b.site(territory, project_id=drc.id), project_id=drc.id, registered_on=dt.date(2022, 5, 10))
    return database


def test_age_ranges_read_0_17_18_59_and_60_plus(qtbot, context, office, arabic):
    window = RecordWindow(context, "household")
    qtbot.addWidget(window)
    window.show()
    labels = {label.buddy().objectName(): label.text() for label in window.form.findChildren(QLabel)
              if label.buddy() is not None}
    font = window.font()
    for field, shown in (("field_girls", "(0-17)"), ("field_women", "(18-59)"), ("field_older_men", "(60+)")):
        text = labels[field]
        assert shown in text, text
        assert reads_left_to_right(text, shown, font), f"{text!r} draws {shown} as " + "".join(
            text[i] for i in drawn_order(text, font))


def test_the_database_path_keeps_its_slashes_in_place(qtbot, context, office, arabic):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    text = window.database_label.text()
    path = context.database.display_name
    assert path.startswith("/") or "://" in path, path
    assert reads_left_to_right(text, path, window.database_label.font()), "".join(
        text[i] for i in drawn_order(text, window.database_label.font()))


def test_a_latin_name_in_an_arabic_table_is_cut_at_its_end(qtbot, context, office, arabic):
    screen = TableScreen(context, "project")
    qtbot.addWidget(screen)
    screen.resize(1100, 600)
    screen.show()
    wait_idle(qtbot, screen.model)
    view = screen.view
    column = screen.model.keys.index("title")
    view.horizontalHeader().resizeSection(column, 160)
    index = screen.model.index(0, column)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)  # as the view paints a cell: its direction, font and elide mode
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)
    assert option.text == LONG_TITLE
    # What the style draws: the text cut to the cell's width, laid out in the option's direction.
    shown = QFontMetrics(option.font).elidedText(option.text, option.textElideMode, option.rect.width() - 8)
    assert shown.endswith("…") and len(shown) < len(LONG_TITLE), shown
    drawn = "".join(shown[i] for i in drawn_order(shown, option.font, option.direction))
    assert drawn.startswith("Durable") and drawn.endswith("…"), drawn
    # Still on the Arabic side of the cell, as the other cells of the column.
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight or not (
        option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute), option.displayAlignment
