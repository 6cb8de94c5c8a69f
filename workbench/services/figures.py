"""Figures derived from the records (never typed twice): people who left sites, women in committees,
money paid in a project's currency, works progress and delay, totals by programme."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Date, Integer, and_, bindparam, case, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.functions import FunctionElement

from workbench import models as m

CENT = Decimal("0.01")


def people_supported_to_leave(session: Session, site_id: int | None = None, project_id: int | None = None,
                              date_from: dt.date | None = None, date_to: dt.date | None = None) -> int:
    """Sum of the sizes of households that departed (from one site, or supported by one project); with dates,
    those that departed between them (both days included)."""
    stmt = select(func.coalesce(func.sum(m.Household.size), 0)).where(m.Household.departure_date.is_not(None))
    if date_from is not None:
        stmt = stmt.where(m.Household.departure_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(m.Household.departure_date <= date_to)
    if site_id is not None:
        stmt = stmt.where(m.Household.site_id == site_id)
    if project_id is not None:
        stmt = stmt.where(m.Household.project_id == project_id)
    return int(session.scalar(stmt))


def committee_women_share(session: Session, site_id: int | None = None) -> Decimal | None:
    """Women members / members over committees (of one site or all), as a percentage with one decimal."""
    stmt = select(func.sum(m.Committee.members), func.sum(m.Committee.women_members))
    if site_id is not None:
        stmt = stmt.where(m.Committee.site_id == site_id)
    members, women = session.execute(stmt).one()
    if not members:
        return None
    # Half up, as Excel's ROUND does: the figures staff compare against (6.25 % shows as 6.3 %).
    return (Decimal(women) * 100 / Decimal(members)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _in_project_currency(amount, currency: str, rate, project_currency: str) -> Decimal:
    amount = Decimal(amount)
    if currency == project_currency:
        return amount
    return (amount * Decimal(rate)).quantize(CENT, rounding=ROUND_HALF_UP)  # commercial rounding, as Excel


def grant_total_paid(session: Session, grant_id: int) -> Decimal:
    """What was paid on a grant, in the grant's currency."""
    total = session.scalar(select(func.coalesce(func.sum(m.GrantTranche.amount), 0))
                           .where(m.GrantTranche.grant_id == grant_id))
    return Decimal(total).quantize(CENT)


@dataclass(frozen=True)
class ProjectMoney:
    currency: str
    budget: Decimal
    committed: Decimal          # grants approved or later, works contracted, household cash planned or paid
    paid_grants: Decimal
    paid_households: Decimal
    # Paid to contractors: a work's payments when it has any recorded (paid_works_recorded); for a work without
    # any, the work done, its contract value times the progress reported (paid_works_estimated: an interim payment
    # certificate pays the progress certified). paid_works is both.
    paid_works: Decimal = Decimal("0.00")
    # The rates amounts in other currencies were converted at (ExchangeRateUse), for the reader to check.
    rates: tuple = field(default=(), compare=False)
    paid_works_recorded: Decimal = Decimal("0.00")
    works_with_payments: int = 0        # works whose payments are recorded
    works_estimated: int = 0            # works begun without a payment recorded: their work done is the estimate

    @property
    def paid_works_estimated(self) -> Decimal:
        return self.paid_works - self.paid_works_recorded

    @property
    def paid(self) -> Decimal:
        return self.paid_grants + self.paid_households + self.paid_works

    @property
    def committed_unpaid(self) -> Decimal:
        """Committed and not yet paid: what the contracts, approved grants and planned cash still owe."""
        return max(self.committed - self.paid, Decimal("0.00"))


@dataclass(frozen=True)
class ExchangeRateUse:
    """The rates one currency was converted at: lowest and highest, their dates, and the amounts converted."""

    currency: str
    lowest: Decimal
    highest: Decimal
    first_date: dt.date | None
    last_date: dt.date | None
    amount: Decimal             # in the currency
    converted: Decimal          # in the project's currency


