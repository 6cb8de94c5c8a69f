"""Rules of households and their cash tranches: size and its breakdown, vulnerabilities, departure and
destination, choices, amounts, currencies and exchange rates."""

from decimal import Decimal

import pytest

from tests.builders import D, count, refused
from workbench import models as m
from workbench.services import records

# --- households -------------------------------------------------------------------------------

SADD_7 = dict(girls=2, boys=2, women=1, men=1, older_women=1, older_men=0)


def test_a_household_is_stored_with_its_defaults(session, build, kalonda):
    household = build.household(kalonda, size=7, vulnerabilities="female-headed, disability", **SADD_7)
    session.expire_all()
    stored = session.get(m.Household, household.id)
    assert (stored.code, stored.size, stored.status, stored.intention, stored.site_id) == (
        "KAL-0001", 7, "displaced", "return", kalonda.id)
    assert (stored.went_go_and_see, stored.attended_come_and_tell, stored.departure_date) == (False, False, None)
    assert stored.vulnerabilities == "female-headed, disability"
    assert stored.sadd_values() == SADD_7


@pytest.mark.parametrize("missing", ["code", "head_name", "head_sex", "size", "registered_on"])
def test_household_required_fields(session, build, kalonda, missing):
    with refused(missing, "is required"):
        build.household(kalonda, **{missing: None})
    assert count(session, m.Household) == 0


@pytest.mark.parametrize("size", [0, -3])
def test_household_size_is_at_least_one(build, kalonda, size):
    with refused("size", "must be at least 1"):
        build.household(kalonda, size=size)


def test_household_of_one_person_is_accepted(build, kalonda):
    assert build.household(kalonda, size=1).size == 1


def test_household_groups_must_add_up_to_its_size(build, kalonda):
    with refused("size", "sex and age groups add up to 7, not 6"):
        build.household(kalonda, size=6, **SADD_7)


def test_household_partial_groups_are_refused(build, kalonda):
    with refused("older_men", "is missing"):
        build.household(kalonda, size=7, **{k: v for k, v in SADD_7.items() if k != "older_men"})


@pytest.mark.parametrize("field, value, allowed", [
    ("head_sex", "F", "female, male"),
    ("status", "refugee", "displaced, returnee, host community"),
    ("intention", "integrate", "return, relocate, stay, undecided"),
])
def test_household_choices_outside_the_list_are_refused(build, kalonda, field, value, allowed):
    with refused(field, f"must be one of: {allowed}", repr(value)):
        build.household(kalonda, **{field: value})


@pytest.mark.parametrize("field, value", [
    ("head_sex", "male"), ("status", "returnee"), ("status", "host community"),
    ("intention", "relocate"), ("intention", "stay"), ("intention", "undecided"),
])
def test_household_choices_in_the_list_are_accepted(build, kalonda, field, value):
    assert getattr(build.household(kalonda, **{field: value}), field) == value


def test_unknown_vulnerability_is_refused(build, kalonda):
    with refused("vulnerabilities", "unknown vulnerability 'orphan'", "female-headed, disability, chronic illness"):
        build.household(kalonda, vulnerabilities="disability, orphan")


def test_every_listed_vulnerability_is_accepted(build, kalonda):
    every = ", ".join(m.Vulnerability)
    assert build.household(kalonda, vulnerabilities=every).vulnerabilities == every
    spaced = build.household(kalonda, code="KAL-0002", vulnerabilities=" elderly head ,  , disability")
    assert spaced.vulnerabilities == "elderly head ,  , disability"  # text is stored without surrounding spaces


def test_departure_before_registration_is_refused(build, places, kalonda):
    with refused("departure_date", "cannot be before the household's registration date (2022-05-10)"):
        build.household(kalonda, departure_date=D(2022, 5, 9), destination_id=places[3].id)


def test_a_departed_household_needs_a_destination(build, places, kalonda):
    with refused("destination_id", "is required when the household has departed"):
        build.household(kalonda, departure_date=D(2023, 8, 1))
    household = build.household(kalonda, departure_date=D(2022, 5, 10), destination_id=places[3].id)
    assert (household.departure_date, household.destination_id) == (D(2022, 5, 10), places[3].id)


def test_a_departure_recorded_later_needs_a_destination_too(session, build, places, kalonda):
    household = build.household(kalonda)
    with refused("destination_id", "is required when the household has departed"):
        records.update(session, "household", household.id, {"departure_date": D(2023, 8, 1)})
    assert household.departure_date is None
    records.update(session, "household", household.id,
                   {"departure_date": D(2023, 8, 1), "destination_id": places[3].id})
    assert (household.departure_date, household.destination.pcode) == (D(2023, 8, 1), "CD740105")


def test_household_code_is_unique(build, kalonda):
    build.household(kalonda)
    with refused("code", "another household already has code 'KAL-0001'"):
        build.household(kalonda, head_name="Ilunga Mbuyu")
    assert build.household(kalonda, code="KAL-0002").code == "KAL-0002"


# --- cash tranches ----------------------------------------------------------------------------

@pytest.fixture
def household(build, kalonda):
    project = build.project()  # in USD
    return build.household(kalonda, project_id=project.id)


def tranche(build, household, **values):
    defaults = dict(household_id=household.id, sequence=1, purpose="transport", amount=Decimal("60"),
                    currency="USD", planned_on=D(2023, 7, 1))
    return build.create("cash_tranche", **(defaults | values))


