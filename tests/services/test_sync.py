"""Field laptops (services/sync.py): an office's database, laptops enrolled from it, a week offline, packages both
ways; edits of different fields merge, the same field changed on both sides is a conflict kept for a person; a
package tampered with, from another office, of another schema, out of order or applied twice changes nothing.
The office runs on SQLite and on PostgreSQL; laptops are SQLite, as in the field."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select, text

from tests.builders import Build
from workbench import models as m
from workbench.db import open_database
from workbench.services import records, sync, users
from workbench.services.sync import SyncError

D = dt.date


@pytest.fixture
def office(fresh_url):
    """An office: Kalonda (ECHO project) and Kilwa, two households each, an officer per site."""
    db = open_database(fresh_url, creator="tester")
    with db.session("tester", write=True) as s, s.begin():
        b = Build(s)
        _, province, territory, _town = b.tanganyika()
        project = b.project()
        kalonda = b.site(territory, project_id=project.id)
        kilwa = b.site(b.nyunzu(province), name="Kilwa")
        b.household(kalonda, code="KAL-0001", head_name="Amani Kalonda", size=5)
        b.household(kalonda, code="KAL-0002", head_name="Bahati Kalonda", size=3)
        b.household(kilwa, code="KIL-0001", head_name="Furaha Amisi", size=4)
        users.add_user(s, "aminata", "officer", ["site:Kalonda"])
        users.add_user(s, "joseph", "officer", ["site:Kilwa"])
        users.add_user(s, "viewer1", "viewer")
    yield db
    db.close()


def _laptop(office, tmp_path, name, user, scope):
    path = tmp_path / f"{name}.db"
    with office.session("tester", write=True) as s, s.begin():
        sync.enrol(s, name, scope, user, path, lambda p: open_database(p, creator=user))
    return open_database(path, creator=user)


def _package(db, peer, user="tester") -> bytes:
    with db.session(user, write=True) as s, s.begin():
        data, _ = sync.make_package(s, peer)
    return data


def _apply(db, data, user="tester") -> sync.Applied:
    with db.session(user, write=True) as s, s.begin():
        return sync.apply_package(s, data)


def _header(data: bytes) -> dict:
    return json.loads(data[len(sync.MAGIC):].split(b"\n", 1)[0])


def _household(db, code):
    with db.session() as s:
        return records.as_dict(s.scalars(select(m.Household).where(m.Household.code == code)).one())


def _edit(db, code, user, **values):
    with db.session(user, write=True) as s, s.begin():
        h = s.scalars(select(m.Household).where(m.Household.code == code)).one()
        records.update(s, "household", h.id, values, expected_version=h.version)


def test_a_laptop_holds_only_its_scope_and_edits_travel_both_ways(office, tmp_path):
    laptop = _laptop(office, tmp_path, "KALONDA-1", "aminata", "site:Kalonda")
    try:
        for db in (office, laptop):  # the sync's bookkeeping (private keys, conflicts' values) is never audited
            with db.session() as s:
                assert s.scalar(select(func.count()).select_from(m.AuditEntry).where(
                    m.AuditEntry.table_name.in_(("sync_nodes", "sync_conflicts")))) == 0
        with laptop.session() as s:
            assert sorted(s.scalars(select(m.Household.code))) == ["KAL-0001", "KAL-0002"]
            assert sorted(s.scalars(select(m.Site.name))) == ["Kalonda"]
        # A week offline: the laptop edits one household, the office another field of it and adds one.
        _edit(laptop, "KAL-0001", "aminata", size=6)
        _edit(office, "KAL-0001", "tester", phone="+243 812 000 111")
        with office.session("tester", write=True) as s, s.begin():
            site = s.scalars(select(m.Site).where(m.Site.name == "Kalonda")).one()
            Build(s).household(site, code="KAL-0003", head_name="Neema Kalonda", size=2)
            kilwa = s.scalars(select(m.Site).where(m.Site.name == "Kilwa")).one()
            Build(s).household(kilwa, code="KIL-0002", head_name="Zawadi Amisi", size=7)

        up = _apply(office, _package(laptop, "office", "aminata"))
        assert (up.applied, up.conflicts) == (1, 0), up.summary()
        down = _apply(laptop, _package(office, "KALONDA-1"), "aminata")
        assert down.conflicts == 0, down.summary()

        for db in (office, laptop):  # both hold both edits: different fields merge
            h = _household(db, "KAL-0001")
            assert (h["size"], h["phone"]) == (6, "+243 812 000 111")
        with laptop.session() as s:  # the new Kalonda household came, Kilwa's did not (outside the scope)
            assert sorted(s.scalars(select(m.Household.code))) == ["KAL-0001", "KAL-0002", "KAL-0003"]
        with office.session() as s:  # the office's audit says who made the laptop's edit and where it came from
            entry = s.scalars(select(m.AuditEntry).where(m.AuditEntry.table_name == "households",
                                                         m.AuditEntry.field == "size")).one()
            assert entry.user_name == "aminata" and entry.source.startswith("sync:") and "KALONDA-1" in entry.source
        # Nothing more to send either way: packages are empty and applying them changes nothing.
        again = _apply(office, _package(laptop, "office", "aminata"))
        assert again.applied == 0 and again.conflicts == 0
    finally:
        laptop.close()


def test_the_same_field_changed_on_both_sides_is_a_conflict_a_person_resolves(office, tmp_path):
    laptop = _laptop(office, tmp_path, "KALONDA-1", "aminata", "site:Kalonda")
    try:
        _edit(laptop, "KAL-0002", "aminata", size=4)
        _edit(office, "KAL-0002", "tester", size=9)
        result = _apply(office, _package(laptop, "office", "aminata"))
        assert result.conflicts == 1 and result.applied == 0
        assert _household(office, "KAL-0002")["size"] == 9  # nothing overwritten without asking
        with office.session() as s:
            (conflict,) = sync.open_conflicts(s)
            line = sync.describe(s, conflict)
        assert "KAL-0002" in line and "'9'" in line and "'4'" in line and "aminata" in line, line
        with office.session("tester", write=True) as s, s.begin():
            sync.resolve(s, conflict.id, "theirs")
        assert _household(office, "KAL-0002")["size"] == 4
        with office.session() as s:
            assert sync.open_conflicts(s) == []
        # The laptop gets the resolution and settles on the same value; its own conflict list stays empty.
        back = _apply(laptop, _package(office, "KALONDA-1"), "aminata")
        assert _household(laptop, "KAL-0002")["size"] == 4
        with laptop.session() as s:
            assert sync.open_conflicts(s) == [], back.summary()
    finally:
        laptop.close()


def test_a_package_applied_twice_changes_nothing_and_one_out_of_order_is_refused(office, tmp_path):
    laptop = _laptop(office, tmp_path, "KALONDA-1", "aminata", "site:Kalonda")
    try:
        _edit(laptop, "KAL-0001", "aminata", size=7)
        first = _package(laptop, "office", "aminata")
        _edit(laptop, "KAL-0001", "aminata", size=8)
        second = _package(laptop, "office", "aminata")   # holds both edits: the first was not acknowledged
        _edit(laptop, "KAL-0002", "aminata", size=1)
        assert _apply(office, first).applied == 1
        assert _apply(office, first).already
        assert _apply(office, second).applied == 1
        assert _household(office, "KAL-0001")["size"] == 8
        # The office acknowledges; the laptop's next package starts after what was acknowledged...
        _apply(laptop, _package(office, "KALONDA-1"), "aminata")
        third = _package(laptop, "office", "aminata")
        _edit(laptop, "KAL-0002", "aminata", size=2)
        # ...and a package made after one the office never got is refused, naming what to do.
        with laptop.session("aminata", write=True) as s, s.begin():
            node = sync.node_named(s, "office")
            node.acked_upto = _header(third)["upto"]  # as if the office had acknowledged `third`
        fourth = _package(laptop, "office", "aminata")
        with pytest.raises(SyncError, match="earlier package first"):
            _apply(office, fourth)
        assert _household(office, "KAL-0002")["size"] == 3
        assert _apply(office, third).applied == 1
        assert _apply(office, fourth).applied == 1
        assert _household(office, "KAL-0002")["size"] == 2
    finally:
        laptop.close()


def test_a_tampered_foreign_or_misdirected_package_is_refused_and_changes_nothing(office, tmp_path, fresh_url):
    laptop = _laptop(office, tmp_path, "KALONDA-1", "aminata", "site:Kalonda")
    other = _laptop(office, tmp_path, "KILWA-1", "joseph", "site:Kilwa")
    try:
        _edit(laptop, "KAL-0001", "aminata", size=7)
        data = _package(laptop, "office", "aminata")
        head = len(sync.MAGIC) + data[len(sync.MAGIC):].index(b"\n") + 1
        flipped = data[:head + 10] + bytes([data[head + 10] ^ 1]) + data[head + 11:]
        with pytest.raises(SyncError, match="changed after KALONDA-1 made it"):
            _apply(office, flipped)
        header = json.loads(data[len(sync.MAGIC):head])
        forged = dict(header, upto=header["upto"] + 5)
        with pytest.raises(SyncError, match="signature does not match"):
            _apply(office, sync.MAGIC + json.dumps(forged).encode() + b"\n" + data[head:])
        with pytest.raises(SyncError, match="made for 'office', not for this database"):
            _apply(other, data, "joseph")
        with pytest.raises(SyncError, match="not a workbench sync package"):
            _apply(office, b"PK\x03\x04 a zip someone renamed")
        with laptop.engine.begin() as conn:  # the laptop still runs last month's workbench
            conn.execute(text("UPDATE alembic_version SET version_num = '0018_tranche_payment'"))
        older = _package(laptop, "office", "aminata")
        with pytest.raises(SyncError, match=r"upgrade the workbench on KALONDA-1 \(workbench db upgrade there\)"):
            _apply(office, older)
        assert _household(office, "KAL-0001")["size"] == 5
        with office.session() as s:
            assert s.scalar(select(func.count()).select_from(m.SyncConflict)) == 0
    finally:
        laptop.close()
        other.close()


def test_a_package_from_another_office_is_refused(office, tmp_path):
    second = open_database(tmp_path / "other-office.db", creator="tester")
    try:
        with second.session("tester", write=True) as s, s.begin():
            Build(s).tanganyika()
            users.add_user(s, "aminata", "officer")
            sync.enrol(s, "KALONDA-1", "office", "aminata", tmp_path / "elsewhere.db",
                       lambda p: open_database(p, creator="aminata"))
        foreign = _package(second, "KALONDA-1")
        laptop = _laptop(office, tmp_path, "KALONDA-1", "aminata", "site:Kalonda")
        try:
            with pytest.raises(SyncError, match="another office"):
                _apply(laptop, foreign, "aminata")
        finally:
            laptop.close()
    finally:
        second.close()


def test_no_sensitive_referral_reaches_a_laptop_whose_role_may_not_read_it(office, tmp_path):
    with office.session("tester", write=True) as s, s.begin():
        b = Build(s)
        town = s.scalars(select(m.Location).where(m.Location.admin_level == 3)).first()
        crc = b.create("crc", code="CD-CRC-KAL-01", name="Kalemie CRC", centre_type="walk-in",
                       location_id=town.id, opened_on=D(2023, 5, 2))
        provider = b.create("service_provider", code="CD-SP-01", organisation="Kalemie women's centre",
                            services="GBV, legal aid", location_id=town.id, accepts_referrals=True)
        values = dict(crc_id=crc.id, referred_on=D(2024, 3, 1), sex="female", age_group="18-59",
                      provider_id=provider.id, priority="urgent", consent_given=True, consent_on=D(2024, 3, 1),
                      consent_by="the person")
        b.create("referral", code="CD-REF-000001", case_code="KAL-C-01", service="GBV", **values)
        b.create("referral", code="CD-REF-000002", case_code="KAL-C-02", service="legal aid", **values)
        users.add_user(s, "rosine", "protection")
    officer = _laptop(office, tmp_path, "OFFICER-1", "viewer1", "office")
    focal = _laptop(office, tmp_path, "PROTECTION-1", "rosine", "office")
    try:
        def codes(db):
            with db.session() as s:
                return sorted(s.scalars(select(m.Referral.code)))
        assert codes(officer) == ["CD-REF-000002"]
        assert codes(focal) == ["CD-REF-000001", "CD-REF-000002"]
        with office.session("tester", write=True) as s, s.begin():  # a new GBV case and an edit of the first
            ref = s.scalars(select(m.Referral).where(m.Referral.code == "CD-REF-000001")).one()
            records.update(s, "referral", ref.id, {"priority": "normal"}, expected_version=ref.version)
            Build(s).create("referral", code="CD-REF-000003", case_code="KAL-C-03", service="GBV",
                            **{k: getattr(ref, k) for k in ("crc_id", "referred_on", "sex", "age_group",
                                                            "provider_id", "consent_given", "consent_on",
                                                            "consent_by")}, priority="urgent")
        for laptop, name, user in ((officer, "OFFICER-1", "viewer1"), (focal, "PROTECTION-1", "rosine")):
            data = _package(office, name)
            assert b"GBV" not in data  # encrypted for the laptop: no case words readable on the stick
            _apply(laptop, data, user)
        assert codes(officer) == ["CD-REF-000002"]
        assert codes(focal) == ["CD-REF-000001", "CD-REF-000002", "CD-REF-000003"]
    finally:
        officer.close()
        focal.close()


def _register(db, user, code, name, size=3):
    with db.session(user, write=True) as s, s.begin():
        site = s.scalars(select(m.Site).where(m.Site.name == "Kalonda")).one()
        records.create(s, "household", {"code": code, "head_name": name, "size": size, "site_id": site.id,
                                        "head_sex": "female", "registered_on": D(2024, 3, 4)})


def _codes(db):
    with db.session() as s:
        return dict(s.execute(select(m.Household.code, m.Household.head_name)
                              .where(m.Household.code.like("KAL-%"))).all())


def test_the_same_code_registered_on_two_laptops_asks_for_a_new_code_and_loses_nothing(office, tmp_path):
    with office.session("tester", write=True) as s, s.begin():
        users.add_user(s, "baraka", "officer", ["site:Kalonda"])
    first = _laptop(office, tmp_path, "KALONDA-1", "aminata", "site:Kalonda")
    second = _laptop(office, tmp_path, "KALONDA-2", "baraka", "site:Kalonda")
    try:
        # A week offline: each laptop registers its next household as KAL-0003, two different families.
        _register(first, "aminata", "KAL-0003", "Neema Kalonda")
        _register(second, "baraka", "KAL-0003", "Rehema Kalonda")
        assert _apply(office, _package(first, "office", "aminata")).conflicts == 0
        result = _apply(office, _package(second, "office", "baraka"))
        assert (result.applied, result.conflicts) == (0, 1)
        with office.session() as s:
            (conflict,) = sync.open_conflicts(s)
            assert (conflict.reason, conflict.field, conflict.their_value) == ("code_taken", "code", "KAL-0003")
            assert "give this one a new code" in sync.describe(s, conflict)
        # The second laptop goes on with its family before anyone at the office looks: kept with the conflict.
        _edit(second, "KAL-0003", "baraka", size=4)
        result = _apply(office, _package(second, "office", "baraka"))
        assert (result.held, result.conflicts) == (1, 0)
        with office.session("tester", write=True) as s, s.begin():
            with pytest.raises(SyncError, match="give their record a new code"):
                sync.resolve(s, conflict.id, "theirs")
        with office.session("tester", write=True) as s, s.begin():
            with pytest.raises(SyncError, match="already has code 'KAL-0001'"):
                sync.resolve(s, conflict.id, "value", "KAL-0001")
        with office.session("tester", write=True) as s, s.begin():
            sync.resolve(s, conflict.id, "value", "KAL-0004")
        assert _codes(office) == {"KAL-0001": "Amani Kalonda", "KAL-0002": "Bahati Kalonda",
                                  "KAL-0003": "Neema Kalonda", "KAL-0004": "Rehema Kalonda"}
        assert _household(office, "KAL-0004")["size"] == 4  # as it stands on the laptop, not as first sent
        # Back to the laptops: the second one's family is renamed KAL-0004, and the first laptop's KAL-0003,
        # whose code it held until then, arrives too; nobody has a conflict left.
        for laptop, user in ((second, "baraka"), (first, "aminata")):
            _apply(laptop, _package(office, laptop_name(laptop)), user)
            assert _codes(laptop) == _codes(office)
            with laptop.session() as s:
                assert sync.open_conflicts(s) == []
        with office.session() as s:
            assert sync.open_conflicts(s) == []
    finally:
        first.close()
        second.close()


@pytest.fixture
def kalonda_laptops(office, tmp_path):
    """Two laptops of Kalonda: KALONDA-1 (aminata) and KALONDA-2 (baraka, added for it)."""
    with office.session("tester", write=True) as s, s.begin():
        users.add_user(s, "baraka", "officer", ["site:Kalonda"])
    first = _laptop(office, tmp_path, "KALONDA-1", "aminata", "site:Kalonda")
    second = _laptop(office, tmp_path, "KALONDA-2", "baraka", "site:Kalonda")
    yield first, second
    first.close()
    second.close()


def test_a_new_code_given_at_the_office_keeps_what_the_laptop_edited_since(office, kalonda_laptops):
    """The review's finding 5: the office's resolution created the laptop's family under a new code as the office
    knew it; arriving on the laptop it set every field that differed, so the laptop's edits since its last package
    were overwritten there, and the office kept them (different on each side, no conflict shown). Now the resolution
    carries only what it decided (the code) and the laptop's later edits reach the office."""
    first, second = kalonda_laptops
    _register(first, "aminata", "KAL-0003", "Neema Kalonda")
    _register(second, "baraka", "KAL-0003", "Rehema Kalonda", size=3)
    _apply(office, _package(first, "office", "aminata"))
    assert _apply(office, _package(second, "office", "baraka")).conflicts == 1
    with office.session("tester", write=True) as s, s.begin():
        (conflict,) = sync.open_conflicts(s)
        sync.resolve(s, conflict.id, "value", "KAL-0004")
    # Meanwhile, offline: the family grew and its intention is known, typed on the laptop after its package.
    _edit(second, "KAL-0003", "baraka", size=6, intention="relocate")
    _apply(second, _package(office, "KALONDA-2"), "baraka")
    on_laptop = _household(second, "KAL-0004")
    assert (on_laptop["head_name"], on_laptop["size"], on_laptop["intention"]) == ("Rehema Kalonda", 6, "relocate")
    assert _codes(second) == {"KAL-0001": "Amani Kalonda", "KAL-0002": "Bahati Kalonda",
                              "KAL-0003": "Neema Kalonda", "KAL-0004": "Rehema Kalonda"}
    assert _household(office, "KAL-0004")["size"] == 3  # the office has not heard of the edit yet
    result = _apply(office, _package(second, "office", "baraka"))
    assert result.conflicts == 0
    at_office = _household(office, "KAL-0004")
    assert (at_office["size"], at_office["intention"]) == (6, "relocate")
    for db in (office, second):
        with db.session() as s:
            assert sync.open_conflicts(s) == []