class _Rates:
    """The conversions made for one project's figures, gathered as they are made."""

    def __init__(self, project_currency: str):
        self.project_currency = project_currency
        self.seen: dict[str, list] = {}

    def convert(self, amount, currency: str, rate, rate_date: dt.date | None = None) -> Decimal:
        converted = _in_project_currency(amount, currency, rate, self.project_currency)
        if currency != self.project_currency and rate is not None:
            acc = self.seen.setdefault(currency, [Decimal(rate), Decimal(rate), rate_date, rate_date, Decimal(0),
                                                  Decimal(0)])
            acc[0], acc[1] = min(acc[0], Decimal(rate)), max(acc[1], Decimal(rate))
            if rate_date is not None:
                acc[2] = rate_date if acc[2] is None else min(acc[2], rate_date)
                acc[3] = rate_date if acc[3] is None else max(acc[3], rate_date)
            acc[4] += Decimal(amount)
            acc[5] += converted
        return converted

    def uses(self) -> tuple:
        return tuple(ExchangeRateUse(c, lo, hi, first, last, amount.quantize(CENT), converted.quantize(CENT))
                     for c, (lo, hi, first, last, amount, converted) in sorted(self.seen.items()))


NOT_COMMITTED_GRANTS = (m.GrantStatus.APPLICATION, m.GrantStatus.VETTING, m.GrantStatus.REJECTED,
                        m.GrantStatus.CANCELLED)


def project_money(session: Session, project_id: int, on: dt.date | None = None) -> ProjectMoney:
    """Budget, committed and paid for a project, every amount converted to the project's currency.

    With `on`, as they stood at the end of that day: grants by their status then, works begun or due to begin
    by then (or paid by then), cash of the households registered by then (not cancelled), and what had been paid by then.
    """
    from workbench.services.records import get

    project = get(session, "project", project_id)  # a project deleted meanwhile is a NotFoundError, not a crash
    cur = project.currency
    rates = _Rates(cur)
    committed = Decimal(0)
    g = m.LivelihoodGrant
    grants = select(g.id, g.status, g.amount, g.currency, g.exchange_rate, g.rate_date).where(g.project_id == project_id)
    status_then: dict[int, str | None] = {}
    if on is not None:
        grants = grants.where(g.applied_on <= on)
        status_then = grant_statuses_on(session, on, g.project_id == project_id)
    for ident, status, amount, currency, rate, rate_date in session.execute(grants):
        if (status_then.get(ident) or status) not in NOT_COMMITTED_GRANTS:
            committed += rates.convert(amount, currency, rate, rate_date)
    w = m.InfrastructureWork
    works = select(w).where(w.project_id == project_id).options(selectinload(w.progress_reports),
                                                                 selectinload(w.payments))
    if on is not None:
        # Begun or due to begin by then, or already paid something (an advance before the site is handed over).
        works = works.where(or_(func.coalesce(w.actual_start, w.planned_start) <= on,
                                select(m.WorkPayment.id).where(m.WorkPayment.work_id == w.id,
                                                               m.WorkPayment.paid_on <= on).exists()))
    paid_works = paid_recorded = Decimal(0)
    with_payments = estimated = 0
    work_then = work_statuses_on(session, on, w.project_id == project_id) if on is not None else {}
    for work in session.scalars(works):
        committed += rates.convert(work.contract_value, work.currency, work.exchange_rate, work.rate_date)
        if work.payments:
            # What the contractor was paid, by the day asked (an advance may come before the work starts).
            with_payments += 1
            for payment in work.payments:
                if on is None or payment.paid_on <= on:
                    amount = _in_project_currency(payment.amount, payment.currency, payment.exchange_rate, cur)
                    paid_works += amount
                    paid_recorded += amount
            continue
        # No payment recorded: the work done stands for it. A work completed (or handed over) by then was done
        # whole, whatever its last progress report said.
        estimated += 1
        finished = (work_then.get(work.id) or work.status) in (m.WorkStatus.COMPLETED, m.WorkStatus.HANDED_OVER)
        done = Decimal(work.contract_value) * (Decimal(100) if finished else work_progress(work, on)) / 100
        paid_works += _in_project_currency(done.quantize(CENT, rounding=ROUND_HALF_UP), work.currency,
                                           work.exchange_rate, cur)
    # Cash promised to households (planned tranches) is committed as much as a contract is; paid ones too.
    cash = (select(func.sum(m.CashTranche.amount), m.CashTranche.currency, m.CashTranche.exchange_rate,
                   m.CashTranche.rate_date)
            .join(m.Household).where(m.Household.project_id == project_id,
                                     m.CashTranche.status != m.TrancheStatus.CANCELLED))
    if on is not None:
        cash = cash.where(m.Household.registered_on <= on)
    for amount, currency, rate, rate_date in session.execute(
            cash.group_by(m.CashTranche.currency, m.CashTranche.exchange_rate, m.CashTranche.rate_date)):
        committed += rates.convert(amount, currency, rate, rate_date)
    paid_grants = Decimal(0)
    # Converted grant by grant, as committed is, so a fully paid project never shows paid above committed.
    rows = (select(func.sum(m.GrantTranche.amount), g.currency, g.exchange_rate)
            .join(g).where(g.project_id == project_id))
    if on is not None:
        rows = rows.where(m.GrantTranche.paid_on <= on)
    for amount, currency, rate in session.execute(rows.group_by(g.id, g.currency, g.exchange_rate)):
        paid_grants += _in_project_currency(amount, currency, rate, cur)
    paid_households = Decimal(0)
    rows = (select(func.sum(m.CashTranche.amount), m.CashTranche.currency, m.CashTranche.exchange_rate)
            .join(m.Household).where(m.Household.project_id == project_id,
                                     m.CashTranche.status == m.TrancheStatus.PAID))
    if on is not None:
        rows = rows.where(m.CashTranche.paid_on <= on)
    rows = session.execute(rows.group_by(m.CashTranche.currency, m.CashTranche.exchange_rate))
    for amount, currency, rate in rows:
        paid_households += _in_project_currency(amount, currency, rate, cur)
    return ProjectMoney(cur, Decimal(project.budget).quantize(CENT), committed.quantize(CENT),
                        paid_grants.quantize(CENT), paid_households.quantize(CENT), paid_works.quantize(CENT),
                        rates.uses(), paid_recorded.quantize(CENT), with_payments, estimated)


