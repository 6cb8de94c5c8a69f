"""Validation rules of every record type; each broken rule raises a DomainError naming the field."""

from __future__ import annotations

import re
from decimal import Decimal

from sqlalchemy import inspect as sa_inspect, select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.kinds import limits
from workbench.services import locks
from workbench.services.errors import DomainError

PCODE = re.compile(r"^[A-Z]{2}[A-Z0-9]{0,18}$")


def require(obj, *fields: str) -> None:
    for field in fields:
        value = getattr(obj, field)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise DomainError("is required", field)


def required_columns(obj) -> list[str]:
    """Columns the database needs a value for and that have no default."""
    names = []
    for column in sa_inspect(type(obj)).columns:
        if column.primary_key or column.nullable or column.default is not None or column.key == "version":
            continue
        names.append(column.key)
    return names


def non_negative(obj, *fields: str) -> None:
    for field in fields:
        value = getattr(obj, field)
        if value is not None and value < 0:
            raise DomainError("cannot be negative", field)


def one_of(obj, field: str, allowed) -> None:
    value = getattr(obj, field)
    values = [str(a) for a in allowed]
    if value is not None and str(value) not in values:
        raise DomainError(f"must be one of: {', '.join(values)} (not {value!r})", field)


def not_before(obj, later: str, earlier: str, later_label: str | None = None, earlier_label: str | None = None):
    first, second = getattr(obj, earlier), getattr(obj, later)
    if first is not None and second is not None and second < first:
        raise DomainError(f"cannot be before {earlier_label or earlier.replace('_', ' ')} ({first.isoformat()})",
                          later)


def currency(obj, field: str = "currency") -> None:
    one_of(obj, field, m.CURRENCIES)


def sadd_adds_up(obj, total_field: str) -> None:
    """Either no sex/age count is given, or all are and they add up to the total."""
    values = obj.sadd_values()
    given = [v for v in values.values() if v is not None]
    if not given:
        return
    for name, value in values.items():
        if value is None:
            raise DomainError("is missing: give every sex and age group, or none", name)
        if value < 0:
            raise DomainError("cannot be negative", name)
    total = getattr(obj, total_field)
    if total is not None and sum(given) != total:
        raise DomainError(f"sex and age groups add up to {sum(given)}, not {total}", total_field)


def unique(session: Session, obj, field: str, label: str) -> None:
    model = type(obj)
    value = getattr(obj, field)
    stmt = select(model.id).where(getattr(model, field) == value)
    if obj.id is not None:
        stmt = stmt.where(model.id != obj.id)
    with session.no_autoflush:
        if session.scalars(stmt.limit(1)).first() is not None:
            raise DomainError(f"another {label} already has {field.replace('_', ' ')} {value!r}", field)


def rate_when_foreign(session: Session, obj, project_id: int | None, currency_field: str = "currency") -> None:
    """An amount in another currency than its project's keeps the rate used and its date."""
    if project_id is None:
        return
    with session.no_autoflush:
        project_currency = session.scalar(select(m.Project.currency).where(m.Project.id == project_id))
    if project_currency is None or getattr(obj, currency_field) == project_currency:
        return
    if obj.exchange_rate is None or obj.exchange_rate <= 0:
        raise DomainError(f"is required for an amount in {getattr(obj, currency_field)} "
                          f"(the project is in {project_currency})", "exchange_rate")
    if obj.rate_date is None:
        raise DomainError("is required with an exchange rate", "rate_date")


def _get(session: Session, model, ident):
    with session.no_autoflush:
        return session.get(model, ident) if ident is not None else None


# --- one function per record type -------------------------------------------------------------

def donor(session: Session, obj: m.Donor) -> None:
    unique(session, obj, "code", "donor")


def project(session: Session, obj: m.Project) -> None:
    not_before(obj, "end_date", "start_date", earlier_label="the start date")
    non_negative(obj, "budget")
    currency(obj)
    one_of(obj, "status", m.ProjectStatus)
    unique(session, obj, "code", "project")


def outcome(session: Session, obj: m.Outcome) -> None:
    pass


def output(session: Session, obj: m.Output) -> None:
    pass


def indicator(session: Session, obj: m.Indicator) -> None:
    if obj.output_id is not None and obj.outcome_id is not None:
        raise DomainError("an indicator measures an outcome or an output, not both", "output_id")


def indicator_value(session: Session, obj: m.IndicatorValue) -> None:
    not_before(obj, "period_end", "period_start", earlier_label="the period's start")
    non_negative(obj, "target", "achieved")
    if obj.achieved is not None:
        if obj.achieved != int(obj.achieved) and any(v is not None for v in obj.sadd_values().values()):
            raise DomainError("a value broken down by sex and age must be a whole number", "achieved")
        sadd_adds_up(obj, "achieved")
    elif any(v is not None for v in obj.sadd_values().values()):
        raise DomainError("is required when sex and age groups are given", "achieved")


