"""The dashboard's figures and chart series, for the whole office or one project, as plain data. No Qt."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.services import figures
from workbench.services.screens import OPEN_REFERRALS, referral_overdue

CENT = Decimal("0.01")


@dataclass(frozen=True)
class GrantGroup:
    programme: str
    status: str
    grants: int
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class WorkGroup:
    status: str
    works: int
    average_progress: Decimal  # percent, latest progress report of each work (0 without one)


@dataclass(frozen=True)
class DashboardFigures:
    project_id: int | None
    sites: int
    open_sites: int
    households: int
    people_supported_to_leave: int
    households_by_intention: dict[str, int]
    grants: list[GrantGroup]
    works: list[WorkGroup]
    open_complaints_over_30_days: int
    open_referrals: int = 0     # not yet delivered, declined, closed or withdrawn
    overdue_referrals: int = 0  # not answered by the provider by their priority's deadline (services/screens.py)
    kits_distributed: int = 0  # kits of the households whose receipt was not found "not received"

    @property
    def grants_total(self) -> int:
        return sum(g.grants for g in self.grants)

    @property
    def works_total(self) -> int:
        return sum(w.works for w in self.works)


@dataclass(frozen=True)
class Period:
    """The dashboard's period: both days included, either open. Without one every figure is to date."""
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def set(self) -> bool:
        return self.start is not None or self.end is not None

    def within(self, column) -> list:
        return ([column >= self.start] if self.start is not None else []) + \
               ([column <= self.end] if self.end is not None else [])

    def holds_month(self, month: dt.date) -> bool:
        """A month (its first day) with at least one day in the period."""
        last = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return (self.start is None or last >= self.start) and (self.end is None or month <= self.end)


ALL_TIME = Period()


@dataclass(frozen=True)
class MonthlyPoint:
    month: dt.date  # the first day of the month
    value: Decimal


def key_figures(session: Session, today: dt.date, project_id: int | None = None,
                period: Period = ALL_TIME) -> DashboardFigures:
    """The tiles' figures. With a period, what happens on a day counts only if it falls in it: the people who left
    sites (departure), the households registered, the grants applied for, the kits received; what stands today
    stays today's: sites open, works by status, complaints and referrals open. Each is what `drill` lists."""
    def count(model, *where) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    site_where = [m.Site.project_id == project_id] if project_id is not None else []
    household_where = [m.Household.project_id == project_id] if project_id is not None else []
    household_where += period.within(m.Household.registered_on)
    intentions = select(m.Household.intention, func.count()).where(*household_where).group_by(m.Household.intention)

    grant_stmt = (select(m.LivelihoodGrant.programme, m.LivelihoodGrant.status, m.LivelihoodGrant.currency,
                         func.count(), func.coalesce(func.sum(m.LivelihoodGrant.amount), 0))
                  .group_by(m.LivelihoodGrant.programme, m.LivelihoodGrant.status, m.LivelihoodGrant.currency)
                  .order_by(m.LivelihoodGrant.programme, m.LivelihoodGrant.status, m.LivelihoodGrant.currency))
    if project_id is not None:
        grant_stmt = grant_stmt.where(m.LivelihoodGrant.project_id == project_id)
    grant_stmt = grant_stmt.where(*period.within(m.LivelihoodGrant.applied_on))
    grants = [GrantGroup(p, s, n, Decimal(a).quantize(CENT), c) for p, s, c, n, a in session.execute(grant_stmt)]

    latest = (select(m.WorkProgressReport.progress_percent)
              .where(m.WorkProgressReport.work_id == m.InfrastructureWork.id)
              .order_by(m.WorkProgressReport.reported_on.desc(), m.WorkProgressReport.id.desc())
              .limit(1).correlate(m.InfrastructureWork).scalar_subquery())
    per_work = select(m.InfrastructureWork.status.label("status"),
                      func.coalesce(latest, 0).label("progress"))
    if project_id is not None:
        per_work = per_work.where(m.InfrastructureWork.project_id == project_id)
    per_work = per_work.subquery()
    work_stmt = (select(per_work.c.status, func.count(), func.avg(per_work.c.progress))
                 .group_by(per_work.c.status).order_by(per_work.c.status))
    works = [WorkGroup(s, n, Decimal(str(avg or 0)).quantize(Decimal("0.1"))) for s, n, avg in session.execute(work_stmt)]

    old = today - dt.timedelta(days=30)
    complaint_where = [m.Complaint.status != m.ComplaintStatus.RESOLVED, m.Complaint.received_on < old]
    if project_id is not None:
        complaint_where.append(m.Complaint.site_id.in_(select(m.Site.id).where(m.Site.project_id == project_id)))

    referral_where = []
    if project_id is not None:
        referral_where.append(m.Referral.crc_id.in_(
            select(m.ResourceCentre.id).where(m.ResourceCentre.project_id == project_id)))

    return DashboardFigures(
        project_id=project_id,
        sites=count(m.Site, *site_where),
        open_sites=count(m.Site, m.Site.status != m.SiteStatus.CLOSED, *site_where),
        households=count(m.Household, *household_where),
        people_supported_to_leave=figures.people_supported_to_leave(session, project_id=project_id,
                                                                    date_from=period.start, date_to=period.end),
        households_by_intention={i: n for i, n in session.execute(intentions)},
        grants=grants,
        works=works,
        open_complaints_over_30_days=count(m.Complaint, *complaint_where),
        open_referrals=count(m.Referral, m.Referral.status.in_(OPEN_REFERRALS), *referral_where),
        overdue_referrals=count(m.Referral, referral_overdue(today), *referral_where),
        kits_distributed=kits_distributed(session, project_id, period),
    )


