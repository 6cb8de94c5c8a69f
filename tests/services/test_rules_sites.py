"""Rules of displacement sites and their management: type, dates, population counts by sex and age,
committees, complaints and site infrastructure."""

import pytest

from tests.builders import D, count, refused
from workbench import models as m
from workbench.services import records, workflows


@pytest.fixture
def kalemie(build):
    return build.tanganyika()[2]


@pytest.fixture
def kalonda(build, kalemie):
    return build.site(kalemie)


# --- sites ------------------------------------------------------------------------------------

def test_a_site_is_created_open(session, build, kalemie):
    site = build.site(kalemie, name="Mukuku", site_type="planned camp", opened_on=D(2019, 11, 4))
    session.expire_all()
    stored = session.get(m.Site, site.id)
    assert (stored.name, stored.site_type, stored.status, stored.opened_on, stored.closed_on) == (
        "Mukuku", "planned camp", "open", D(2019, 11, 4), None)


@pytest.mark.parametrize("missing", ["name", "site_type", "location_id", "opened_on"])
def test_site_required_fields(session, build, kalemie, missing):
    with refused(missing, "is required"):
        build.site(kalemie, **{missing: None})
    assert count(session, m.Site) == 0


@pytest.mark.parametrize("site_type", ["planned camp", "spontaneous site", "collective centre"])
def test_site_types_in_the_list_are_accepted(build, kalemie, site_type):
    assert build.site(kalemie, site_type=site_type).site_type == site_type


def test_site_type_outside_the_list_is_refused(build, kalemie):
    with refused("site_type", "must be one of: planned camp, spontaneous site, collective centre", "'camp'"):
        build.site(kalemie, site_type="camp")


def test_site_name_is_unique(session, build, kalemie, kalonda):
    with refused("name", "another site already has name 'Kalonda'"):
        build.site(kalemie)
    build.site(kalemie, name="Mukuku")
    assert sorted(s.name for s in records.list_records(session, "site")) == ["Kalonda", "Mukuku"]


def test_a_closed_sites_opening_date_is_kept(session, kalonda):
    # The closure date is written by the workflow; once closed, the site is read-only (issue 17, defect 5), its
    # opening date too: it can no longer be moved after its closure, nor anywhere else.
    workflows.change_site_status(session, kalonda.id, "closing", D(2024, 3, 1))
    workflows.change_site_status(session, kalonda.id, "closed", D(2024, 3, 31))
    for on in (D(2024, 4, 1), D(2024, 3, 31)):
        with refused("opened_on", "Kalonda is closed: it can no longer be changed or deleted"):
            records.update(session, "site", kalonda.id, {"opened_on": on})
    assert (kalonda.opened_on, kalonda.closed_on) == (D(2020, 3, 1), D(2024, 3, 31))


# --- population counts ------------------------------------------------------------------------

SADD_1000 = dict(girls=290, boys=270, women=210, men=150, older_women=45, older_men=35)  # 1,000 people


def population(build, site, **values):
    defaults = dict(site_id=site.id, counted_on=D(2023, 6, 30), households=212, individuals=1000)
    return build.create("population_count", **(defaults | values))


def test_population_count_with_groups_adding_up(session, build, kalonda):
    row = population(build, kalonda, **SADD_1000)
    session.expire_all()
    stored = session.get(m.PopulationCount, row.id)
    assert (stored.households, stored.individuals, stored.sadd_values()) == (212, 1000, SADD_1000)
    assert [c.counted_on for c in session.get(m.Site, kalonda.id).population_counts] == [D(2023, 6, 30)]


def test_population_count_without_groups_is_accepted(build, kalonda):
    row = population(build, kalonda)
    assert row.sadd_values() == dict.fromkeys(SADD_1000)


def test_population_groups_not_adding_up_to_individuals_are_refused(build, kalonda):
    with refused("individuals", "sex and age groups add up to 990, not 1000"):
        population(build, kalonda, **(SADD_1000 | {"men": 140}))


@pytest.mark.parametrize("dropped", ["girls", "boys", "women", "men", "older_women", "older_men"])
def test_population_partial_groups_are_refused(build, kalonda, dropped):
    with refused(dropped, "is missing: give every sex and age group, or none"):
        population(build, kalonda, **{k: v for k, v in SADD_1000.items() if k != dropped})


@pytest.mark.parametrize("field", ["households", "individuals"])
def test_population_counts_cannot_be_negative(build, kalonda, field):
    with refused(field, "cannot be negative"):
        population(build, kalonda, **{field: -1})


def test_population_households_cannot_exceed_individuals(build, kalonda):
    with refused("households", "cannot be more than the individuals (1000)"):
        population(build, kalonda, households=1001)
    assert population(build, kalonda, households=1000).households == 1000


def test_population_count_before_the_site_opened_is_refused(build, kalonda):
    with refused("counted_on", "cannot be before the site opened (2020-03-01)"):
        population(build, kalonda, counted_on=D(2020, 2, 29))
    assert population(build, kalonda, counted_on=D(2020, 3, 1)).counted_on == D(2020, 3, 1)


def test_empty_site_count_is_accepted(build, kalonda):
    row = population(build, kalonda, households=0, individuals=0)
    assert (row.households, row.individuals) == (0, 0)


