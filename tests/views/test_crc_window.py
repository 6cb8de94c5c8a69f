"""A CRC's window lists its contacts on a tab, newest first, and adds one there."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton

from tests.builders import Build
from tests.views.conftest import wait_idle
from workbench.views.record_window import RelatedList, open_record

D = dt.date


def test_a_crcs_window_lists_its_contacts(qtbot, context, database):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        crc = b.create("crc", code="IQ-CRC-BAR-01", name="Bartella CRC", centre_type="mobile", location_id=town.id,
                       opened_on=D(2023, 9, 3))
        for on, channel in ((D(2023, 9, 10), "outreach"), (D(2024, 1, 15), "walk-in")):
            b.create("crc_contact", crc_id=crc.id, contacted_on=on, channel=channel, population_group="returnee",
                     sex="male", age_group="18-59", question="Return grant")
        ident = crc.id
    window = open_record(context, "crc", ident)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Details", "Contacts", "Sessions", "Referrals", "History"]
    contacts = window.tabs.widget(1)
    assert isinstance(contacts, RelatedList)
    wait_idle(qtbot, contacts.model)
    model = contacts.model
    assert model.rowCount() == 2
    assert [[model.index(r, c).data() for c in (0, 2, 3)] for r in range(2)] == [
        ["15 Jan 2024", "Walk-in", "Returnee"], ["10 Sep 2023", "Outreach", "Returnee"]]
    assert contacts.findChild(QPushButton, "add_crc_contact") is not None


def test_a_crc_is_added_from_its_screen_and_a_referral_edited_in_its_window(qtbot, context, database):
    """As a CRC team leader would: Ctrl+N on the CRCs' table, type the centre, Ctrl+S; then a referral's priority
    changed in its window, its deadline following. What the window saved is what the database holds."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from tests.views.conftest import type_date, type_into
    from workbench import models as m
    from workbench.views.main_window import MainWindow
    from workbench.views.record_window import RecordWindow

    with database.session("setup") as session, session.begin():
        b = Build(session)
        _, _, _, town = b.ninewa()
        provider = b.create("service_provider", code="IQ-SP-HAM-01", organisation="NRC ICLA", services="legal aid",
                            location_id=town.id, accepts_referrals=True)
        town_id, provider_id = town.id, provider.id
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    crcs = window.show_screen("crc")
    wait_idle(qtbot, crcs.model)
    crcs.view.setFocus()
    qtbot.keyClick(crcs.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecordWindow) and w.isVisible())
    wait_idle(qtbot)
    form = new.form
    type_into(qtbot, form.editors["code"], "IQ-CRC-BAR-01")
    type_into(qtbot, form.editors["name"], "Bartella CRC")
    kind = form.editors["centre_type"]
    kind.setCurrentIndex(kind.findData("walk-in"))
    place = form.editors["location_id"]
    place.setCurrentIndex(place.findData(town_id))
    type_date(qtbot, form.editors["opened_on"], D(2023, 5, 2))
    type_into(qtbot, form.editors["focal_point"], "Huda Saleh")
    qtbot.keyClick(new, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: new.ident is not None, timeout=10000)
    with database.session("probe") as session:
        crc = session.scalars(select(m.ResourceCentre)).one()
        assert (crc.code, crc.name, crc.centre_type, crc.location_id, crc.opened_on, crc.focal_point) == (
            "IQ-CRC-BAR-01", "Bartella CRC", "walk-in", town_id, D(2023, 5, 2), "Huda Saleh")
        crc_id = crc.id
    new.close()
    with database.session("setup") as session, session.begin():
        referral = Build(session).create(
            "referral", code="IQ-REF-000001", crc_id=crc_id, referred_on=D(2024, 3, 1), case_code="BAR-C-0101",
            sex="female", age_group="18-59", service="legal aid", provider_id=provider_id, priority="normal")
        ident = referral.id
    edit = open_record(context, "referral", ident)
    qtbot.addWidget(edit)
    wait_idle(qtbot)
    priority = edit.form.editors["priority"]
    priority.setCurrentIndex(priority.findData("urgent"))
    qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: edit.form.editors["due_on"].text() == "2024-03-04", timeout=10000)  # 72 hours
    with database.session("probe") as session:
        saved = session.get(m.Referral, ident)
        assert (saved.priority, saved.due_on, saved.version) == ("urgent", D(2024, 3, 4), 2)