def kits_distributed(session: Session, project_id: int | None = None, period: Period = ALL_TIME) -> int:
    """Kits handed to households: their entitlements, for the households with a receipt not found "not
    received" on verification (received in the period, with one)."""
    E, R = m.Entitlement, m.Receipt
    stmt = (select(func.coalesce(func.sum(E.quantity), 0)).select_from(R)
            .join(E, (E.distribution_id == R.distribution_id) & (E.household_id == R.household_id))
            .where((R.verification.is_(None)) | (R.verification != m.Verification.NOT_RECEIVED),
                   *period.within(R.received_on)))
    if project_id is not None:
        stmt = stmt.where(R.distribution_id.in_(select(m.Distribution.id).where(m.Distribution.project_id == project_id)))
    return int(session.scalar(stmt) or 0)


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def site_population_by_month(session: Session, project_id: int | None = None) -> list[MonthlyPoint]:
    """Individuals living in sites per month: each site's last count of the month, carried forward until
    its next count, summed over sites (a site counted in March and June still counts in April and May)."""
    stmt = select(m.PopulationCount.site_id, m.PopulationCount.counted_on, m.PopulationCount.individuals) \
        .order_by(m.PopulationCount.site_id, m.PopulationCount.counted_on, m.PopulationCount.id)
    if project_id is not None:
        stmt = stmt.where(m.PopulationCount.site_id.in_(select(m.Site.id).where(m.Site.project_id == project_id)))
    last_of_month: dict[int, dict[dt.date, int]] = defaultdict(dict)
    for site_id, day, individuals in session.execute(stmt):
        last_of_month[site_id][_month(day)] = individuals
    if not last_of_month:
        return []
    months = sorted({month for per_site in last_of_month.values() for month in per_site})
    all_months = []
    month = months[0]
    while month <= months[-1]:
        all_months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    totals = dict.fromkeys(all_months, 0)
    for per_site in last_of_month.values():
        current = None
        for month in all_months:
            current = per_site.get(month, current)
            if current is not None:
                totals[month] += current
    return [MonthlyPoint(month, Decimal(total)) for month, total in totals.items()]


@dataclass(frozen=True)
class PaymentSeries:
    """Money paid per month of one kind ("grant": livelihood grants' tranches, "household": households' cash
    tranches) in one currency. `converted`: some amounts were paid in another currency and converted to this one
    (the project's) at the exchange rate stored with them."""
    kind: str
    currency: str
    points: list[MonthlyPoint]
    converted: bool = False


