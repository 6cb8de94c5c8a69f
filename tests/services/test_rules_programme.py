"""Rules of donors, projects and the logframe: required fields, dates, amounts, currencies, unique codes,
and indicator values broken down by sex and age."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.builders import D, count, refused
from workbench import models as m
from workbench.services import records

# --- donors -----------------------------------------------------------------------------------

def test_donor_code_is_unique(session, build):
    build.donor()
    with refused("code", "another donor already has code 'ECHO'"):
        build.donor(name="Another ECHO")
    other = build.donor(code="BHA", name="Bureau for Humanitarian Assistance")
    assert [d.code for d in session.scalars(select(m.Donor).order_by(m.Donor.id))] == ["ECHO", "BHA"]
    assert other.id is not None


def test_donor_name_is_required(build):
    with refused("name", "is required"):
        build.create("donor", code="ECHO", name="   ")


# --- projects ---------------------------------------------------------------------------------

@pytest.mark.parametrize("missing", ["code", "title", "start_date", "end_date", "budget", "currency", "donor_id"])
def test_project_required_fields(session, build, missing):
    donor = build.donor()
    values = dict(code="DRC-ECHO-2023-01", title="Durable solutions in Tanganyika", donor_id=donor.id,
                  start_date=D(2023, 1, 1), end_date=D(2024, 6, 30), budget=Decimal("2500000"), currency="USD")
    values[missing] = None
    with refused(missing, "is required"):
        build.create("project", **values)
    assert count(session, m.Project) == 0


def test_project_blank_title_is_refused(build):
    with refused("title", "is required"):
        build.project(title="  ")


def test_project_end_before_start_is_refused(session, build):
    with refused("end_date", "cannot be before the start date", "(2023-01-01)"):
        build.project(end_date=D(2022, 12, 31))
    one_day = build.project(end_date=D(2023, 1, 1), donor=session.scalars(select(m.Donor)).one())
    assert (one_day.start_date, one_day.end_date) == (D(2023, 1, 1), D(2023, 1, 1))


def test_project_budget_cannot_be_negative(build):
    with refused("budget", "cannot be negative"):
        build.project(budget=Decimal("-1"))


def test_project_budget_of_zero_is_accepted(session, build):
    project = build.project(budget=Decimal("0"))
    session.expire_all()
    assert session.get(m.Project, project.id).budget == Decimal("0.00")


@pytest.mark.parametrize("code", ["GBP", "usd", "FC", "CHF"])
def test_project_currency_outside_the_list_is_refused(build, code):
    with refused("currency", "must be one of: USD, EUR, CDF, IQD", repr(code)):
        build.project(currency=code)


@pytest.mark.parametrize("code", ["USD", "EUR", "CDF", "IQD"])
def test_project_currency_in_the_list_is_accepted(session, build, code):
    project = build.project(currency=code)
    session.expire_all()
    assert session.get(m.Project, project.id).currency == code


def test_project_status_is_a_choice(session, build):
    with refused("status", "must be one of: pipeline, ongoing, completed, closed", "'suspended'"):
        build.project(status="suspended")
    project = build.project(status="pipeline", donor=session.scalars(select(m.Donor)).one())
    assert project.status == "pipeline"


def test_project_status_defaults_to_ongoing(build):
    assert build.project().status == "ongoing"


def test_project_code_is_unique(session, build):
    first = build.project()
    donor = session.get(m.Donor, first.donor_id)
    with refused("code", "another project already has code 'DRC-ECHO-2023-01'"):
        build.project(donor=donor)
    second = build.project(code="DRC-ECHO-2024-01", donor=donor)
    # Saving a project with its own code again is not a duplicate.
    records.update(session, "project", first.id, {"code": "DRC-ECHO-2023-01", "title": "Renamed"})
    with refused("code", "another project already has code 'DRC-ECHO-2024-01'"):
        records.update(session, "project", first.id, {"code": "DRC-ECHO-2024-01"})
    assert (first.code, first.title, second.code) == ("DRC-ECHO-2023-01", "Renamed", "DRC-ECHO-2024-01")


# --- logframe ---------------------------------------------------------------------------------

@pytest.fixture
def logframe(build):
    project = build.project()
    outcome = build.create("outcome", project_id=project.id, code="OC1",
                           title="Displaced households reach a durable solution")
    output = build.create("output", outcome_id=outcome.id, code="OP1.1",
                          title="Households receive cash to return or relocate")
    return project, outcome, output


def test_outcome_and_output_need_a_title(build, logframe):
    project, outcome, _ = logframe
    with refused("title", "is required"):
        build.create("outcome", project_id=project.id, code="OC2", title="")
    with refused("code", "is required"):
        build.create("output", outcome_id=outcome.id, code=None, title="Site committees trained")


def test_indicator_measures_an_outcome_or_an_output_not_both(session, build, logframe):
    project, outcome, output = logframe
    with refused("output_id", "an outcome or an output, not both"):
        build.create("indicator", project_id=project.id, outcome_id=outcome.id, output_id=output.id,
                     code="IND1", title="Number of individuals supported to leave sites")
    indicator = build.create("indicator", project_id=project.id, output_id=output.id, code="IND1",
                             title="Number of individuals supported to leave sites")
    assert (indicator.output_id, indicator.outcome_id, indicator.unit) == (output.id, None, "people")


@pytest.fixture
def indicator(build, logframe):
    project, _, output = logframe
    return build.create("indicator", project_id=project.id, output_id=output.id, code="IND1",
                        title="Number of individuals supported to leave sites")


def value(build, indicator, **values):
    defaults = dict(indicator_id=indicator.id, period_label="2023 Q1", period_start=D(2023, 1, 1),
                    period_end=D(2023, 3, 31), target=Decimal("500"))
    return build.create("indicator_value", **(defaults | values))


SADD_120 = dict(girls=30, boys=28, women=25, men=20, older_women=9, older_men=8)  # 120 people


def test_indicator_value_period_end_before_start_is_refused(build, indicator):
    with refused("period_end", "cannot be before the period's start", "(2023-01-01)"):
        value(build, indicator, period_end=D(2022, 12, 31))
    assert value(build, indicator, period_end=D(2023, 1, 1)).period_end == D(2023, 1, 1)


@pytest.mark.parametrize("field", ["target", "achieved"])
def test_indicator_value_cannot_be_negative(build, indicator, field):
    with refused(field, "cannot be negative"):
        value(build, indicator, **{field: Decimal("-5")})


def test_indicator_value_groups_adding_up_to_achieved_are_accepted(session, build, indicator):
    row = value(build, indicator, achieved=Decimal("120"), **SADD_120)
    session.expire_all()
    stored = session.get(m.IndicatorValue, row.id)
    assert stored.achieved == Decimal("120.00")
    assert stored.sadd_values() == SADD_120


def test_indicator_value_groups_not_adding_up_are_refused(session, build, indicator):
    with refused("achieved", "sex and age groups add up to 118, not 120"):
        value(build, indicator, achieved=Decimal("120"), **(SADD_120 | {"older_men": 6}))
    assert count(session, m.IndicatorValue) == 0


def test_indicator_value_partial_groups_are_refused(build, indicator):
    partial = {k: v for k, v in SADD_120.items() if k != "older_women"}
    with refused("older_women", "is missing", "every sex and age group, or none"):
        value(build, indicator, achieved=Decimal("120"), **partial)


def test_indicator_value_negative_group_is_refused(build, indicator):
    with refused("boys", "cannot be negative"):
        value(build, indicator, achieved=Decimal("120"), **(SADD_120 | {"boys": -2, "girls": 60}))


def test_indicator_value_groups_without_achieved_are_refused(build, indicator):
    with refused("achieved", "is required when sex and age groups are given"):
        value(build, indicator, **SADD_120)


def test_indicator_value_broken_down_must_be_whole(build, indicator):
    with refused("achieved", "whole number"):
        value(build, indicator, achieved=Decimal("120.5"), **SADD_120)
    # Without a breakdown a fraction is fine (e.g. a percentage indicator).
    assert value(build, indicator, achieved=Decimal("45.5")).achieved == Decimal("45.5")