def test_a_household_deleted_at_the_office_and_edited_on_a_laptop_comes_back_with_every_edit(office, kalonda_laptops):
    """Edits against a delete, twice, each a conflict resolved "theirs": the household comes back at the office with
    both edits, the laptop keeps what it typed since, and a second laptop that had not touched it gets it whole."""
    first, second = kalonda_laptops
    with office.session("tester", write=True) as s, s.begin():
        records.delete(s, "household", s.scalars(select(m.Household.id).where(m.Household.code == "KAL-0002")).one())
    _edit(first, "KAL-0002", "aminata", size=6)
    _apply(office, _package(first, "office", "aminata"))
    _edit(first, "KAL-0002", "aminata", intention="relocate")
    _apply(office, _package(first, "office", "aminata"))
    with office.session("tester", write=True) as s, s.begin():
        found = sync.open_conflicts(s)
        assert found and {c.reason for c in found} == {"deleted_here"}
        for conflict in found:
            sync.resolve(s, conflict.id, "theirs")
    back = _household(office, "KAL-0002")
    assert (back["head_name"], back["size"], back["intention"]) == ("Bahati Kalonda", 6, "relocate")
    _edit(first, "KAL-0002", "aminata", size=7)  # typed on the laptop before the office's package arrives
    _apply(first, _package(office, "KALONDA-1"), "aminata")
    assert (_household(first, "KAL-0002")["size"], _household(first, "KAL-0002")["intention"]) == (7, "relocate")
    assert _apply(office, _package(first, "office", "aminata")).conflicts == 0
    assert _household(office, "KAL-0002")["size"] == 7
    _apply(second, _package(office, "KALONDA-2"), "baraka")
    on_second = _household(second, "KAL-0002")
    assert (on_second["size"], on_second["intention"]) == (7, "relocate")
    for db in (office, first, second):
        with db.session() as s:
            assert sync.open_conflicts(s) == []


