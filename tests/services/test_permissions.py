"""The permission table, through the services: each role may do exactly what matrix() says, on SQLite and PostgreSQL;
and a user scoped to a site or project reads and writes only the records of its scopes."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

import pytest
from sqlalchemy import text

from tests.builders import Build
from workbench import models as m
from workbench.io.export import export_records
from workbench.kinds import KINDS
from workbench.reports.distributions import build_distribution_list_data
from workbench.reports.grants import build_grants_data
from workbench.reports.options import ReportParams
from workbench.services import permissions, records, screens, users, workflows
from workbench.services.errors import DomainError
from workbench.services.permissions import PermissionRefused
from workbench.services.screens import TableQuery

D = dt.date
MISSING = 10**9
_names = itertools.count(1)


def act_as(session, role: str, scopes=()) -> str:
    """A new user of this role (added by the fixture's administrator); the session acts as it from now on. On
    PostgreSQL the session also takes that person's login role (SET ROLE), so the server's grants and policies
    (workbench.server) are what the services meet: nothing the matrix allows may be refused by the server."""
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        session.execute(text("RESET ROLE"))
    session.info["user"] = "tester"
    name = f"{role}-{next(_names)}-{uuid.uuid4().hex[:6]}"  # login roles are the test server's, across databases
    users.add_user(session, name, role, scopes)
    session.info["user"] = name
    if postgres:
        session.execute(text(f'SET LOCAL ROLE "{name}"'))
    return name


def outcome(session, action) -> str:
    """'refused' (PermissionRefused), 'went on' (the services went past the permission and stopped at a rule, a
    missing record...) or 'done'; whatever it did is rolled back."""
    savepoint = session.begin_nested()
    try:
        action()
        return "done"
    except PermissionRefused:
        return "refused"
    except DomainError:
        return "went on"
    finally:
        savepoint.rollback()


STEPS = {
    "grant": lambda s, i: workflows.change_grant_status(s, i, "vetting", D(2024, 1, 1)),
    "site": lambda s, i: workflows.change_site_status(s, i, "closing", D(2024, 1, 1)),
    "work": lambda s, i: workflows.change_work_status(s, i, "ongoing", D(2024, 1, 1)),
    "distribution": lambda s, i: workflows.change_distribution_status(s, i, "ongoing", D(2024, 1, 1)),
    "receipt": lambda s, i: workflows.verify_receipt(s, i, "received", D(2024, 1, 1)),
    "referral": lambda s, i: workflows.change_referral_status(s, i, "sent", D(2024, 3, 2)),
}
NAME_REPORTS = {
    "household": lambda s: build_distribution_list_data(s, ReportParams(distribution_code="NONE", hide_names=False)),
    "grant": lambda s: build_grants_data(s, ReportParams(hide_names=False)),
}


def _personal_values(kind) -> dict:
    return {f.key: (1.0 if f.personal == "coordinate" else "Amani Test") for f in kind.fields if f.personal}


def test_every_kind_is_in_the_table_with_an_area():
    table = list(permissions.matrix())
    for kind in KINDS.values():
        assert kind.area in permissions.AREAS, f"{kind.name} declares no known area ({kind.area!r})"
        assert {(p.role, p.action) for p in table if p.kind == kind.name and p.field_class == "ordinary"} >= {
            (role, action) for role in permissions.ROLES for action in ("read", "create", "edit", "delete", "export")}
    assert {p.kind for p in table} == set(KINDS)


def test_the_refusals_read_as_one_line():
    assert permissions.why_not("viewer", "household", "delete") == "a viewer may not delete households"
    assert permissions.why_not("officer", "household", "export", "personal") == \
        "an officer may not export households with their personal data"
    assert permissions.why_not("officer", "referral", "read", "sensitive") == "an officer may not read sensitive referrals"
    assert permissions.why_not("viewer", "grant", "print_names") == "a viewer may not print the names of grants"
    assert permissions.why_not("me_officer", "indicator", "delete") is None
    assert permissions.why_not("admin", "user", "create") is None


@pytest.mark.parametrize("role", permissions.ROLES)
@pytest.mark.parametrize("kind_name", list(KINDS))
def test_the_services_allow_exactly_what_the_matrix_says(session, role, kind_name, tmp_path):
    kind = KINDS[kind_name]
    act_as(session, role)
    expected = {(p.action, p.field_class): p.allowed for p in permissions.matrix()
                if p.role == role and p.kind == kind_name}
    assert expected, f"{kind_name} is not in the table"
    tried = {}
    tried["read", "ordinary"] = outcome(session, lambda: records.list_records(session, kind_name, limit=1))
    tried["create", "ordinary"] = outcome(session, lambda: records.create(session, kind_name, {}))
    tried["edit", "ordinary"] = outcome(session, lambda: records.update(session, kind_name, MISSING, {}))
    tried["delete", "ordinary"] = outcome(session, lambda: records.delete(session, kind_name, MISSING))
    tried["export", "ordinary"] = outcome(session, lambda: export_records(
        session, kind_name, tmp_path / "out.csv", personal_data="drop"))
    if kind_name in STEPS:
        tried["step", "ordinary"] = outcome(session, lambda: STEPS[kind_name](session, MISSING))
    if ("read", "personal") in expected:
        shown = records.readable_dict(session, kind, kind.model(**_personal_values(kind))) \
            if tried["read", "ordinary"] != "refused" else None
        tried["read", "personal"] = "went on" if shown and all(shown[k] is not None
                                                               for k in _personal_values(kind)) else "refused"
        tried["create", "personal"] = outcome(session, lambda: records.create(session, kind_name,
                                                                              _personal_values(kind)))
        tried["export", "personal"] = outcome(session, lambda: export_records(
            session, kind_name, tmp_path / "names.csv", personal_data="include"))
        if kind_name in NAME_REPORTS:
            tried["print_names", "personal"] = outcome(session, lambda: NAME_REPORTS[kind_name](session))
    if ("create", "sensitive") in expected:
        tried["create", "sensitive"] = outcome(session, lambda: records.create(
            session, kind_name, {"service": m.SENSITIVE_SERVICES[0]}))
    for (action, field_class), result in tried.items():
        assert (result != "refused") == expected[action, field_class], (
            f"{role} {action} {kind_name} ({field_class}): {result}, the matrix says "
            f"{'allowed' if expected[action, field_class] else 'refused'}")
    # What no service above tried (the personal data of a record changed, sensitive records read): the same table.
    for (action, field_class), allowed in expected.items():
        if (action, field_class) not in tried:
            assert permissions.may(session, kind, action, field_class) == allowed


@pytest.fixture
def two_sites(session):
    """Kalonda (Kalemie) and Kilwa (Nyunzu), a household in each, an ECHO project holding Kalonda only."""
    b = Build(session)
    _, province, territory, _ = b.tanganyika()
    project = b.project()
    kalonda = b.site(territory, project_id=project.id)
    kilwa = b.site(b.nyunzu(province), name="Kilwa")
    kal = b.household(kalonda, code="KAL-0001")
    kil = b.household(kilwa, code="KIL-0001", head_name="Furaha Amisi")
    session.flush()
    return {"kalonda": kalonda, "kilwa": kilwa, "kal": kal, "kil": kil, "project": project}


def test_an_officer_of_kilwa_reads_and_writes_only_kilwa(session, two_sites):
    w = two_sites
    act_as(session, "officer", ["site:Kilwa"])
    assert [h.code for h in records.list_records(session, "household")] == ["KIL-0001"]
    assert records.count_records(session, "household") == 1
    assert [r[1] for r in screens.fetch_rows(session, "household", TableQuery(), 0, 50, ["code"])] == ["KIL-0001"]
    assert screens.count_rows(session, "household", TableQuery()) == 1
    assert [s.name for s in records.list_records(session, "site")] == ["Kilwa"]
    with pytest.raises(PermissionRefused, match=r"^household KAL-0001 is outside your scope \(site:Kilwa\)$"):
        records.get(session, "household", w["kal"].id)
    with pytest.raises(PermissionRefused, match="outside your scope"):
        records.update(session, "household", w["kal"].id, {"size": 6})
    with pytest.raises(PermissionRefused, match="outside your scope"):  # nor moved out of Kilwa
        records.update(session, "household", w["kil"].id, {"site_id": w["kalonda"].id})
    with pytest.raises(PermissionRefused, match="outside your scope"):
        records.create(session, "household", {"code": "KAL-0002", "head_name": "X", "head_sex": "male", "size": 2,
                                              "site_id": w["kalonda"].id, "registered_on": D(2022, 5, 10)})
    with pytest.raises(PermissionRefused, match="outside your scope"):  # a child record follows its parent
        records.create(session, "population_count", {"site_id": w["kalonda"].id, "counted_on": D(2024, 1, 1)})
    assert records.update(session, "household", w["kil"].id, {"size": 6}).size == 6
    assert records.get(session, "household", w["kil"].id).head_name == "Furaha Amisi"  # an officer reads names
    assert permissions.in_scope(session, permissions.actor(session), w["kil"]) is True
    assert permissions.in_scope(session, permissions.actor(session), w["kal"]) is False
    # A location or a donor is the whole office's.
    assert records.list_records(session, "location", limit=1)


def test_the_pick_lists_offer_only_what_the_user_may_see(session, two_sites):
    act_as(session, "officer", ["site:Kilwa"])
    assert [c.key for c in screens.reference_choices(session, "site")] == ["Kilwa"]
    assert [c.label for c in screens.reference_choices(session, "household")] == ["KIL-0001 - Furaha Amisi"]
    act_as(session, "viewer")  # the whole office, but no names
    assert [c.label for c in screens.reference_choices(session, "household")] == ["KAL-0001", "KIL-0001"]


def test_a_project_scope_reaches_the_sites_of_the_project(session, two_sites):
    w = two_sites
    act_as(session, "viewer", ["project:DRC-ECHO-2023-01"])
    assert [h.code for h in records.list_records(session, "household")] == ["KAL-0001"]
    assert [s.name for s in records.list_records(session, "site")] == ["Kalonda"]
    with pytest.raises(PermissionRefused, match="outside your scope"):
        records.get(session, "household", w["kil"].id)


def test_a_viewer_reads_no_personal_data(session, two_sites):
    w = two_sites
    act_as(session, "viewer")
    rows = screens.fetch_rows(session, "household", TableQuery(), 0, 50, ["code", "head_name"])
    assert [r[1:] for r in rows] == [("KAL-0001", None), ("KIL-0001", None)]
    assert screens.count_rows(session, "household", TableQuery(text="Furaha")) == 0  # nor finds people by name
    assert records.readable_dict(session, "household", records.get(session, "household", w["kil"].id))["head_name"] \
        is None
    with pytest.raises(PermissionRefused, match="^a viewer may not change households$"):
        records.update(session, "household", w["kil"].id, {"size": 3})


def test_an_officer_changes_names_but_exports_them_only_left_out(session, two_sites, tmp_path):
    act_as(session, "officer")
    records.update(session, "household", two_sites["kil"].id, {"head_name": "Furaha Amisi Kabila"})
    with pytest.raises(PermissionRefused, match="may not export households with their personal data"):
        export_records(session, "household", tmp_path / "h.csv", personal_data="include")
    assert export_records(session, "household", tmp_path / "h.csv", personal_data="drop") == 2
    assert "Furaha" not in (tmp_path / "h.csv").read_text()
    act_as(session, "viewer")
    with pytest.raises(PermissionRefused, match="^personal_data: a viewer may not read"):
        export_records(session, "household", tmp_path / "m.csv", personal_data="mask")


def test_sensitive_referrals_are_for_the_protection_focal_point(session):
    b = Build(session)
    _, _, _, town = b.ninewa()
    crc = b.create("crc", code="IQ-CRC-BAR-01", name="Bartella CRC", centre_type="walk-in", location_id=town.id,
                   opened_on=D(2023, 5, 2))
    gbv = b.create("service_provider", code="IQ-SP-HAM-02", organisation="UNFPA women's centre",
                   services="GBV, MHPSS, protection", location_id=town.id, accepts_referrals=True)
    values = dict(crc_id=crc.id, referred_on=D(2024, 3, 1), case_code="BAR-C-0101", sex="female",
                  age_group="18-59", provider_id=gbv.id, priority="urgent", consent_given=True,
                  consent_on=D(2024, 3, 1), consent_by="the person")
    sensitive = b.create("referral", code="IQ-REF-000001", service="GBV", **values)
    nrc = b.create("service_provider", code="IQ-SP-HAM-01", organisation="NRC ICLA Hamdaniya",
                   services="legal aid, civil documentation", location_id=town.id, accepts_referrals=True)
    legal = b.create("referral", code="IQ-REF-000002", service="legal aid", **(values | {"provider_id": nrc.id}))
    act_as(session, "officer")
    assert [r.code for r in records.list_records(session, "referral")] == ["IQ-REF-000002"]
    with pytest.raises(PermissionRefused, match="^an officer may not read sensitive referrals$"):
        records.get(session, "referral", sensitive.id)
    with pytest.raises(PermissionRefused, match="sensitive referrals"):
        workflows.change_referral_status(session, sensitive.id, "sent", D(2024, 3, 2))
    with pytest.raises(PermissionRefused, match="an officer may not add sensitive referrals$"):
        records.create(session, "referral", dict(values, code="IQ-REF-000003", service="MHPSS"))
    assert records.get(session, "referral", legal.id).code == "IQ-REF-000002"
    act_as(session, "protection")
    assert [r.code for r in records.list_records(session, "referral")] == ["IQ-REF-000001", "IQ-REF-000002"]
    workflows.change_referral_status(session, sensitive.id, "sent", D(2024, 3, 2))
    assert records.get(session, "referral", sensitive.id).status == "sent"


def test_users_are_managed_by_an_administrator_and_one_always_remains(session):
    act_as(session, "admin")
    admin = session.info["user"]
    viewer = users.add_user(session, "neema.amisi", "viewer", (), "Neema Furaha Amisi")
    assert (viewer.role, viewer.scope_text) == ("viewer", "whole office")
    with pytest.raises(DomainError, match="'intern' is not a role"):
        users.add_user(session, "intern1", "intern")
    with pytest.raises(DomainError, match="unknown site 'Nowhere'"):
        users.set_user(session, "neema.amisi", scopes=["site:Nowhere"])
    session.info["user"] = "neema.amisi"
    with pytest.raises(PermissionRefused, match="^a viewer may not change users$"):
        users.deactivate_user(session, admin)
    with pytest.raises(PermissionRefused, match="^a viewer may not read users$"):
        users.list_users(session)
    session.info["user"] = admin
    for other in [u.username for u in users.list_users(session) if u.role == "admin" and u.username != admin]:
        users.deactivate_user(session, other)
    with pytest.raises(DomainError, match="last active administrator"):
        users.deactivate_user(session, admin)
    with pytest.raises(DomainError, match="last active administrator"):
        users.set_user(session, admin, role="officer")
    users.deactivate_user(session, "neema.amisi")
    session.info["user"] = "neema.amisi"
    with pytest.raises(PermissionRefused, match="^user 'neema.amisi' is deactivated$"):
        records.list_records(session, "donor")
    session.info["user"] = ""
    with pytest.raises(PermissionRefused, match="^no user given"):
        records.list_records(session, "donor")
    session.info["user"] = "nobody"
    with pytest.raises(PermissionRefused, match="'nobody' is not a user of this database"):
        records.create(session, "donor", {"code": "X", "name": "X"})
