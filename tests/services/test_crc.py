"""Community Resource Centres and their records: made, changed and refused through the services with the words a
user reads, and listed by the derived tables."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import Build, audit, refused
from workbench.services import records, screens
from workbench.services.screens import TableQuery

D = dt.date


@pytest.fixture
def ninewa(session):
    b = Build(session)
    country, governorate, district, town = b.ninewa()
    project = b.iraq_project()
    crc = b.create("crc", code="IQ-CRC-BAR-01", name="Bartella CRC", centre_type="walk-in", location_id=town.id,
                   project_id=project.id, managing_organisation="IOM Iraq", opened_on=D(2023, 5, 2),
                   focal_point="Huda Saleh Al-Hadidi")
    session.flush()
    return {"build": b, "town": town, "district": district, "project": project, "crc": crc}


def test_a_crc_is_made_with_its_audit_and_listed_with_its_place_and_project(session, ninewa):
    crc = ninewa["crc"]
    assert (crc.code, crc.centre_type, crc.closed_on, crc.version) == ("IQ-CRC-BAR-01", "walk-in", None, 1)
    created = audit(session, "resource_centres", crc.id, "create")
    assert len(created) == 1 and '"IQ-CRC-BAR-01"' in created[0].new_value
    rows = screens.fetch_rows(session, "crc", TableQuery(), 0, 10)
    source = screens.TABLES["crc"]
    row = dict(zip(["id", *source.columns], rows[0]))
    assert (row["code"], row["location"], row["project"], row["centre_type"]) == (
        "IQ-CRC-BAR-01", "IQD086S01", "IRQ-BHA-2023-02", "walk-in")
    assert screens.count_rows(session, "crc", TableQuery(text="bartella")) == 1
    assert screens.count_rows(session, "crc", TableQuery(filters={"centre_type": "mobile"})) == 0
    assert screens.record_title(session, "crc", crc.id) == "IQ-CRC-BAR-01"


def test_a_crc_cannot_close_before_it_opened_nor_share_a_code(session, ninewa):
    crc = ninewa["crc"]
    with refused("closed_on", "cannot be before the opening date (2023-05-02)"):
        records.update(session, "crc", crc.id, {"closed_on": D(2023, 5, 1)})
    assert records.get(session, "crc", crc.id).closed_on is None
    with refused("code", "another CRC already has code 'IQ-CRC-BAR-01'"):
        ninewa["build"].create("crc", code="IQ-CRC-BAR-01", name="Second", centre_type="mobile",
                               location_id=ninewa["town"].id, opened_on=D(2023, 6, 1))
    with refused("centre_type", "must be one of: walk-in, virtual hotline, mobile (not 'kiosk')"):
        records.update(session, "crc", crc.id, {"centre_type": "kiosk"})
    records.update(session, "crc", crc.id, {"closed_on": D(2024, 3, 31)})
    session.flush()
    assert records.get(session, "crc", crc.id).version == 2
    changes = audit(session, "resource_centres", crc.id, "update")
    assert [(e.field, e.old_value, e.new_value) for e in changes] == [("closed_on", None, "2024-03-31")]


def test_the_service_map_lists_what_each_provider_offers(session, ninewa):
    b = ninewa["build"]
    provider = b.create("service_provider", code="IQ-SP-HAM-01", organisation="Norwegian Refugee Council (ICLA)",
                        services="legal aid, civil documentation", location_id=ninewa["town"].id,
                        contact="ICLA referral line: +964 750 647 5889", last_verified_on=D(2023, 8, 9))
    assert provider.accepts_referrals is True
    with refused("services", "unknown service 'psychosocial'; use: legal aid, civil documentation, protection"):
        records.update(session, "service_provider", provider.id, {"services": "legal aid, psychosocial"})
    with refused("services", "is required"):
        b.create("service_provider", code="IQ-SP-HAM-02", organisation="Harikar NGO",
                 location_id=ninewa["town"].id)
    with refused("code", "another service provider already has code 'IQ-SP-HAM-01'"):
        b.create("service_provider", code="IQ-SP-HAM-01", organisation="Harikar NGO", services="GBV",
                 location_id=ninewa["town"].id)
    records.update(session, "service_provider", provider.id, {"accepts_referrals": False})
    rows = screens.fetch_rows(session, "service_provider", TableQuery(text="civil documentation"), 0, 10)
    row = dict(zip(["id", *screens.TABLES["service_provider"].columns], rows[0]))
    assert (row["code"], row["location"], row["accepts_referrals"], row["last_verified_on"]) == (
        "IQ-SP-HAM-01", "IQD086S01", False, D(2023, 8, 9))
    assert screens.count_rows(session, "service_provider", TableQuery(text="GBV")) == 0


def _contact(b, crc, on, **values):
    defaults = dict(crc_id=crc.id, contacted_on=on, channel="walk-in", population_group="returnee", sex="female",
                    age_group="18-59", question="How to replace a lost national ID card",
                    information_given="Referred to the ICLA legal aid team")
    return b.create("crc_contact", **(defaults | values))


def test_a_contact_falls_while_its_crc_is_open(session, ninewa):
    b, crc = ninewa["build"], ninewa["crc"]
    with refused("contacted_on", "cannot be before the CRC opened (2023-05-02)"):
        _contact(b, crc, D(2023, 5, 1))
    first = _contact(b, crc, D(2023, 5, 2))
    last = _contact(b, crc, D(2024, 2, 20), channel="outreach", population_group="IDP", sex="male", age_group="60+")
    records.update(session, "crc", crc.id, {"closed_on": D(2024, 3, 31)})
    with refused("contacted_on", "cannot be after the CRC closed (2024-03-31)"):
        _contact(b, crc, D(2024, 4, 1))
    with refused("contacted_on", "cannot be after the CRC closed (2024-03-31)"):
        records.update(session, "crc_contact", first.id, {"contacted_on": D(2024, 4, 2)})
    _contact(b, crc, D(2024, 3, 31), channel="call")  # recorded late, on the day it closed: kept
    # The centre cannot close before a contact it recorded, nor be deleted with its contacts.
    with refused("closed_on", "cannot be before its last contact (2024-03-31)"):
        records.update(session, "crc", crc.id, {"closed_on": D(2024, 3, 1)})
    with refused(None, "This CRC cannot be deleted: it still has 3 contacts; delete or move them first."):
        records.delete(session, "crc", crc.id)
    rows = screens.fetch_rows(session, "crc_contact", TableQuery(filters={"crc_id": crc.id}), 0, 10)
    shown = [dict(zip(["id", *screens.TABLES["crc_contact"].columns], row)) for row in rows]
    assert [(r["contacted_on"], r["channel"], r["crc"]) for r in shown] == [
        (D(2024, 3, 31), "call", "IQ-CRC-BAR-01"), (D(2024, 2, 20), "outreach", "IQ-CRC-BAR-01"),
        (D(2023, 5, 2), "walk-in", "IQ-CRC-BAR-01")]
    assert screens.count_rows(session, "crc_contact", TableQuery(filters={"population_group": "IDP"})) == 1
    assert last.household_id is None


def test_a_household_may_be_linked_and_its_deletion_keeps_the_contact(session, ninewa):
    b, crc = ninewa["build"], ninewa["crc"]
    _, province, territory, _ = b.tanganyika()
    site = b.site(territory)
    household = b.household(site, code="BAR-0001")
    contact = _contact(b, crc, D(2023, 6, 1), household_id=household.id)
    assert contact.household_id == household.id
    records.delete(session, "household", household.id)
    session.expire(contact)
    assert records.get(session, "crc_contact", contact.id).household_id is None