@dataclass(frozen=True)
class IndicatorTotal:
    """An indicator's figure over several reporting periods, made by its declared aggregation."""

    target: Decimal
    achieved: Decimal | None        # None when none of the periods has an achieved value
    counted: tuple = ()             # the values achieved is made of: their sex and age add up only in a sum


def indicator_total(aggregation: str, values: Iterable) -> IndicatorTotal | None:
    """The one place an indicator's periods make one figure (None for no period); `values` have period_start,
    target and achieved (IndicatorValue records or rows).

    sum: targets and achieved values added up (people, works). latest: the latest period reported, its target
    beside it (a donor reads "80 % of households completed their shelter" as where the project stands, not as
    480 %). average: the mean of the periods' targets and of the periods reported, to one decimal. maximum: the
    largest achieved value and the largest target (people reached each quarter, mostly the same people)."""
    values = sorted(values, key=lambda v: v.period_start)
    if not values:
        return None
    reported = [v for v in values if v.achieved is not None]
    how = aggregation or m.Aggregation.SUM
    if how == m.Aggregation.LATEST:
        last = reported[-1] if reported else values[-1]
        return IndicatorTotal(Decimal(last.target), Decimal(last.achieved) if reported else None,
                              (last,) if reported else ())
    if how == m.Aggregation.AVERAGE:
        tenth = Decimal("0.1")
        target = (sum((Decimal(v.target) for v in values), Decimal(0)) / len(values)).quantize(tenth, ROUND_HALF_UP)
        achieved = (sum((Decimal(v.achieved) for v in reported), Decimal(0)) / len(reported)).quantize(
            tenth, ROUND_HALF_UP) if reported else None
        return IndicatorTotal(target, achieved)
    if how == m.Aggregation.MAXIMUM:
        top = max(reported, key=lambda v: Decimal(v.achieved)) if reported else None
        return IndicatorTotal(max(Decimal(v.target) for v in values),
                              Decimal(top.achieved) if top is not None else None, (top,) if top is not None else ())
    if how != m.Aggregation.SUM:
        raise ValueError(f"unknown aggregation {how!r}")
    return IndicatorTotal(sum((Decimal(v.target) for v in values), Decimal(0)),
                          sum((Decimal(v.achieved) for v in reported), Decimal(0)) if reported else None,
                          tuple(reported))


