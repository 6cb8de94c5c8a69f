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