def laptop_name(db) -> str:
    with db.session() as s:
        return sync.self_node(s).name


def _register_with(db, user, code, name, phone, **values):
    with db.session(user, write=True) as s, s.begin():
        site = s.scalars(select(m.Site).where(m.Site.name == "Kalonda")).one()
        records.create(s, "household", {"code": code, "head_name": name, "size": 3, "site_id": site.id,
                                        "head_sex": "female", "registered_on": D(2024, 3, 4), "phone": phone,
                                        **values})


def test_a_household_registered_on_two_laptops_is_a_possible_duplicate_merged_or_kept_apart(office, tmp_path):
    with office.session("tester", write=True) as s, s.begin():
        users.add_user(s, "baraka", "officer", ["site:Kalonda"])
    first = _laptop(office, tmp_path, "KALONDA-1", "aminata", "site:Kalonda")
    second = _laptop(office, tmp_path, "KALONDA-2", "baraka", "site:Kalonda")
    try:
        # The same family registered at the site on both laptops, typed differently.
        _register_with(first, "aminata", "KAL-0003", "Neema Kalonda", "+243 812 000 333")
        _register_with(second, "baraka", "KAL-0009", "NEEMA  kalonda", "0812-000-333",
                       latitude=-5.93, longitude=29.19)
        # And one the office registered meanwhile, Zawadi's (KAL-0004), and the second laptop a family whose
        # head has the same name and whose phone the officer typed wrong: it looks like Zawadi's.
        _register_with(office, "tester", "KAL-0004", "Zawadi Kalonda", "+243 812 000 444")
        _register_with(second, "baraka", "KAL-0010", "Zawadi Kalonda", "+243 812 000 444")
        _apply(office, _package(first, "office", "aminata"))
        result = _apply(office, _package(second, "office", "baraka"))
        assert (result.applied, result.conflicts) == (0, 2)
        with office.session() as s:
            found = {c.their_value: c for c in sync.open_conflicts(s)}
            assert {(c.reason, c.our_value) for c in found.values()} == {("duplicate", "KAL-0003"),
                                                                          ("duplicate", "KAL-0004")}
            assert "possibly the same household as KAL-0003" in sync.describe(s, found["KAL-0009"])
        same, apart = found["KAL-0009"].id, found["KAL-0010"].id
        for choice, said in (("value", "the same household"), ("theirs", "still has the same head of household")):
            with office.session("tester", write=True) as s, s.begin():
                with pytest.raises(SyncError, match=said):
                    sync.resolve(s, same, choice, "x")
        # The same family: KAL-0003 keeps its code and takes what the second laptop knew and it did not.
        with office.session("tester", write=True) as s, s.begin():
            sync.resolve(s, same, "ours")
        kept = _household(office, "KAL-0003")
        assert (kept["latitude"], kept["longitude"], kept["phone"]) == (-5.93, 29.19, "+243 812 000 333")
        # Another family: the second laptop corrects the phone; its next package creates the household.
        _edit(second, "KAL-0010", "baraka", phone="+243 899 000 010")
        result = _apply(office, _package(second, "office", "baraka"))
        assert result.held == 1
        assert _household(office, "KAL-0010")["phone"] == "+243 899 000 010"
        with office.session() as s:
            assert sync.open_conflicts(s) == []
            assert s.get(m.SyncConflict, apart).resolution == "freed"
        # Back on the laptops: KAL-0009 is gone from the second one, which now holds KAL-0003 as merged.
        for laptop, user in ((second, "baraka"), (first, "aminata")):
            _apply(laptop, _package(office, laptop_name(laptop)), user)
            assert _codes(laptop) == _codes(office)
            assert _household(laptop, "KAL-0003")["latitude"] == -5.93
            with laptop.session() as s:
                assert sync.open_conflicts(s) == []
        assert "KAL-0009" not in _codes(office)
    finally:
        first.close()
        second.close()


