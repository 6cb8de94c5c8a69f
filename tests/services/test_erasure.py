"""Erasure on request and after the retention period: the person's name and phone leave the records, the audit log,
the database file's bytes, the exports and the reports; the figures and the closure report stay as they were."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import String, Text, func, or_, select

from tests.builders import audit
from tests.reports.conftest import pdf_text
from workbench import models as m
from workbench.db import open_database
from workbench.services import erasure, figures, records
from workbench.services.demo import generate
from workbench.services.errors import DomainError

D = dt.date
NEW_NAME = "Zawadi Mwajuma Erasetest"
NEW_PHONE = "+243 811 000 4242"


def _occurrences(session, needle: str) -> list[str]:
    """Every table.column of the database (records, steps, audit log) whose text holds `needle`."""
    found = []
    for table in m.Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, (String, Text)):
                n = session.scalar(select(func.count()).select_from(table).where(column.contains(needle)))
                if n:
                    found.append(f"{table.name}.{column.name}")
    return found


@pytest.fixture
def demo_file(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    db = open_database(url, create=True)
    generate(db.engine, 0.05)
    db.close()
    return url


def _figures_of(text: str) -> list[str]:
    """The figures a report prints, in their order: every number but the printing date's."""
    text = re.sub(r"Printed on .*", "", text)
    return re.findall(r"\d[\d,.]*", text)


def test_an_erased_household_is_nowhere_in_the_database_file_exports_or_reports(workbench, demo_file, tmp_path):
    db = open_database(demo_file)
    with db.session() as s:
        # A household of Kalonda (closed) on a distribution list, whose name no other record shares.
        names = select(m.Household.head_name).group_by(m.Household.head_name).having(func.count() == 1)
        code, name, phone, distribution = s.execute(
            select(m.Household.code, m.Household.head_name, m.Household.phone, m.Distribution.code)
            .join(m.Site, m.Household.site_id == m.Site.id).join(m.Entitlement, m.Entitlement.household_id ==
                                                                 m.Household.id)
            .join(m.Distribution, m.Entitlement.distribution_id == m.Distribution.id)
            .where(m.Site.name == "Kalonda", m.Household.phone.is_not(None), m.Household.head_name.in_(names))
            .order_by(m.Household.code).limit(1)).one()
        households = s.scalar(select(func.count()).select_from(m.Household))
        people = s.scalar(select(func.sum(m.Household.size)))
    db.close()
    args = ("--db", demo_file)
    assert workbench("add", "user", "username=dpo", "full_name=Data Protection Officer", "role=admin",
                     *args)[0] == 0
    # The audit log keeps the old and new values of a change: the name and phone typed in, and those before. Kalonda
    # is closed, so its households can no longer be changed through the services (issue 17): the change is the one an
    # officer made before the closure, written here through the audited session alone.
    db = open_database(demo_file)
    with db.session("setup", write=True) as s, s.begin():
        household = s.scalars(select(m.Household).where(m.Household.code == code)).one()
        household.head_name, household.phone = NEW_NAME, NEW_PHONE
    db.close()

    def outputs(tag: str) -> tuple[str, str, str]:
        closure, listing, export = (tmp_path / f"closure-{tag}.pdf", tmp_path / f"list-{tag}.pdf",
                                    tmp_path / f"households-{tag}.csv")
        assert workbench("report", "closure", "--out", closure, *args)[0] == 0
        assert workbench("report", "distribution-list", "--distribution", distribution, "--out", listing, *args)[0] == 0
        assert workbench("export", "households", "--out", export, "--personal-data", "all", *args)[0] == 0
        return pdf_text(closure, layout=True), pdf_text(listing), export.read_text(encoding="utf-8-sig")

    closure_before, listing_before, export_before = outputs("before")
    path = Path(demo_file.removeprefix("sqlite:///"))
    assert NEW_NAME in listing_before and NEW_NAME in export_before
    assert NEW_NAME.encode() in path.read_bytes() + _wal(path)  # what the test looks for is there to be found

    code_, said, err = workbench("erase", "household", code, "--user", "grace", "--yes", *args)
    assert code_ == 1 and "only an administrator erases personal data; 'grace' is no active user" in err
    code_, said, err = workbench("erase", "household", code, "--dry-run", "--user", "dpo", *args)
    assert code_ == 0 and f"household {code}" in said and "Dry run: nothing was erased." in said
    code_, said, err = workbench("erase", "household", code, "--user", "dpo", "--yes", *args)
    assert (code_, err) == (0, ""), err
    assert "the database file was compacted" in said

    data = path.read_bytes() + _wal(path)
    for secret in (name, phone, NEW_NAME, NEW_PHONE):
        assert secret.encode() not in data, secret
    closure_after, listing_after, export_after = outputs("after")
    for secret in (name, phone, NEW_NAME, NEW_PHONE):
        assert secret not in listing_after and secret not in export_after and secret not in closure_after
    assert code in listing_after and f"erased on {dt.date.today().isoformat()} by dpo" in export_after
    assert _figures_of(closure_after) == _figures_of(closure_before)
    assert len(_figures_of(closure_before)) > 100
    db = open_database(demo_file)
    with db.session() as s:
        for secret in (name, phone, NEW_NAME, NEW_PHONE):
            assert _occurrences(s, secret) == []
        assert s.scalar(select(func.count()).select_from(m.Household)) == households
        assert s.scalar(select(func.sum(m.Household.size))) == people
        # The chain's own erase entries (audit.redact_entries: which entries lost their values), then the erasure's.
        erases = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "erase").order_by(m.AuditEntry.id)).all()
        event = erases[-1]
        assert (event.user_name, event.table_name) == ("dpo", "households")
        assert json.loads(event.new_value)["what"] == f"on request: household {code}: 2 records, 2 audit entries"
        assert {e.user_name for e in erases} == {"dpo"} and len(erases) >= 2
    db.close()