def location(session: Session, obj: m.Location) -> None:
    if not PCODE.match(obj.pcode or ""):
        raise DomainError("must be two capital letters (the country) followed by letters or digits, e.g. CD74",
                          "pcode")
    one_of(obj, "admin_level", [level.value for level in m.AdminLevel])
    parent = _get(session, m.Location, obj.parent_id)
    if obj.admin_level == m.AdminLevel.COUNTRY:
        if parent is not None:
            raise DomainError("a country has no parent area", "parent_id")
    else:
        if parent is None:
            raise DomainError("is required below country level", "parent_id")
        if parent.admin_level != obj.admin_level - 1:
            raise DomainError(f"must be one level up (level {obj.admin_level - 1}); "
                              f"{parent.pcode} is level {parent.admin_level}", "parent_id")
        if parent.pcode[:2] != obj.pcode[:2] or obj.pcode == parent.pcode:
            raise DomainError(f"{obj.pcode} is not in the same country as its parent {parent.pcode}", "pcode")
    if obj.latitude is not None and not -90 <= obj.latitude <= 90:
        raise DomainError("must be between -90 and 90", "latitude")
    if obj.longitude is not None and not -180 <= obj.longitude <= 180:
        raise DomainError("must be between -180 and 180", "longitude")
    unique(session, obj, "pcode", "location")


def site(session: Session, obj: m.Site) -> None:
    one_of(obj, "site_type", m.SiteType)
    one_of(obj, "status", m.SiteStatus)
    not_before(obj, "closed_on", "opened_on", earlier_label="the opening date")
    unique(session, obj, "name", "site")


def population_count(session: Session, obj: m.PopulationCount) -> None:
    non_negative(obj, "households", "individuals")
    if obj.households > obj.individuals:
        raise DomainError(f"cannot be more than the individuals ({obj.individuals})", "households")
    sadd_adds_up(obj, "individuals")
    parent = _get(session, m.Site, obj.site_id)
    if parent is not None and obj.counted_on < parent.opened_on:
        raise DomainError(f"cannot be before the site opened ({parent.opened_on.isoformat()})", "counted_on")


def committee(session: Session, obj: m.Committee) -> None:
    non_negative(obj, "members", "women_members")
    if obj.women_members > obj.members:
        raise DomainError(f"cannot be more than the members ({obj.members})", "women_members")


def committee_training(session: Session, obj: m.CommitteeTraining) -> None:
    non_negative(obj, "participants")


def complaint(session: Session, obj: m.Complaint) -> None:
    one_of(obj, "channel", m.ComplaintChannel)
    one_of(obj, "status", m.ComplaintStatus)
    not_before(obj, "resolved_on", "received_on", earlier_label="the date received")
    if obj.status == m.ComplaintStatus.RESOLVED and obj.resolved_on is None:
        raise DomainError("is required for a resolved complaint", "resolved_on")
    if obj.status != m.ComplaintStatus.RESOLVED and obj.resolved_on is not None:
        raise DomainError("only a resolved complaint has a resolution date", "resolved_on")


def site_infrastructure(session: Session, obj: m.SiteInfrastructure) -> None:
    one_of(obj, "kind", m.InfrastructureKind)
    one_of(obj, "condition", m.Condition)
    non_negative(obj, "quantity")


def household(session: Session, obj: m.Household) -> None:
    if obj.size is not None and obj.size < 1:
        raise DomainError("must be at least 1", "size")
    one_of(obj, "head_sex", m.Sex)
    one_of(obj, "status", m.HouseholdStatus)
    one_of(obj, "intention", m.Intention)
    sadd_adds_up(obj, "size")
    for item in filter(None, (v.strip() for v in (obj.vulnerabilities or "").split(","))):
        if item not in [str(v) for v in m.Vulnerability]:
            raise DomainError(f"unknown vulnerability {item!r}; use: {', '.join(m.Vulnerability)}",
                              "vulnerabilities")
    not_before(obj, "departure_date", "registered_on", earlier_label="the household's registration date")
    if obj.departure_date is not None and obj.destination_id is None:
        raise DomainError("is required when the household has departed", "destination_id")
    if obj.id is None or sa_inspect(obj).attrs.site_id.history.has_changes():
        # The site as committed now, held (FOR SHARE) until this household is saved: a user closing it waits
        # for this one, or this one sees it closed (services/locks.py).
        site = None if obj.site_id is None else locks.lock_row(session, m.Site, obj.site_id, m.Site.name,
                                                              m.Site.status, m.Site.closed_on, shared=True)
        if site is not None and site.status == m.SiteStatus.CLOSED:
            # A household already there when the site closed keeps its record (its departure is recorded).
            raise DomainError(closed_site_refusal(site.name, site.closed_on), "site_id")
    unique(session, obj, "code", "household")