# --- committees and trainings -----------------------------------------------------------------

def test_committee_women_cannot_outnumber_members(session, build, kalonda):
    with refused("women_members", "cannot be more than the members (10)"):
        build.committee(kalonda, members=10, women_members=11)
    committee = build.committee(kalonda, members=10, women_members=10)
    assert (committee.members, committee.women_members) == (10, 10)
    with refused("women_members", "cannot be more than the members (8)"):
        records.update(session, "committee", committee.id, {"members": 8})
    assert committee.members == 10


@pytest.mark.parametrize("field", ["members", "women_members"])
def test_committee_counts_cannot_be_negative(build, kalonda, field):
    with refused(field, "cannot be negative"):
        build.committee(kalonda, **{field: -1})


def test_committee_training_participants(build, kalonda):
    committee = build.committee(kalonda, name="Comité WASH")
    with refused("participants", "cannot be negative"):
        build.create("committee_training", committee_id=committee.id, topic="Site management (CCCM)",
                     held_on=D(2023, 4, 12), participants=-3)
    training = build.create("committee_training", committee_id=committee.id, topic="Site management (CCCM)",
                            held_on=D(2023, 4, 12), participants=14)
    assert (training.topic, training.participants) == ("Site management (CCCM)", 14)
    with refused("topic", "is required"):
        build.create("committee_training", committee_id=committee.id, topic="", held_on=D(2023, 4, 12),
                     participants=1)


# --- complaints -------------------------------------------------------------------------------

def complaint(build, site, **values):
    defaults = dict(site_id=site.id, channel="hotline", category="water supply", received_on=D(2023, 5, 2),
                    description="Water point near block C broken for three days")
    return build.create("complaint", **(defaults | values))


@pytest.mark.parametrize("channel", ["suggestion box", "hotline", "focal point"])
def test_complaint_channels_in_the_list(build, kalonda, channel):
    assert complaint(build, kalonda, channel=channel).channel == channel


def test_complaint_channel_outside_the_list_is_refused(build, kalonda):
    with refused("channel", "must be one of: suggestion box, hotline, focal point", "'SMS'"):
        complaint(build, kalonda, channel="SMS")


def test_complaint_status_outside_the_list_is_refused(build, kalonda):
    with refused("status", "must be one of: open, in progress, resolved", "'closed'"):
        complaint(build, kalonda, status="closed")


def test_complaint_resolved_before_received_is_refused(build, kalonda):
    with refused("resolved_on", "cannot be before the date received (2023-05-02)"):
        complaint(build, kalonda, status="resolved", resolved_on=D(2023, 5, 1))
    row = complaint(build, kalonda, status="resolved", resolved_on=D(2023, 5, 2))
    assert (row.status, row.resolved_on) == ("resolved", D(2023, 5, 2))


def test_resolved_complaint_needs_its_date_and_only_it_has_one(session, build, kalonda):
    with refused("resolved_on", "is required for a resolved complaint"):
        complaint(build, kalonda, status="resolved")
    with refused("resolved_on", "only a resolved complaint has a resolution date"):
        complaint(build, kalonda, status="in progress", resolved_on=D(2023, 5, 9))
    row = complaint(build, kalonda)
    assert (row.status, row.resolved_on) == ("open", None)
    records.update(session, "complaint", row.id, {"status": "resolved", "resolved_on": D(2023, 5, 9)})
    assert (row.status, row.resolved_on) == ("resolved", D(2023, 5, 9))


# --- site infrastructure ----------------------------------------------------------------------

def infrastructure(build, site, **values):
    defaults = dict(site_id=site.id, kind="emergency latrine", quantity=40, recorded_on=D(2023, 3, 15))
    return build.create("site_infrastructure", **(defaults | values))


@pytest.mark.parametrize("kind", ["emergency latrine", "shower", "handwashing station", "water point",
                                  "shelter kit"])
def test_infrastructure_kinds_in_the_list(build, kalonda, kind):
    row = infrastructure(build, kalonda, kind=kind)
    assert (row.kind, row.condition) == (kind, "good")


def test_infrastructure_kind_outside_the_list_is_refused(build, kalonda):
    with refused("kind", "must be one of: emergency latrine, shower, handwashing station, water point, "
                         "shelter kit", "'borehole'"):
        infrastructure(build, kalonda, kind="borehole")


@pytest.mark.parametrize("condition", ["good", "needs repair", "out of order"])
def test_infrastructure_conditions_in_the_list(build, kalonda, condition):
    assert infrastructure(build, kalonda, condition=condition).condition == condition


def test_infrastructure_condition_outside_the_list_is_refused(build, kalonda):
    with refused("condition", "must be one of: good, needs repair, out of order", "'broken'"):
        infrastructure(build, kalonda, condition="broken")


def test_infrastructure_quantity_cannot_be_negative(build, kalonda):
    with refused("quantity", "cannot be negative"):
        infrastructure(build, kalonda, quantity=-4)
    assert infrastructure(build, kalonda, quantity=0).quantity == 0


def test_site_children_need_their_site(build):
    with refused("site_id", "is required"):
        build.create("committee", site_id=None, name="Comité", formed_on=D(2021, 1, 1), members=5,
                     women_members=3)