def work_progress(work: m.InfrastructureWork, on: dt.date | None = None) -> Decimal:
    """The latest progress report's percentage (0 before any report); with `on`, the latest made by that day."""
    reports = work.progress_reports if on is None else [r for r in work.progress_reports if r.reported_on <= on]
    return Decimal(reports[-1].progress_percent) if reports else Decimal(0)


def work_delay_days(work: m.InfrastructureWork, today: dt.date) -> int:
    """Days past the planned end: up to the actual end, or up to `today` for a work not finished by then."""
    end = work.actual_end if work.actual_end is not None and work.actual_end <= today else today
    return max(0, (end - work.planned_end).days)


def work_delay_sql(work=m.InfrastructureWork):
    """work_delay_days as a column of a query, for the works table to show and sort by (issue 17, defect 9): the
    same reckoning, written beside it, with today taken in Python when the query runs (not the database server's
    date), so the table, the form and the report count the same days (tests/views/test_work_dates.py)."""
    today = bindparam("delay_today", callable_=dt.date.today, type_=Date())
    end = case((and_(work.actual_end.is_not(None), work.actual_end <= today), work.actual_end), else_=today)
    late = days_between(end, work.planned_end)
    return case((work.planned_end.is_(None), None), (late > 0, late), else_=0)


class days_between(FunctionElement):
    """Whole days from the second date to the first: date subtraction on PostgreSQL, julianday() on SQLite."""

    type = Integer()
    name = "days_between"
    inherit_cache = True


@compiles(days_between)
def _days_between(element, compiler, **kw):
    end, start = element.clauses
    return f"({compiler.process(end, **kw)} - {compiler.process(start, **kw)})"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element, compiler, **kw):
    end, start = element.clauses
    return f"CAST(julianday({compiler.process(end, **kw)}) - julianday({compiler.process(start, **kw)}) AS INTEGER)"


def statuses_on(changes: Iterable[tuple[int, str | None, str, dt.date]], day: dt.date) -> dict[int, str | None]:
    """Each record's status on `day`, from its dated status changes (record id, from, to, date), given in
    order of record, date and entry. A record whose first change came after `day` had that change's "from"
    status (None when unknown: the caller keeps the record's status). Records without changes are absent."""
    status: dict[int, str | None] = {}
    for record, before, after, on in changes:
        if record not in status:
            status[record] = after if on <= day else before
        elif on <= day:
            status[record] = after
    return status


@dataclass(frozen=True)
class ProgrammeTotal:
    programme: str
    grants: int
    amount: Decimal
    currency: str
    paid: Decimal


def grant_statuses_on(session: Session, day: dt.date, *where) -> dict[int, str | None]:
    """The status each grant (of those `where` selects) had at the end of `day`, from its dated steps."""
    c, g = m.GrantStatusChange, m.LivelihoodGrant
    return statuses_on(session.execute(
        select(c.grant_id, c.from_status, c.to_status, c.changed_on).join(g, g.id == c.grant_id).where(*where)
        .order_by(c.grant_id, c.changed_on, c.id)), day)


def work_statuses_on(session: Session, day: dt.date, *where) -> dict[int, str | None]:
    """The status each work (of those `where` selects) had at the end of `day`, from its dated steps."""
    c, w = m.WorkStatusChange, m.InfrastructureWork
    return statuses_on(session.execute(
        select(c.work_id, c.from_status, c.to_status, c.changed_on).join(w, w.id == c.work_id).where(*where)
        .order_by(c.work_id, c.changed_on, c.id)), day)


