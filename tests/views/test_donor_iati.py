"""A donor's IATI identifier and organisation type, as staff type and pick them on the donor's form."""

from sqlalchemy import select

from tests.views.conftest import type_into, wait_idle
from tests.views.test_office_setup import choose, save
from tests.views.test_scenario import click
from workbench import models as m
from workbench.views.record_window import RecordWindow


def test_the_donor_form_takes_the_iati_identifier_and_says_what_it_cannot_hold(qtbot, context, database):
    window = RecordWindow(context, "donor")
    qtbot.addWidget(window)
    window.show()
    form = window.form
    type_into(qtbot, form.editors["code"], "ECHO")
    type_into(qtbot, form.editors["name"], "European Civil Protection and Humanitarian Aid Operations")
    type_into(qtbot, form.editors["iati_ref"], "XI-IATI/EC_ECHO")
    choose(form.editors["organisation_type"], "other public sector")
    click(qtbot, window.save_button)
    wait_idle(qtbot)
    assert window.ident is None
    assert form.problem_text("iati_ref") == "cannot hold / & | or ?: IATI identifiers never do"
    form.editors["iati_ref"].clear()
    type_into(qtbot, form.editors["iati_ref"], "XI-IATI-EC_ECHO")
    save(qtbot, window)
    with database.session("officer") as session:
        donor = session.scalars(select(m.Donor)).one()
        assert (donor.iati_ref, donor.organisation_type) == ("XI-IATI-EC_ECHO", "other public sector")
