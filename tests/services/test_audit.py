"""The audit trail: who created, changed or deleted which record, field by field, and from which source."""

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.builders import D, audit, count
from workbench import models as m
from workbench.services import records, users
from workbench.services.permissions import PermissionRefused


@pytest.fixture
def kalemie(build):
    return build.tanganyika()[2]


def test_a_created_record_is_logged_with_all_its_values(session, build, kalemie):
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    site = build.site(kalemie, name="Mukuku", site_type="planned camp", opened_on=D(2019, 11, 4))
    [entry] = audit(session, "sites", site.id)
    assert (entry.user_name, entry.action, entry.field, entry.old_value, entry.source) == (
        "tester", "create", None, None, None)
    if session.get_bind().dialect.name == "postgresql":  # the server's time: its transaction's now()
        assert entry.at == session.scalar(select(func.now())) and entry.at.utcoffset() == dt.timedelta(0)
    else:
        assert before <= entry.at <= dt.datetime.now(dt.timezone.utc) and entry.at.utcoffset() == dt.timedelta(0)
    assert json.loads(entry.new_value) == {
        "id": str(site.id), "name": "Mukuku", "site_type": "planned camp", "location_id": str(kalemie.id),
        "project_id": None, "managing_agency": "IOM", "status": "open", "opened_on": "2019-11-04",
        "closed_on": None, "dtm_site_id": None, "latitude": None, "longitude": None,
        "uid": site.uid}  # the uid names the record on every database (services/sync.py)
    assert len(site.uid) == 32


def test_a_change_is_logged_field_by_field_with_old_and_new_values(session, build):
    project = build.project()
    session.expire_all()  # the old values as the database holds them
    records.update(session, "project", project.id, {
        "title": "Durable solutions in Kalemie and Nyunzu", "budget": Decimal("2750000.50"),
        "end_date": D(2024, 12, 31), "currency": "USD"})  # the currency does not change
    changes = {e.field: (e.old_value, e.new_value) for e in audit(session, "projects", project.id, "update")}
    assert changes == {
        "title": ("Durable solutions and life-saving assistance in Tanganyika",
                  "Durable solutions in Kalemie and Nyunzu"),
        "budget": ("2500000.00", "2750000.50"),
        "end_date": ("2024-06-30", "2024-12-31"),
    }
    assert {e.user_name for e in audit(session, "projects", project.id, "update")} == {"tester"}


def test_saving_the_same_values_logs_nothing(session, build, kalemie):
    site = build.site(kalemie)
    records.update(session, "site", site.id, {"managing_agency": "IOM", "opened_on": D(2020, 3, 1)})
    assert audit(session, "sites", site.id, "update") == []
    assert site.version == 1


def test_a_change_to_empty_and_back(session, build, kalemie):
    site = build.site(kalemie)
    household = build.household(site, phone="+243 81 000 0000", went_go_and_see=False)
    records.update(session, "household", household.id, {"phone": None, "went_go_and_see": True})
    changes = {e.field: (e.old_value, e.new_value) for e in audit(session, "households", household.id, "update")}
    assert changes == {"phone": ("+243 81 000 0000", None), "went_go_and_see": ("False", "True")}


def test_a_deleted_record_is_logged_with_its_last_values(session, build):
    donor = build.donor(code="SIDA", name="Sida")
    records.update(session, "donor", donor.id, {"name": "Swedish International Development Cooperation Agency"})
    records.delete(session, "donor", donor.id)
    entries = audit(session, "donors", donor.id)
    assert [(e.action, e.field) for e in entries] == [("create", None), ("update", "name"), ("delete", None)]
    deleted = entries[-1]
    assert (deleted.new_value, deleted.user_name) == (None, "tester")
    assert json.loads(deleted.old_value) == {
        "id": str(donor.id), "code": "SIDA", "name": "Swedish International Development Cooperation Agency",
        "iati_ref": "", "organisation_type": None, "uid": donor.uid}


def test_the_source_and_user_of_the_session_are_recorded(session, build, kalemie):
    session.info["source"] = "kalonda_registration_2023-05.xlsx"
    users.add_user(session, "mkasongo", "officer")
    session.info["user"] = "mkasongo"
    site = build.site(kalemie)
    household = build.household(site, size=4)
    records.update(session, "household", household.id, {"size": 5})
    entries = audit(session, "sites") + audit(session, "households")
    assert [(e.table_name, e.action, e.user_name, e.source) for e in entries] == [
        ("sites", "create", "mkasongo", "kalonda_registration_2023-05.xlsx"),
        ("households", "create", "mkasongo", "kalonda_registration_2023-05.xlsx"),
        ("households", "update", "mkasongo", "kalonda_registration_2023-05.xlsx"),
    ]


def test_a_session_without_a_user_writes_nothing(session, build):
    del session.info["user"]
    with pytest.raises(PermissionRefused, match="^no user given"):
        build.donor()
    assert count(session, m.Donor) == 0 and audit(session, "donors") == []


def test_file_contents_and_the_log_itself_are_not_logged(session, tmp_path):
    from workbench.services.attachments import attach_file

    location = records.create(session, "location", dict(pcode="CD", name="Congo", admin_level=0))
    before = count(session, m.AuditEntry)
    path = tmp_path / "handover.pdf"
    path.write_bytes(b"%PDF-1.4 handover certificate")
    attachment = attach_file(session, "location", location.id, path)  # name and type only ever come from a file
    [entry] = audit(session, "attachments", attachment.id)
    assert json.loads(entry.new_value)["added_on"] == attachment.added_on.isoformat()
    assert audit(session, "attachment_contents") == []
    assert audit(session, "audit_log") == []
    assert count(session, m.AuditEntry) == before + 1