def payments_by_month(session: Session, project_id: int | None = None) -> list[PaymentSeries]:
    """Grant tranches and household cash paid per month, each in its project's currency: an amount paid in another
    currency (IQD, CDF) is converted at the rate stored with it (the grant's or the cash tranche's, in units of the
    project's currency), so the 5 M USD of EDF and the IQD of CfW are one series. One series per kind and currency
    (projects in USD and in EUR stay apart); an amount with no project or no rate keeps its own currency."""
    P = m.Project
    totals: dict[tuple[str, str], dict[dt.date, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    converted: set[tuple[str, str]] = set()

    def add(kind, rows):
        for y, mo, project_currency, currency, rate, amount in rows:
            amount = Decimal(str(amount))
            if project_currency and currency != project_currency and rate is not None:
                key = (kind, project_currency)
                converted.add(key)
                amount = amount * Decimal(str(rate))
            else:
                key = (kind, project_currency if currency == project_currency else currency)
            totals[key][dt.date(int(y), int(mo), 1)] += amount

    G, T = m.LivelihoodGrant, m.GrantTranche
    year, month = extract("year", T.paid_on), extract("month", T.paid_on)
    grants = (select(year, month, P.currency, G.currency, G.exchange_rate, func.sum(T.amount))
              .join(G, G.id == T.grant_id).join(P, P.id == G.project_id)
              .group_by(year, month, P.currency, G.currency, G.exchange_rate))
    C, H = m.CashTranche, m.Household
    year, month = extract("year", C.paid_on), extract("month", C.paid_on)
    cash = (select(year, month, P.currency, C.currency, C.exchange_rate, func.sum(C.amount))
            .join(H, H.id == C.household_id).outerjoin(P, P.id == H.project_id)
            .where(C.status == m.TrancheStatus.PAID, C.paid_on.is_not(None))
            .group_by(year, month, P.currency, C.currency, C.exchange_rate))
    if project_id is not None:
        grants = grants.where(G.project_id == project_id)
        cash = cash.where(H.project_id == project_id)
    add("grant", session.execute(grants))
    add("household", session.execute(cash))
    order = {"grant": 0, "household": 1}
    return [PaymentSeries(kind, currency, [MonthlyPoint(month, value.quantize(CENT))
                                            for month, value in sorted(by_month.items())],
                          (kind, currency) in converted)
            for (kind, currency), by_month in sorted(totals.items(), key=lambda item: (order[item[0][0]], item[0][1]))]


@dataclass(frozen=True)
class WorkProgress:
    code: str
    title: str
    status: str
    progress: Decimal


def works_progress(session: Session, project_id: int | None = None, limit: int = 12) -> list[WorkProgress]:
    """The works under way (ongoing or suspended) with their latest progress, least advanced first."""
    W = m.InfrastructureWork
    latest = (select(m.WorkProgressReport.progress_percent)
              .where(m.WorkProgressReport.work_id == W.id)
              .order_by(m.WorkProgressReport.reported_on.desc(), m.WorkProgressReport.id.desc())
              .limit(1).correlate(W).scalar_subquery())
    progress = func.coalesce(latest, 0)
    stmt = (select(W.code, W.title, W.status, progress)
            .where(W.status.in_([m.WorkStatus.ONGOING, m.WorkStatus.SUSPENDED]))
            .order_by(progress, W.id).limit(limit))
    if project_id is not None:
        stmt = stmt.where(W.project_id == project_id)
    return [WorkProgress(c, t, s, Decimal(str(p))) for c, t, s, p in session.execute(stmt)]


def database_is_empty(session: Session) -> bool:
    """No project and no household yet: a new database, before the demo data or a first import."""
    return (session.scalar(select(m.Project.id).limit(1)) is None
            and session.scalar(select(m.Household.id).limit(1)) is None)


@dataclass(frozen=True)
class Dashboard:
    figures: DashboardFigures
    population: list[MonthlyPoint]
    payments: list[PaymentSeries]
    works: list[WorkProgress]
    empty: bool = False  # the whole database is empty (see database_is_empty)


def dashboard(session: Session, today: dt.date, project_id: int | None = None,
              period: Period = ALL_TIME) -> Dashboard:
    """Everything the dashboard shows, read in one go (the screen runs this in the background). With a period, the
    population and the money paid are those of its months."""
    population = [p for p in site_population_by_month(session, project_id) if period.holds_month(p.month)]
    payments = []
    for series in payments_by_month(session, project_id):
        points = [p for p in series.points if period.holds_month(p.month)]
        if points:
            payments.append(PaymentSeries(series.kind, series.currency, points, series.converted))
    return Dashboard(key_figures(session, today, project_id, period), population, payments,
                     works_progress(session, project_id),
                     empty=project_id is None and database_is_empty(session))


# --- drill-down: the rows behind a figure ------------------------------------------------------------

@dataclass(frozen=True)
class Drill:
    """The table a figure opens and its filters (services/screens.TABLES' keys), so that the table lists what the
    figure counts: as many rows as the figure, or, for people and kits, the households they belong to."""
    table: str
    filters: dict
    text: str = ""  # a search, as typed in the table's search box


TILES = ("people_left", "open_sites", "households", "grants", "works", "old_complaints", "open_referrals",
         "overdue_referrals", "kits")


def drill(figure: str, project_id: int | None = None, period: Period = ALL_TIME, today: dt.date | None = None,
          **choice) -> Drill | None:
    """What a tile, a row of the dashboard's tables or a piece of its charts opens; None where no table lists it
    (complaints are listed on each site's tab). `today`: the day the figures were counted on (overdue referrals).
    `choice`: the row or piece clicked (programme, status, currency,
    intention, code)."""
    project = {"project": project_id} if project_id is not None else {}
    dated = {k: v for k, v in (("period_from", period.start), ("period_to", period.end)) if v is not None}
    if figure == "people_left":
        return Drill("household", {"departed": (period.start, period.end), **project})
    if figure == "open_sites":
        return Drill("site", {"open": True, **project})
    if figure == "households":
        return Drill("household", {**dated, **project})
    if figure == "intention":
        return Drill("household", {"intention": choice["intention"], **dated, **project})
    if figure == "grants":
        picked = {k: choice[k] for k in ("programme", "status", "currency") if k in choice}
        return Drill("grant", {**picked, **dated, **project})
    if figure == "works":
        return Drill("work", {**({"status": choice["status"]} if "status" in choice else {}), **project})
    if figure == "work":
        return Drill("work", {"code": choice["code"], **project})
    if figure == "open_referrals":
        return Drill("referral", {"open": True, **project})
    if figure == "overdue_referrals":
        return Drill("referral", {"overdue": today or True, **project})
    if figure == "kits":
        return Drill("distribution", {"kits_received": (period.start, period.end), **project})
    return None