def closed_site_refusal(name: str, closed_on) -> str:
    """Why no household is registered in a closed site (the rule's words for one record and for an import)."""
    return f"{name} closed on {closed_on}; no household can be registered there"


def cash_tranche(session: Session, obj: m.CashTranche) -> None:
    one_of(obj, "purpose", m.TranchePurpose)
    one_of(obj, "status", m.TrancheStatus)
    currency(obj)
    if obj.amount is not None and obj.amount <= 0:
        raise DomainError("must be more than zero", "amount")
    if obj.status == m.TrancheStatus.PAID and obj.paid_on is None:
        raise DomainError("is required for a paid tranche", "paid_on")
    owner = _get(session, m.Household, obj.household_id)
    if owner is not None:
        if obj.paid_on is not None and obj.paid_on < owner.registered_on:
            raise DomainError(f"cannot be before the household's registration date "
                              f"({owner.registered_on.isoformat()})", "paid_on")
        rate_when_foreign(session, obj, owner.project_id)


def livelihood_grant(session: Session, obj: m.LivelihoodGrant) -> None:
    one_of(obj, "programme", m.Programme)
    one_of(obj, "status", m.GrantStatus)
    one_of(obj, "recipient_sex", m.Sex)
    currency(obj)
    non_negative(obj, "jobs_created", "jobs_retained", "days_worked", "daily_rate")
    if obj.programme == m.Programme.CFW:
        require(obj, "days_worked", "daily_rate")
        expected = (Decimal(obj.days_worked) * Decimal(obj.daily_rate)).quantize(Decimal("0.01"))
        if obj.amount is None:
            obj.amount = expected
        elif obj.amount != expected:
            raise DomainError(f"must be days worked x daily rate = {expected}", "amount")
    if obj.programme == m.Programme.EDF:
        require(obj, "business_name")
    if obj.programme == m.Programme.ILA:
        require(obj, "ila_kind")
        one_of(obj, "ila_kind", m.IlaKind)
    if obj.amount is None or obj.amount <= 0:
        raise DomainError("must be more than zero", "amount")
    paid = Decimal(0)
    if obj.id is not None:
        # What was paid, read under the grant's lock (services/locks.py): a tranche another user is paying
        # now is either in this sum or waits for this change and is then judged against the new amount.
        locks.lock_row(session, m.LivelihoodGrant, obj.id)
        locks.read_again(obj, "tranches")
        with session.no_autoflush:
            paid = sum((t.amount for t in obj.tranches), Decimal(0))
    if obj.amount < paid:
        raise DomainError(f"cannot be less than what was already paid ({paid})", "amount")
    rate_when_foreign(session, obj, obj.project_id)
    unique(session, obj, "code", "grant")


def infrastructure_work(session: Session, obj: m.InfrastructureWork) -> None:
    one_of(obj, "work_type", m.WorkType)
    one_of(obj, "status", m.WorkStatus)
    currency(obj)
    non_negative(obj, "contract_value", "people_served")
    not_before(obj, "planned_end", "planned_start", earlier_label="the planned start")
    not_before(obj, "actual_end", "actual_start", earlier_label="the actual start")
    rate_when_foreign(session, obj, obj.project_id)
    unique(session, obj, "code", "work")


def work_progress_report(session: Session, obj: m.WorkProgressReport) -> None:
    if obj.progress_percent is not None and not 0 <= obj.progress_percent <= 100:
        raise DomainError("must be between 0 and 100", "progress_percent")
    parent = _get(session, m.InfrastructureWork, obj.work_id)
    if parent is not None and parent.actual_start is not None and obj.reported_on < parent.actual_start:
        raise DomainError(f"cannot be before the work started ({parent.actual_start.isoformat()})", "reported_on")


def user(session: Session, obj: m.User) -> None:
    unique(session, obj, "username", "user")


def attachment(session: Session, obj: m.Attachment) -> None:
    non_negative(obj, "size")


def check(session: Session, validator, obj) -> None:
    """Required fields first (so a user fixes the simplest thing first), then the record's own rules."""
    required = required_columns(obj)
    if isinstance(obj, m.LivelihoodGrant) and obj.programme == m.Programme.CFW:
        # A cash-for-work amount is computed from the days worked and the daily rate: ask for those.
        required.remove("amount")
    require(obj, *required)
    fits_its_columns(obj)
    validator(session, obj)


def fits_its_columns(obj) -> None:
    """Every value fits its column on both backends: length, range, decimals (kinds/limits.py, whose column-wise
    half the import applies), rather than let the database round it or refuse it with a bare error."""
    for column in sa_inspect(type(obj)).columns:
        reason = limits.problem(limits.limits_of(column), getattr(obj, column.key))
        if reason:
            raise DomainError(reason, column.key)


__all__ = ["check", "DomainError", "PCODE"]