def _wal(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_retention_erases_the_households_of_sites_closed_long_ago(workbench, demo_file):
    db = open_database(demo_file)
    with db.session("setup", write=True) as s, s.begin():
        records.create(s, "user", {"username": "dpo", "full_name": "Data Protection Officer", "role": "admin"})
    today = D(2026, 12, 2)
    with db.session("dpo") as s:
        # Cinquantenaire closed on 31 Jul 2023, Kalonda on 16 Oct 2023; Kalunga (20 Dec 2023) is not 3 years closed.
        plan = erasure.erase_past_retention(s, 3, today=today, dry_run=True)
        sites = {line.split("(site ")[1].split(",")[0] for line in plan.described}
        assert sites == {"Cinquantenaire", "Kalonda"}
        assert len(plan.records["household"]) == 32 + 49
        s.rollback()
        before = figures.people_supported_to_leave(s)
        kept = s.execute(select(m.Household.code, m.Household.head_name).join(m.Site).where(
            m.Site.name == "Kalunga")).all()
    with db.session("dpo", write=True) as s, s.begin():
        done = erasure.erase_past_retention(s, 3, today=today)
    assert done.records["household"] == plan.records["household"]
    with db.session("dpo") as s:
        erased = s.scalars(select(m.Household.head_name).join(m.Site).where(
            m.Site.name.in_(["Cinquantenaire", "Kalonda"]))).all()
        assert set(erased) == {"erased on 2026-12-02 by dpo"} and len(erased) == 81
        assert s.execute(select(m.Household.code, m.Household.head_name).join(m.Site).where(
            m.Site.name == "Kalunga")).all() == kept
        assert erasure.households_past_retention(s, 3, today) == []  # once erased, never listed again
        assert figures.people_supported_to_leave(s) == before
    db.close()
    code, said, _ = workbench("erase", "--closed-before-years", "1", "--dry-run", "--user", "dpo", "--db",
                              demo_file)
    assert code == 0 and "household KLM-KLG-" in said and "Dry run" in said
    assert "Cinquantenaire" not in said  # erased already
    code, _, err = workbench("erase", "household", "--closed-before-years", "1", "--db", demo_file)
    assert code == 1 and "name a record" in err


def test_erasure_reaches_related_records_and_audit_snapshots(session, build, kalonda):
    """On both backends: the create and update entries of the household, its receipt and its CRC contact."""
    # tester is an administrator of every test database (tests/conftest.py)
    household = build.household(kalonda, code="KAL-0042", head_name="Riziki Amani Kapenda", phone="+243 970 555 121")
    other = build.household(kalonda, code="KAL-0043", head_name="Ilunga Banza Mulongo")
    records.update(session, "household", household.id, {"phone": "+243 970 555 999"})
    project = build.project(code="DRC-NFI-01")
    dist = build.create("distribution", code="KAL-NFI-01", project_id=project.id, site_id=kalonda.id,
                        modality="in kind", planned_on=D(2024, 2, 1), warehouse="Kalemie")
    nfi = build.create("kit_type", code="NFI-STD", name="NFI kit", category="NFI kit", per_household=1)
    build.create("kit_item", kit_type_id=nfi.id, item="Blanket", quantity=2)
    build.create("distribution_kit", distribution_id=dist.id, kit_type_id=nfi.id)
    build.create("entitlement", distribution_id=dist.id, household_id=household.id, kit_type_id=nfi.id, quantity=1)
    receipt = build.create("receipt", distribution_id=dist.id, household_id=household.id, received_on=D(2024, 2, 1),
                           received_by="proxy", proxy_name="Kapenda Neema Wa", proof="signature",
                           recorded_by="Jean-Pierre Kasongo", note="Riziki was sick; her sister came")
    session.flush()
    secrets = ("Riziki Amani Kapenda", "+243 970 555 121", "+243 970 555 999", "Kapenda Neema", "her sister")
    assert all(_occurrences(session, s) for s in secrets)
    sizes = session.scalar(select(func.sum(m.Household.size)))

    session.info["user"] = "grace"
    with pytest.raises(DomainError, match="only an administrator"):
        erasure.erase(session, "household", "KAL-0042")
    session.info["user"] = "tester"
    done = erasure.erase(session, "household", "KAL-0042", on=D(2026, 12, 2))
    assert done.records == {"household": [household.id], "receipt": [receipt.id]}
    for secret in secrets:
        assert _occurrences(session, secret) == [], secret
    note = "erased on 2026-12-02 by tester"
    got = session.get(m.Household, household.id)
    assert (got.head_name, got.phone, got.latitude, got.code, got.size) == (note, note[:40], None, "KAL-0042", 5)
    assert session.get(m.Receipt, receipt.id).recorded_by == "Jean-Pierre Kasongo"  # staff, not the person
    created = audit(session, "households", household.id, "create")[0]
    assert f'"head_name": "{note}"' in created.new_value and '"code": "KAL-0042"' in created.new_value
    assert session.scalar(select(func.sum(m.Household.size))) == sizes
    assert session.get(m.Household, other.id).head_name == "Ilunga Banza Mulongo"
    assert _occurrences(session, "Ilunga Banza Mulongo")
    with pytest.raises(DomainError, match="cannot erase a site"):
        erasure.erase(session, "site", "Kalonda")
    assert session.scalars(select(m.AuditEntry).where(
        m.AuditEntry.action == "erase", or_(m.AuditEntry.new_value.contains("Riziki")))).all() == []


def test_a_grantee_a_referral_and_a_crc_contact_are_erased_with_their_steps(session, build, places):
    """On both backends: a grant's step notes, a referral's case code and outcome, a contact's question."""
    from workbench.services import workflows

    # tester is an administrator of every test database (tests/conftest.py)
    project = build.project(code="DRC-LIV-01")
    grant = build.grant(project, places[3], code="CD-EDF-0001", recipient_name="Amani Furaha Neema",
                        recipient_phone="+243 990 111 222", business_name="Amani's Bakery")
    workflows.change_grant_status(session, grant.id, "vetting", D(2023, 2, 20), note="Amani showed her ID card")
    session.flush()
    assert set(_occurrences(session, "Amani")) == {"livelihood_grants.recipient_name",
                                                   "livelihood_grants.business_name", "grant_status_changes.note",
                                                   "audit_log.new_value"}
    done = erasure.erase(session, "grant", "CD-EDF-0001", on=D(2026, 12, 2))
    assert done.records == {"grant": [grant.id]}
    assert _occurrences(session, "Amani") == [] and _occurrences(session, "990 111") == []
    got = session.get(m.LivelihoodGrant, grant.id)
    assert (got.status, got.amount, got.recipient_sex) == ("vetting", 15000, "male")

    crc = build.create("crc", code="CD-CRC-01", name="CRC Kalemie", location_id=places[2].id,
                       centre_type="walk-in", opened_on=D(2023, 1, 1), focal_point="Neema Furaha Amisi")
    contact = build.create("crc_contact", crc_id=crc.id, contacted_on=D(2023, 5, 2), channel="call", population_group="IDP",
                           sex="female", age_group="18-59", question="Mama Zawadi asks about her lost card")
    session.flush()
    erasure.erase(session, "crc_contact", str(contact.id), on=D(2026, 12, 2))
    assert _occurrences(session, "Zawadi") == []
    assert session.get(m.CrcContact, contact.id).sex == "female"
    assert set(_occurrences(session, "Neema Furaha Amisi")) == {"resource_centres.focal_point",
                                                                "audit_log.new_value"}  # staff, not the person


PHOTO_MARKER = b"scanned identity card of the person erased, 7f3a9c"


def _folder_bytes(folder: Path) -> tuple[bytes, list[str]]:
    """Every file's bytes under `folder` and every name in it (the window's opened copies of attachments)."""
    files = [p for p in folder.rglob("*")] if folder.exists() else []
    return b"".join(p.read_bytes() for p in files if p.is_file()), [p.name for p in files]


def test_an_erased_household_loses_its_attachments_their_copies_and_their_names_in_the_audit_log(
        workbench, demo_file, tmp_path, data_dir):
    from workbench.services import attachments

    db = open_database(demo_file)
    with db.session() as s:
        names = select(m.Household.head_name).group_by(m.Household.head_name).having(func.count() == 1)
        (code, name), (other_code, _) = s.execute(select(m.Household.code, m.Household.head_name)
                                                  .where(m.Household.head_name.in_(names))
                                                  .order_by(m.Household.code).limit(2)).all()
    db.close()
    args = ("--db", demo_file)
    assert workbench("add", "user", "username=dpo", "full_name=Data Protection Officer", "role=admin",
                     *args)[0] == 0
    files = tmp_path / "files"
    files.mkdir()
    photo = files / f"{name} identity card.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + PHOTO_MARKER * 20)
    consent = files / f"{name} consent.txt"  # attached, then deleted by a user: only the audit log keeps its name
    consent.write_text("consent to share, signed by the head of household\n", encoding="utf-8")
    leaflet = files / "return package leaflet.txt"  # the same file attached to another household too
    leaflet.write_text("what the return package holds\n", encoding="utf-8")
    for file in (photo, consent, leaflet):
        assert workbench("attach", "household", code, file, "--description", f"brought by {name}", "--user", "dpo",
                         *args)[0] == 0
    assert workbench("attach", "household", other_code, leaflet, "--user", "dpo", *args)[0] == 0
    db = open_database(demo_file)
    with db.session("dpo") as s, s.begin():
        mine = {a.file_name: a.id for a in s.scalars(select(m.Attachment))}
        records.delete(s, "attachment", mine[consent.name])
    with db.session("dpo") as s:  # the window opens the photo: a private copy in the user's data folder
        opened = attachments.export_attachment(s, mine[photo.name])
    db.close()
    assert opened.read_bytes().startswith(b"\x89PNG") and str(opened).startswith(str(data_dir))
    path = Path(demo_file.removeprefix("sqlite:///"))
    before = path.read_bytes() + _wal(path)
    assert PHOTO_MARKER in before and photo.name.encode() in before and consent.name.encode() in before

    code_, said, err = workbench("erase", "household", code, "--dry-run", "--user", "dpo", *args)
    assert code_ == 0 and "2 attachment" in said, said
    code_, said, err = workbench("erase", "household", code, "--user", "dpo", "--yes", *args)
    assert (code_, err) == (0, ""), err

    data = path.read_bytes() + _wal(path)
    for secret in (PHOTO_MARKER, photo.name.encode(), consent.name.encode(), name.encode()):
        assert secret not in data, secret
    copies, copy_names = _folder_bytes(data_dir)
    assert PHOTO_MARKER not in copies and not [n for n in copy_names if name in n], copy_names
    db = open_database(demo_file)
    with db.session() as s:
        household = s.scalar(select(m.Household.id).where(m.Household.code == code))
        other = s.scalar(select(m.Household.id).where(m.Household.code == other_code))
        left = s.execute(select(m.Attachment.owner_id, m.Attachment.file_name)
                         .where(m.Attachment.owner_table == "households")).all()
        assert left == [(other, leaflet.name)]  # the other household keeps its copy of the shared file
        assert s.scalar(select(func.count()).select_from(m.AttachmentContent)) == 1
        for secret in (name, photo.name, consent.name):
            assert _occurrences(s, secret) == []
        logged = s.scalars(select(m.AuditEntry).where(m.AuditEntry.table_name == "attachments",
                                                      m.AuditEntry.action.in_(("create", "delete")))).all()
        mentions = [json.loads(e.old_value or e.new_value)["file_name"] for e in logged]
        assert sorted(mentions).count(f"erased on {dt.date.today().isoformat()} by dpo") == 4  # 3 created, 1 deleted
        assert leaflet.name in mentions
        event = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "erase")
                          .order_by(m.AuditEntry.id.desc())).first()
        assert "3 records" in json.loads(event.new_value)["what"]  # the household and its two attachments
        assert household is not None  # the record itself stays, counted by the figures
    db.close()