def test_a_tranche_paid_on_a_laptop_for_a_grant_cancelled_at_the_office_is_a_conflict_undone_on_the_laptop(
        office, tmp_path):
    from decimal import Decimal

    from workbench.services import workflows

    with office.session("tester", write=True) as s, s.begin():
        b = Build(s)
        _, _, district, _ = b.ninewa()
        project = b.iraq_project()
        grant = b.approved_grant(project, district)
        users.add_user(s, "sara", "officer", [f"project:{project.code}"])
        grant_id = grant.id
    laptop = _laptop(office, tmp_path, "NINEWA-1", "sara", "project:IRQ-BHA-2023-02")
    try:
        with laptop.session("sara", write=True) as s, s.begin():
            laptop_grant = s.scalars(select(m.LivelihoodGrant)).one()
            workflows.pay_grant_tranche(s, laptop_grant.id, Decimal("5000"), D(2023, 4, 3))
        with office.session("tester", write=True) as s, s.begin():
            workflows.change_grant_status(s, grant_id, "cancelled", D(2023, 4, 2), "the business closed")
        result = _apply(office, _package(laptop, "office", "sara"))
        with office.session() as s:
            reasons = sorted((c.table_name, c.reason) for c in sync.open_conflicts(s))
            assert reasons == [("grant_status_changes", "refused"), ("grant_tranches", "refused"),
                               ("livelihood_grants", "both_changed")], reasons
            assert s.scalar(select(func.count()).select_from(m.GrantTranche)) == 0
            assert s.get(m.LivelihoodGrant, grant_id).status == "cancelled"
            refused = next(c for c in sync.open_conflicts(s) if c.table_name == "grant_tranches")
            assert "IQ-EDF-0001, which is cancelled here" in sync.describe(s, refused)
            conflicts = [c.id for c in sync.open_conflicts(s)]
        assert result.conflicts == len(conflicts)
        for conflict in conflicts:  # the office keeps the cancellation
            with office.session("tester", write=True) as s, s.begin():
                sync.resolve(s, conflict, "ours")
        _apply(laptop, _package(office, "NINEWA-1"), "sara")
        with laptop.session() as s:
            assert s.scalar(select(func.count()).select_from(m.GrantTranche)) == 0
            assert s.scalars(select(m.LivelihoodGrant)).one().status == "cancelled"
            assert [sync.describe(s, c) for c in sync.open_conflicts(s)] == []
    finally:
        laptop.close()