def test_a_planned_tranche_in_the_projects_currency(session, build, household):
    row = tranche(build, household)
    session.expire_all()
    stored = session.get(m.CashTranche, row.id)
    assert (stored.purpose, stored.status, stored.amount, stored.currency, stored.exchange_rate) == (
        "transport", "planned", Decimal("60.00"), "USD", None)


@pytest.mark.parametrize("amount", [Decimal("0"), Decimal("-60")])
def test_tranche_amount_must_be_more_than_zero(build, household, amount):
    with refused("amount", "must be more than zero"):
        tranche(build, household, amount=amount)


@pytest.mark.parametrize("field, value, allowed", [
    ("purpose", "food", "transport, construction, subsistence, completion"),
    ("status", "sent", "planned, paid, cancelled"),
    ("currency", "XAF", "USD, EUR, CDF, IQD"),
])
def test_tranche_choices_outside_the_list_are_refused(build, household, field, value, allowed):
    with refused(field, f"must be one of: {allowed}"):
        tranche(build, household, **{field: value})


@pytest.mark.parametrize("purpose", ["transport", "construction", "subsistence", "completion"])
def test_tranche_purposes_in_the_list(build, household, purpose):
    assert tranche(build, household, purpose=purpose).purpose == purpose


def test_a_paid_tranche_needs_its_payment_date(build, household):
    with refused("paid_on", "is required for a paid tranche"):
        tranche(build, household, status="paid")
    row = tranche(build, household, status="paid", paid_on=D(2023, 7, 3))
    assert (row.status, row.paid_on) == ("paid", D(2023, 7, 3))


def test_a_tranche_cannot_be_paid_before_the_household_registered(build, household):
    with refused("paid_on", "cannot be before the household's registration date (2022-05-10)"):
        tranche(build, household, status="paid", paid_on=D(2022, 5, 9))
    assert tranche(build, household, status="paid", paid_on=D(2022, 5, 10)).paid_on == D(2022, 5, 10)


def test_a_tranche_in_another_currency_needs_a_rate(build, household):
    with refused("exchange_rate", "is required for an amount in CDF (the project is in USD)"):
        tranche(build, household, amount=Decimal("165000"), currency="CDF")
    with refused("exchange_rate", "is required for an amount in CDF"):
        tranche(build, household, amount=Decimal("165000"), currency="CDF", exchange_rate=Decimal("0"),
                rate_date=D(2023, 6, 30))


def test_a_tranche_with_a_rate_needs_its_date(build, household):
    with refused("rate_date", "is required with an exchange rate"):
        tranche(build, household, amount=Decimal("165000"), currency="CDF", exchange_rate=Decimal("0.00036"))


def test_a_tranche_in_another_currency_with_rate_and_date(session, build, household):
    row = tranche(build, household, amount=Decimal("165000"), currency="CDF", exchange_rate=Decimal("0.00036"),
                  rate_date=D(2023, 6, 30))
    session.expire_all()
    stored = session.get(m.CashTranche, row.id)
    assert (stored.amount, stored.currency, stored.exchange_rate, stored.rate_date) == (
        Decimal("165000.00"), "CDF", Decimal("0.00036000"), D(2023, 6, 30))


def test_a_household_without_project_has_no_currency_to_convert_to(build, kalonda):
    household = build.household(kalonda, code="KAL-0099")
    row = tranche(build, household, amount=Decimal("165000"), currency="CDF")
    assert (row.currency, row.exchange_rate) == ("CDF", None)


def test_a_household_has_one_tranche_of_each_number(build, household, session):
    """Two "No. 1 Transport" tranches for one household were both accepted (issue 17, defect 8)."""
    first = tranche(build, household)
    with refused("sequence", "this household already has a tranche No. 1"):
        tranche(build, household, purpose="construction")
    second = tranche(build, household, sequence=2, purpose="construction")
    other = build.household(household.site, code="KAL-0002")
    assert tranche(build, other).sequence == 1  # another household's No. 1
    with refused("sequence", "this household already has a tranche No. 1"):
        records.update(session, "cash_tranche", second.id, {"sequence": 1})
    assert records.update(session, "cash_tranche", first.id, {"purpose": "subsistence"}).sequence == 1  # itself


def test_the_same_head_and_phone_under_a_new_code_is_refused(build, household, session):
    """The same head of household and phone under a new code was accepted silently (issue 17, defect 8)."""
    records.update(session, "household", household.id, {"phone": "+243 812 345 678"})
    message = "household KAL-0001 has the same head of household and phone; a household is registered once"
    for name, phone in (("Mwamba Kasongo", "+243 812 345 678"), ("MWAMBA  kasongo", "0812-345-678"),
                        ("Mwámba Kasongo", "812345678")):
        with refused("head_name", message):
            build.household(household.site, code="KAL-0002", head_name=name, phone=phone)
    # Another phone, another head, or no phone: another household.
    assert build.household(household.site, code="KAL-0002", phone="+243 812 345 679").code == "KAL-0002"
    assert build.household(household.site, code="KAL-0003", head_name="Ilunga Banza",
                           phone="+243 812 345 678").code == "KAL-0003"
    assert build.household(household.site, code="KAL-0004").phone is None
    assert records.update(session, "household", household.id, {"size": 6}).size == 6  # itself is no duplicate
    # Kept as typed in pairs, the last digits split by spaces: still found (the rule reads only phones whose last
    # four digits are these, whatever stands between them).
    records.update(session, "household", household.id, {"phone": "08 12 34 56 78"})
    with refused("head_name", message):
        build.household(household.site, code="KAL-0005", head_name="Mwamba Kasongo", phone="+243812345678")