def totals_by_programme(session: Session, project_id: int | None = None,
                        on: dt.date | None = None) -> list[ProgrammeTotal]:
    """Grants, amount and paid per programme (EDF, ILA, CfW) and currency; rejected/cancelled left out.

    With `on`, as they stood at the end of that day: grants applied for by then, by their status then, and
    the tranches paid by then."""
    g = m.LivelihoodGrant
    paid = select(m.GrantTranche.grant_id, func.sum(m.GrantTranche.amount).label("paid"))
    if on is not None:
        paid = paid.where(m.GrantTranche.paid_on <= on)
    paid = paid.group_by(m.GrantTranche.grant_id).subquery()
    chosen = [] if project_id is None else [g.project_id == project_id]
    if on is not None:
        chosen.append(g.applied_on <= on)
    status_then = grant_statuses_on(session, on, *chosen) if on is not None else {}
    sums: dict[tuple[str, str], list] = {}
    for ident, programme, currency, status, amount, paid_amount in session.execute(
            select(g.id, g.programme, g.currency, g.status, g.amount, func.coalesce(paid.c.paid, 0))
            .outerjoin(paid, paid.c.grant_id == g.id).where(*chosen)):
        if (status_then.get(ident) or status) in (m.GrantStatus.REJECTED, m.GrantStatus.CANCELLED):
            continue
        acc = sums.setdefault((programme, currency), [0, Decimal(0), Decimal(0)])
        acc[0] += 1
        acc[1] += Decimal(amount)
        acc[2] += Decimal(paid_amount)
    return [ProgrammeTotal(p, n, a.quantize(CENT), c, pd.quantize(CENT))
            for (p, c), (n, a, pd) in sorted(sums.items())]


def households_by_intention(session: Session, site_id: int | None = None, present_on: dt.date | None = None,
                            present: bool = False) -> dict[str, int]:
    """Households by intention; with `present`, only those still in the site (on `present_on`, or today)."""
    stmt = select(m.Household.intention, func.count()).group_by(m.Household.intention)
    if site_id is not None:
        stmt = stmt.where(m.Household.site_id == site_id)
    if present or present_on is not None:
        stmt = stmt.where(*present_in_site(present_on))
    return {intention: n for intention, n in session.execute(stmt)}


def present_in_site(on: dt.date | None = None) -> tuple:
    """The conditions on a household still in its site at the end of `on` (today's records when None):
    registered by then and not departed by then."""
    h = m.Household
    if on is None:
        return (h.departure_date.is_(None),)
    return (h.registered_on <= on, (h.departure_date.is_(None)) | (h.departure_date > on))


def site_households(session: Session, site_id: int, on: dt.date | None = None) -> dict[str, int]:
    """Households and people of a site: registered, departed and still present (at the end of `on`, when given:
    registered by then, departed by then)."""
    h = m.Household
    departed = h.departure_date.is_not(None) if on is None else h.departure_date <= on
    stmt = select(
        func.count(),
        func.coalesce(func.sum(h.size), 0),
        func.coalesce(func.sum(case((departed, 1), else_=0)), 0),
        func.coalesce(func.sum(case((departed, h.size), else_=0)), 0),
    ).where(h.site_id == site_id)
    if on is not None:
        stmt = stmt.where(h.registered_on <= on)
    n, people, departed, departed_people = session.execute(stmt).one()
    return {"households": n, "people": int(people), "departed_households": int(departed),
            "departed_people": int(departed_people), "present_households": n - int(departed),
            "present_people": int(people) - int(departed_people)}


@dataclass(frozen=True)
class OfficeSummary:
    """The first figures a person sees on opening the workbench."""

    projects: int
    sites: int
    open_sites: int
    households: int
    people_supported_to_leave: int
    grants: int
    works: int
    open_complaints_over_30_days: int


def office_summary(session: Session, today: dt.date) -> OfficeSummary:
    def count(model, *where) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    old = today - dt.timedelta(days=30)
    return OfficeSummary(
        projects=count(m.Project),
        sites=count(m.Site),
        open_sites=count(m.Site, m.Site.status != m.SiteStatus.CLOSED),
        households=count(m.Household),
        people_supported_to_leave=people_supported_to_leave(session),
        grants=count(m.LivelihoodGrant),
        works=count(m.InfrastructureWork),
        open_complaints_over_30_days=count(m.Complaint, m.Complaint.status != m.ComplaintStatus.RESOLVED,
                                           m.Complaint.received_on < old),
    )
