"""Create, update, delete, coerce, find and list records: stale copies, failed updates, delete refusals,
text typed on the command line, filters and a stable order."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.builders import Build, D, audit, count, refused
from workbench import models as m
from workbench.db import open_database
from workbench.services import figures, records, workflows
from workbench.services.errors import NotFoundError, StaleRecordError

STALE = "This project was changed by someone else since you opened it; reload it and make your change again."


# --- versions and stale copies ----------------------------------------------------------------

def test_each_save_raises_the_version(session, build):
    project = build.project()
    assert project.version == 1
    records.update(session, "project", project.id, {"title": "Durable solutions in Kalemie"}, expected_version=1)
    assert project.version == 2
    session.expire_all()
    assert session.get(m.Project, project.id).version == 2


def test_update_with_a_stale_expected_version_is_refused_and_changes_nothing(session, build):
    project = build.project()
    records.update(session, "project", project.id, {"title": "Durable solutions in Kalemie"})
    with refused(None, STALE, error=StaleRecordError):
        records.update(session, "project", project.id, {"title": "Stale title", "budget": Decimal("1")},
                       expected_version=1)
    session.flush()
    session.expire_all()
    stored = session.get(m.Project, project.id)
    assert (stored.title, stored.budget, stored.version) == ("Durable solutions in Kalemie", Decimal("2500000.00"), 2)
    assert [e.new_value for e in audit(session, "projects", project.id, "update")] == ["Durable solutions in Kalemie"]


def test_delete_with_a_stale_expected_version_is_refused(session, build):
    donor = build.donor(code="SIDA", name="Swedish International Development Cooperation Agency")
    records.update(session, "donor", donor.id, {"name": "Sida"})
    with refused(None, "This donor was changed by someone else", error=StaleRecordError):
        records.delete(session, "donor", donor.id, expected_version=1)
    assert count(session, m.Donor) == 1
    records.delete(session, "donor", donor.id, expected_version=2)
    assert count(session, m.Donor) == 0


@pytest.fixture
def shared_db(fresh_url):
    """A real database that two users open at once, holding one project."""
    db = open_database(fresh_url)
    with db.session("setup") as s, s.begin():
        build = Build(s)
        project_id = build.project().id
    yield db, project_id
    db.close()


def test_a_second_user_saving_a_stale_copy_is_refused(shared_db):
    db, project_id = shared_db
    amina, bakari = db.session("amina"), db.session("bakari")
    try:
        with amina.begin():
            mine = records.get(amina, "project", project_id)  # Amina opens the project...
            assert mine.version == 1
        with bakari.begin():  # ...Bakari changes and saves it meanwhile...
            records.update(bakari, "project", project_id, {"title": "Durable solutions in Kalemie and Nyunzu"})
        with pytest.raises(StaleRecordError) as info, amina.begin():  # ...Amina saves her copy.
            records.update(amina, "project", project_id, {"budget": Decimal("2750000")})
        assert info.value.message == STALE
    finally:
        amina.close()
        bakari.close()
    with db.session("check") as check:
        stored = check.get(m.Project, project_id)
        assert (stored.title, stored.budget, stored.version) == (
            "Durable solutions in Kalemie and Nyunzu", Decimal("2500000.00"), 2)
        changes = [(e.user_name, e.field, e.new_value) for e in audit(check, "projects", project_id, "update")]
        assert changes == [("bakari", "title", "Durable solutions in Kalemie and Nyunzu")]


def test_a_second_user_with_the_version_they_read_is_refused(shared_db):
    db, project_id = shared_db
    with db.session("bakari") as bakari, bakari.begin():
        records.update(bakari, "project", project_id, {"title": "Durable solutions in Kalemie and Nyunzu"})
    with db.session("amina") as amina:
        with pytest.raises(StaleRecordError), amina.begin():
            records.update(amina, "project", project_id, {"budget": Decimal("2750000")}, expected_version=1)
        with amina.begin():  # after reloading, her change goes through
            records.update(amina, "project", project_id, {"budget": Decimal("2750000")}, expected_version=2)
    with db.session("check") as check:
        stored = check.get(m.Project, project_id)
        assert (stored.budget, stored.version) == (Decimal("2750000.00"), 3)


# --- failed updates ---------------------------------------------------------------------------

def test_a_refused_update_leaves_the_record_as_it_was(session, build):
    project = build.project()
    with refused("end_date", "cannot be before the start date"):
        records.update(session, "project", project.id, {"title": "Renamed", "end_date": D(2022, 12, 31)})
    assert (project.title, project.end_date, project.version) == (
        "Durable solutions and life-saving assistance in Tanganyika", D(2024, 6, 30), 1)
    session.flush()
    assert audit(session, "projects", project.id, "update") == []
    session.expire_all()
    assert session.get(m.Project, project.id).title == "Durable solutions and life-saving assistance in Tanganyika"


def test_an_update_naming_a_workflow_field_changes_no_other_field(session, kalonda):
    with refused("status", "is changed through the site's workflow, not edited"):
        records.update(session, "site", kalonda.id, {"managing_agency": "CNR", "status": "closed"})
    assert (kalonda.managing_agency, kalonda.status) == ("IOM", "open")
    session.flush()
    session.expire_all()
    assert session.get(m.Site, kalonda.id).managing_agency == "IOM"


def test_an_update_naming_an_unknown_field_changes_nothing(session, build):
    project = build.project()
    with refused("colour", "project has no field 'colour'"):
        records.update(session, "project", project.id, {"title": "Renamed", "colour": "red"})
    assert project.title == "Durable solutions and life-saving assistance in Tanganyika"
    session.flush()
    assert audit(session, "projects", project.id, "update") == []


def test_editable_fields_leave_out_workflow_fields():
    assert "status" not in records.editable_fields(records.kind_of("grant"))
    assert "approved_on" not in records.editable_fields(records.kind_of("grant"))
    assert {"status", "closed_on"}.isdisjoint(records.editable_fields(records.kind_of("site")))
    assert "status" in records.editable_fields(records.kind_of("project"))
    assert "version" not in records.editable_fields(records.kind_of("project"))


def test_unknown_record_type_and_record(session):
    with refused(None, "unknown record type 'camp'; use one of: donor, project, outcome"):
        records.kind_of("camp")
    with refused(None, "project 999 does not exist (it may have been deleted)", error=NotFoundError):
        records.update(session, "project", 999, {"title": "x"})
    with refused(None, "site 999 does not exist", error=NotFoundError):
        records.delete(session, "site", 999)


# --- deleting ---------------------------------------------------------------------------------

def test_a_project_with_grants_cannot_be_deleted(session, build, places):
    project = build.project()
    build.grant(project, places[3], code="CD-ILA-0001", programme="ILA", ila_kind="business kit",
                business_name=None, amount=Decimal("450"))
    with refused(None, "This project cannot be deleted: it still has 1 grants; delete or move them first."):
        records.delete(session, "project", project.id)
    assert count(session, m.Project) == 1


@pytest.mark.parametrize("what, words", [("work", "1 works"), ("site", "1 sites"), ("household", "1 households")])
def test_a_project_in_use_cannot_be_deleted(session, build, places, what, words):
    project = build.project()
    if what == "work":
        build.work(project, places[2], code="CD-WRK-001", title="Latrine block at Kalonda", work_type="latrine block")
    elif what == "site":
        build.site(places[2], project_id=project.id)
    else:
        build.household(build.site(places[2]), project_id=project.id)
    with refused(None, f"it still has {words}"):
        records.delete(session, "project", project.id)


def test_a_project_without_records_is_deleted_with_its_logframe(session, build):
    project = build.project()
    outcome = build.create("outcome", project_id=project.id, code="OC1", title="Durable solutions")
    records.delete(session, "project", project.id)
    assert (count(session, m.Project), count(session, m.Outcome)) == (0, 0)
    assert [e.record_id for e in audit(session, "outcomes", action="delete")] == [outcome.id]


def test_a_donor_with_projects_cannot_be_deleted(session, build):
    project = build.project()
    with refused(None, "This donor cannot be deleted: it still has 1 projects"):
        records.delete(session, "donor", project.donor_id)


def test_a_site_with_households_cannot_be_deleted(session, build, kalonda):
    build.household(kalonda)
    build.household(kalonda, code="KAL-0002")
    with refused(None, "This site cannot be deleted: 2 households are registered in this site; delete or move them "
                       "first."):
        records.delete(session, "site", kalonda.id)
    assert count(session, m.Site) == 1


def test_a_site_without_households_is_deleted_with_its_committees(session, build, kalonda):
    committee = build.committee(kalonda)
    records.delete(session, "site", kalonda.id)
    assert (count(session, m.Site), count(session, m.Committee)) == (0, 0)
    assert [e.record_id for e in audit(session, "committees", action="delete")] == [committee.id]


def test_a_location_with_areas_below_it_cannot_be_deleted(session, places):
    country, province, territory, village = places
    with refused(None, "This location cannot be deleted: it still has 1 areas below it"):
        records.delete(session, "location", territory.id)
    records.delete(session, "location", village.id)
    assert [loc.pcode for loc in records.list_records(session, "location")] == ["CD", "CD74", "CD7401"]


def test_a_location_with_sites_cannot_be_deleted(session, build, places):
    build.site(places[3], name="Kabubili")
    with refused(None, "This location cannot be deleted: it still has 1 sites"):
        records.delete(session, "location", places[3].id)


def cash(build, household, status="planned", **values):
    defaults = dict(household_id=household.id, sequence=1, purpose="transport", amount=Decimal("60"),
                    currency="USD", status=status, paid_on=D(2023, 7, 3) if status == "paid" else None)
    return build.create("cash_tranche", **(defaults | values))


def test_a_paid_cash_tranche_cannot_be_deleted_a_planned_one_can(session, build, kalonda):
    household = build.household(kalonda)
    paid = cash(build, household, "paid")
    planned = cash(build, household, sequence=2, purpose="construction", amount=Decimal("120"))
    with refused(None, "This cash tranche cannot be deleted: the tranche was paid; cancel it instead"):
        records.delete(session, "cash_tranche", paid.id)
    records.delete(session, "cash_tranche", planned.id)
    assert [t.id for t in session.scalars(select(m.CashTranche))] == [paid.id]


def test_a_household_paid_cash_cannot_be_deleted(session, build, kalonda):
    household = build.household(kalonda)
    assert household.tranches == []  # a screen showed its (empty) tranches earlier in this session
    cash(build, household, "paid")
    with refused(None, "This household cannot be deleted: cash was paid to this household"):
        records.delete(session, "household", household.id)
    assert (count(session, m.Household), count(session, m.CashTranche)) == (1, 1)


def test_a_household_with_planned_cash_only_is_deleted_with_it(session, build, kalonda):
    household = build.household(kalonda)
    cash(build, household)
    records.delete(session, "household", household.id)
    assert (count(session, m.Household), count(session, m.CashTranche)) == (0, 0)


def test_a_grant_with_tranches_cannot_be_deleted(session, build):
    project = build.iraq_project()
    bartella = build.ninewa()[3]
    grant = build.approved_grant(project, bartella)
    workflows.pay_grant_tranche(session, grant.id, Decimal("5000"), D(2023, 3, 10))
    with refused(None, "This grant cannot be deleted: money was paid on this grant"):
        records.delete(session, "grant", grant.id)
    unpaid = build.approved_grant(project, bartella, code="IQ-EDF-0002")
    records.delete(session, "grant", unpaid.id)
    assert [g.code for g in records.list_records(session, "grant")] == ["IQ-EDF-0001"]
    assert count(session, m.GrantStatusChange, m.GrantStatusChange.grant_id == unpaid.id) == 0


def test_only_a_planned_work_can_be_deleted(session, build):
    project = build.iraq_project()
    bartella = build.ninewa()[3]
    started = build.work(project, bartella)
    workflows.change_work_status(session, started.id, "ongoing", D(2023, 3, 12))
    with refused(None, "This work cannot be deleted: the work is ongoing; suspend it instead."):
        records.delete(session, "work", started.id)
    planned = build.work(project, bartella, code="IQ-WRK-002", title="Bartella girls' school", work_type="school")
    records.delete(session, "work", planned.id)
    assert [w.code for w in records.list_records(session, "work")] == ["IQ-WRK-001"]


# --- coercing what users type -----------------------------------------------------------------

def test_coerce_turns_text_into_types(session, build):
    donor = build.donor()
    values = records.coerce(session, records.kind_of("project"), {
        "code": " DRC-ECHO-2024-02 ", "title": "Site management in Nyunzu", "donor": "ECHO",
        "start_date": "2024-01-01", "end_date": "2024-12-31", "budget": "1200000.50", "currency": "USD"})
    assert values == {"code": "DRC-ECHO-2024-02", "title": "Site management in Nyunzu", "donor_id": donor.id,
                      "start_date": D(2024, 1, 1), "end_date": D(2024, 12, 31), "budget": Decimal("1200000.50"),
                      "currency": "USD"}
    project = records.create(session, "project", values)
    assert (project.donor.code, project.budget) == ("ECHO", Decimal("1200000.50"))


def test_coerce_finds_references_by_their_key(session, build, places, kalonda):
    project = build.project()
    values = records.coerce(session, records.kind_of("household"), {
        "code": "KAL-0042", "project": "DRC-ECHO-2023-01", "site": "Kalonda", "destination": "CD740105",
        "size": "6", "went_go_and_see": "oui", "attended_come_and_tell": "no", "latitude": "-5.93",
        "registered_on": "2022-06-01", "phone": "", "departure_date": " "})
    assert values == {"code": "KAL-0042", "project_id": project.id, "site_id": kalonda.id,
                      "destination_id": places[3].id, "size": 6, "went_go_and_see": True,
                      "attended_come_and_tell": False, "latitude": -5.93, "registered_on": D(2022, 6, 1),
                      "phone": None, "departure_date": None}
    grant = records.coerce(session, records.kind_of("grant"), {"project_id": str(project.id), "location": "CD7401"})
    assert grant == {"project_id": project.id, "location_id": places[2].id}
    by_number = records.coerce(session, records.kind_of("household"), {"site": str(kalonda.id)})
    assert by_number == {"site_id": kalonda.id}


@pytest.mark.parametrize("field, raw, expected_field, words", [
    ("end_date", "31/12/2024", "end_date", "must be a date (YYYY-MM-DD), not '31/12/2024'"),
    ("budget", "2,5M", "budget", "must be a number, not '2,5M'"),
    ("budget", "NaN", "budget", "must be a number, not 'NaN'"),
    ("budget", "Infinity", "budget", "must be a number, not 'Infinity'"),
    ("budget", "", "budget", "must be a number, not ''"),
])
def test_coerce_refuses_bad_project_values(session, field, raw, expected_field, words):
    with refused(expected_field, words):
        records.coerce(session, records.kind_of("project"), {field: raw})


@pytest.mark.parametrize("field, raw, expected_field, words", [
    ("size", "five", "size", "must be a whole number, not 'five'"),
    ("size", "5.5", "size", "must be a whole number"),
    ("went_go_and_see", "maybe", "went_go_and_see", "must be yes or no, not 'maybe'"),
    ("latitude", "5°56'S", "latitude", "must be a number"),
    ("colour", "red", "colour", "household has no field 'colour'"),
])
def test_coerce_refuses_bad_household_values(session, field, raw, expected_field, words):
    with refused(expected_field, words):
        records.coerce(session, records.kind_of("household"), {field: raw})


@pytest.mark.parametrize("field, raw, expected_field, words", [
    ("project", "DRC-XXX-2023-99", "project_id", "unknown project 'DRC-XXX-2023-99'"),
    ("site", "Katanika", "site_id", "unknown site 'Katanika'"),
    ("destination", "CD999", "destination_id", "unknown P-code 'CD999'"),
    ("project_id", "DRC-XXX", "project_id", "unknown project 'DRC-XXX'"),
])
def test_coerce_refuses_unknown_references(session, places, kalonda, field, raw, expected_field, words):
    with refused(expected_field, words, error=NotFoundError):
        records.coerce(session, records.kind_of("household"), {field: raw})


def test_lookup_by_key_or_number(session, places, kalonda):
    assert records.lookup(session, "site", "Kalonda").id == kalonda.id
    assert records.lookup(session, "site", str(kalonda.id)).name == "Kalonda"
    assert records.lookup(session, "location", "CD74").name == "Tanganyika"
    with refused("pcode", "unknown P-code 'CD75'", error=NotFoundError):
        records.lookup(session, "location", "CD75")


def test_as_dict_gives_column_values(build):
    donor = build.donor()
    assert records.as_dict(donor) == {"id": donor.id, "code": "ECHO", "version": 1,
                                      "name": "European Civil Protection and Humanitarian Aid Operations",
                                      "iati_ref": "", "organisation_type": None, "uid": donor.uid}


# --- listing ----------------------------------------------------------------------------------

@pytest.fixture
def registry(build, places, kalonda):
    """Five households in Kalonda and Mukuku (Kalemie) and Kilwa (Nyunzu)."""
    mukuku = build.site(places[2], name="Mukuku", site_type="planned camp")
    kilwa = build.site(build.nyunzu(places[1]), name="Kilwa", managing_agency="CNR", opened_on=D(2021, 8, 1))
    rows = [("KAL-0001", kalonda, "Mwamba Kasongo", 5), ("KAL-0002", kalonda, "Ilunga Mbuyu", 7),
            ("MUK-0001", mukuku, "Kabila Mwamba", 5), ("KAL-0003", kalonda, "Feza Ngoy", 3),
            ("KIL-0001", kilwa, "Mwamba Nkulu", 5)]
    households = [build.household(site, code=code, head_name=name, size=size) for code, site, name, size in rows]
    return {"kalonda": kalonda, "mukuku": mukuku, "kilwa": kilwa, "households": households}


def codes(rows):
    return [r.code for r in rows]


def test_list_filters_by_field(session, registry):
    rows = records.list_records(session, "household", filters={"site_id": registry["kalonda"].id})
    assert codes(rows) == ["KAL-0001", "KAL-0002", "KAL-0003"]
    assert records.count_records(session, "household", filters={"site_id": registry["kalonda"].id}) == 3
    assert records.count_records(session, "household", filters={"site_id": registry["kilwa"].id, "size": 5}) == 1


def test_list_searches_text_without_case(session, registry):
    assert codes(records.list_records(session, "household", text="mwamba")) == ["KAL-0001", "MUK-0001", "KIL-0001"]
    assert codes(records.list_records(session, "household", text=" KAL-000 ")) == ["KAL-0001", "KAL-0002",
                                                                                    "KAL-0003"]
    assert records.count_records(session, "household", text="MWAMBA") == 3
    kalonda_mwamba = records.list_records(session, "household", filters={"site_id": registry["kalonda"].id},
                                          text="Mwamba")
    assert codes(kalonda_mwamba) == ["KAL-0001"]
    assert [s.name for s in records.list_records(session, "site", text="cnr")] == ["Kilwa"]


def test_list_orders_with_the_id_breaking_ties(session, registry):
    ascending = records.list_records(session, "household", order_by="size")
    assert [(h.size, h.code) for h in ascending] == [(3, "KAL-0003"), (5, "KAL-0001"), (5, "MUK-0001"),
                                                      (5, "KIL-0001"), (7, "KAL-0002")]
    descending = records.list_records(session, "household", order_by="size", descending=True)
    assert [(h.size, h.code) for h in descending] == [(7, "KAL-0002"), (5, "KAL-0001"), (5, "MUK-0001"),
                                                       (5, "KIL-0001"), (3, "KAL-0003")]
    assert codes(records.list_records(session, "household", order_by="code")) == [
        "KAL-0001", "KAL-0002", "KAL-0003", "KIL-0001", "MUK-0001"]


def test_list_pages_through_a_stable_order(session, registry):
    pages = [records.list_records(session, "household", order_by="size", limit=2, offset=offset)
             for offset in (0, 2, 4)]
    assert [codes(page) for page in pages] == [["KAL-0003", "KAL-0001"], ["MUK-0001", "KIL-0001"], ["KAL-0002"]]
    assert records.count_records(session, "household") == 5


def test_list_refuses_unknown_fields(session, registry):
    with refused("colour", "household has no field 'colour'"):
        records.list_records(session, "household", filters={"colour": "red"})
    with refused("colour", "household has no field 'colour'"):
        records.list_records(session, "household", order_by="colour")
    with refused("tranches", "household has no field 'tranches'"):
        records.count_records(session, "household", filters={"tranches": None})


def test_list_of_a_kind_without_search_fields_ignores_the_text(session, build, kalonda):
    build.create("population_count", site_id=kalonda.id, counted_on=D(2023, 6, 30), households=212,
                 individuals=1000)
    assert records.count_records(session, "population_count", text="anything") == 1


def test_figures_and_records_agree_on_who_is_listed(session, registry, places):
    first = registry["households"][0]
    records.update(session, "household", first.id, {"departure_date": D(2024, 3, 2), "destination_id": places[3].id})
    departed = [h for h in records.list_records(session, "household", filters={"site_id": registry["kalonda"].id})
                if h.departure_date is not None]
    assert sum(h.size for h in departed) == figures.people_supported_to_leave(session, registry["kalonda"].id) == 5
