"""Project progress report: key figures, logframe indicators against targets, sites, grants, works and money."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from workbench import models as m
from workbench.models.base import FEMALE_FIELDS, SADD_FIELDS
from workbench.reports.common import (
    Money,
    Places,
    ProjectHeader,
    donor_words,
    find_project,
    percent,
    totals_by_currency,
)
from workbench.reports.layout import Column, ReportDoc
from workbench.reports.options import RenderOptions, ReportParams
from workbench.services import figures
from workbench.services.errors import DomainError


@dataclass(frozen=True)
class IndicatorRow:
    code: str
    title: str
    unit: str
    level: str                      # "OC1" or "OC1 / OP1.2": the outcome or output it measures
    target: Decimal
    achieved: Decimal | None        # None when no value was reported in the period
    achieved_percent: Decimal | None
    sadd: dict[str, int] | None     # achieved by sex and age, when every value in the period has it
    female_percent: Decimal | None
    adds_up: str = "sum"            # the indicator's declared aggregation (models.Aggregation)
    previous: Decimal | None = None     # achieved in the period of the same length just before (None: nothing)
    cumulative: Decimal | None = None   # achieved from the project's start to the period's end
    baseline: Decimal | None = None     # where it stood before the project (None: not recorded)
    means_of_verification: str = ""


@dataclass(frozen=True)
class SiteSummary:
    name: str
    location: str
    status: str
    households_present: int
    people_present: int
    people_departed: int


@dataclass(frozen=True)
class GrantSummary:
    programme: str
    currency: str
    grants: int
    amount: Decimal
    paid: Decimal


@dataclass(frozen=True)
class ProjectReportData:
    project: ProjectHeader
    date_from: dt.date
    date_to: dt.date
    indicators: list[IndicatorRow]
    sites: list[SiteSummary]
    grants: list[GrantSummary]
    works_by_status: dict[str, int]
    works_value: list[Money]
    works_people_served: int
    works_average_progress: Decimal | None
    people_supported_to_leave: int
    households: int
    jobs_created: int
    money: figures.ProjectMoney
    # The day money, sites, grants and works were taken on: the period's end; None for the project to date.
    as_of: dt.date | None = None
    paid_in_period: Decimal | None = None   # paid between the period's first and last day
    works_served_count: int = 0             # the works people_served counts (finished by as_of, or all)
    elapsed_on: dt.date | None = None       # the day the project's time elapsed is counted to

    @property
    def time_elapsed_percent(self) -> Decimal | None:
        """The share of the project's duration gone by the end of elapsed_on (its first and last days count)."""
        if self.elapsed_on is None:
            return None
        p = self.project
        day = min(max(self.elapsed_on, p.start_date - dt.timedelta(days=1)), p.end_date)
        return percent((day - p.start_date).days + 1, (p.end_date - p.start_date).days + 1)

    @property
    def grants_count(self) -> int:
        return sum(g.grants for g in self.grants)

    @property
    def works_count(self) -> int:
        return sum(self.works_by_status.values())

    @property
    def committed_percent(self) -> Decimal | None:
        return percent(self.money.committed, self.money.budget)

    @property
    def paid_percent(self) -> Decimal | None:
        return percent(self.money.paid, self.money.budget)


def _overlaps(start: dt.date, end: dt.date | None, date_from: dt.date, date_to: dt.date) -> bool:
    return start <= date_to and (end is None or end >= date_from)


def build_project_data(session: Session, params: ReportParams) -> ProjectReportData:
    """A project's progress over the period (the whole project, to date, by default).

    Indicators take the reporting periods that start in the period, made one figure by each indicator's declared
    aggregation (figures.indicator_total). With a period, the people who left sites are those who left in it, and money, sites,
    grants and works are as they stood at the period's end; without one, they are the project's to date. A
    period outside the project's duration, or with nothing recorded in it, is refused in one line.
    """
    if not params.project_code:
        raise DomainError("choose a project: the progress report is printed for one project", "project")
    project = find_project(session, params.project_code)
    dated = bool(params.date_from or params.date_to)
    start = params.date_from or project.start_date
    end = params.date_to or project.end_date
    on = end if dated else None          # the day money, sites, grants and works are taken on
    if dated and (end < project.start_date or start > project.end_date):
        raise DomainError(f"nothing to report for project {project.code} in the period {params.period_words()}: "
                          f"the project runs from {project.start_date.isoformat()} to {project.end_date.isoformat()}")
    indicators = []
    previous_start, _ = previous_period(start, end)
    stmt = (select(m.Indicator).where(m.Indicator.project_id == project.id)
            .options(selectinload(m.Indicator.values)).order_by(m.Indicator.code))
    outcomes = {o.id: o.code for o in session.scalars(select(m.Outcome).where(m.Outcome.project_id == project.id))}
    outputs = {o.id: (o.code, o.outcome_id) for o in session.scalars(
        select(m.Output).join(m.Outcome).where(m.Outcome.project_id == project.id))}
    for indicator in session.scalars(stmt):
        values = [v for v in indicator.values if start <= v.period_start <= end]
        if not values:
            continue
        how = indicator.aggregation
        total = figures.indicator_total(how, values)
        target, achieved, reported = total.target, total.achieved, total.counted
        sadd = None
        # Sex and age of the values the figure is made of (all of a sum, the one period of a latest or largest
        # value); a mean of the periods is no count of people.
        if reported and all(all(x is not None for x in v.sadd_values().values()) for v in reported):
            sadd = {k: sum(getattr(v, k) for v in reported) for k in SADD_FIELDS}
        if indicator.output_id is not None:
            code, outcome_id = outputs[indicator.output_id]
            level = f"{outcomes.get(outcome_id, '')} / {code}"
        else:
            level = outcomes.get(indicator.outcome_id, "")
        # Beside the period: the one of the same length just before it, and everything to the period's end, added
        # up the indicator's own way (a percentage's cumulative figure is its latest value, not a sum).
        previous = cumulative = None
        if dated:
            before = [v for v in indicator.values if previous_start <= v.period_start < start]
            to_date = [v for v in indicator.values if v.period_start <= end]
            previous = figures.indicator_total(how, before).achieved if before else None
            cumulative = figures.indicator_total(how, to_date).achieved if to_date else None
        indicators.append(IndicatorRow(
            indicator.code, indicator.title, indicator.unit, level, _plain(target),
            _plain(achieved) if achieved is not None else None,
            percent(achieved, target) if achieved is not None else None, sadd,
            percent(sum(sadd[k] for k in FEMALE_FIELDS), sum(sadd.values())) if sadd else None, how,
            _plain(previous) if previous is not None else None, _plain(cumulative) if cumulative is not None else None,
            _plain(Decimal(indicator.baseline)) if indicator.baseline is not None else None,
            (indicator.means_of_verification or "").strip()))
    places = Places(session, params.lang)
    sites = []
    site_stmt = select(m.Site).where(m.Site.project_id == project.id).order_by(m.Site.name)
    site_status = {}
    if on is not None:
        site_stmt = site_stmt.where(m.Site.opened_on <= end, (m.Site.closed_on.is_(None)) | (m.Site.closed_on >= start))
        c = m.SiteStatusChange
        site_status = figures.statuses_on(session.execute(
            select(c.site_id, c.from_status, c.to_status, c.changed_on).join(m.Site, m.Site.id == c.site_id)
            .where(m.Site.project_id == project.id).order_by(c.site_id, c.changed_on, c.id)), on)
    for site in session.scalars(site_stmt):
        hh = figures.site_households(session, site.id, on)
        departed = hh["departed_people"] if on is None else figures.people_supported_to_leave(
            session, site_id=site.id, date_from=start, date_to=end)
        sites.append(SiteSummary(site.name, places.path(site.location_id, 2), site_status.get(site.id) or site.status,
                                 hh["present_households"], hh["present_people"], departed))
    grants = [GrantSummary(t.programme, t.currency, t.grants, t.amount, t.paid)
              for t in figures.totals_by_programme(session, project.id, on)]
    order = {p.value: i for i, p in enumerate(m.Programme)}
    grants.sort(key=lambda g: (order.get(g.programme, 9), g.currency != "USD", g.currency))
    w = m.InfrastructureWork
    works = list(session.scalars(select(w).where(w.project_id == project.id)
                                 .options(selectinload(w.progress_reports)).order_by(w.code, w.id)))
    work_status = {work.id: work.status for work in works}
    if on is not None:
        # The works under way in the period (the works report's rule), as they stood at its end.
        works = [work for work in works if _overlaps(min(work.planned_start, work.actual_start or work.planned_start),
                                                     work.actual_end or max(work.planned_end, end), start, end)]
        then = figures.work_statuses_on(session, end, w.project_id == project.id)
        work_status = {work.id: then.get(work.id) or work.status for work in works}
    status_order = [s.value for s in m.WorkStatus]
    by_status: dict[str, int] = {}
    for status in sorted(work_status.values(), key=lambda s: status_order.index(s) if s in status_order else 9):
        by_status[status] = by_status.get(status, 0) + 1
    progress = (sum((figures.work_progress(w, on) for w in works), Decimal(0)) / len(works)).quantize(Decimal("0.1")) \
        if works else None
    # With a period, people are served by the works finished by its end; to date, by every work (as before).
    finished = (m.WorkStatus.COMPLETED, m.WorkStatus.HANDED_OVER)
    served = sum(w.people_served for w in works if on is None or work_status[w.id] in finished)
    g = m.LivelihoodGrant
    if on is None:
        jobs = session.scalar(select(func.coalesce(func.sum(g.jobs_created), 0)).where(
            g.project_id == project.id, g.status.not_in([m.GrantStatus.REJECTED, m.GrantStatus.CANCELLED])))
    else:
        # Jobs are counted at the monitoring visit: a grant not yet monitored by the period's end had none then.
        then = figures.grant_statuses_on(session, end, g.project_id == project.id)
        jobs = sum(n or 0 for ident, status, n in session.execute(
            select(g.id, g.status, g.jobs_created).where(g.project_id == project.id, g.applied_on <= end))
            if (then.get(ident) or status) in (m.GrantStatus.MONITORED, m.GrantStatus.CLOSED))
    households = session.scalar(select(func.count()).select_from(m.Household)
                                .where(m.Household.project_id == project.id)) or 0
    money = figures.project_money(session, project.id, on)
    people = figures.people_supported_to_leave(session, project_id=project.id, date_from=start if dated else None,
                                               date_to=on)
    paid_in_period = None
    if on is not None:
        before = figures.project_money(session, project.id, start - dt.timedelta(days=1))
        paid_in_period = money.paid - before.paid
        if not indicators and not people and not paid_in_period and not any(
                g.paid for g in grants) and not works:
            raise DomainError(f"nothing recorded for project {project.code} in the period {params.period_words()}")
    return ProjectReportData(
        project=project, date_from=start, date_to=end, indicators=indicators, sites=sites, grants=grants,
        works_by_status=by_status,
        works_value=totals_by_currency(works, lambda w: w.contract_value, lambda w: w.currency),
        works_people_served=served, works_average_progress=progress,
        people_supported_to_leave=people, households=households, jobs_created=int(jobs), money=money,
        as_of=on, paid_in_period=paid_in_period, elapsed_on=on or min(dt.date.today(), project.end_date),
        works_served_count=sum(1 for w in works if on is None or work_status[w.id] in finished))


def _works_paid_rows(tr, f, money: figures.ProjectMoney, share) -> list[list[str]]:
    """What works contractors were paid: the payments recorded, and for works without any payment the estimate
    (contract value x progress), each on its line; an office recording no payments keeps the estimate alone."""
    cur = money.currency
    if not money.works_with_payments:
        return [[tr("Works done by contractors (contract value × progress reported)"),
                 f.money(money.paid_works, cur), share(money.paid_works)]]
    rows = [[f.plural("Paid to works contractors ({n} works with payments recorded)", money.works_with_payments),
             f.money(money.paid_works_recorded, cur), share(money.paid_works_recorded)]]
    if money.works_estimated:
        rows.append([f.plural("Works without payments recorded ({n} works): contract value × progress",
                              money.works_estimated),
                     f.money(money.paid_works_estimated, cur), share(money.paid_works_estimated)])
    return rows


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same length just before: as many whole months when the period is whole months (Q2's is
    Q1, 1 Jan to 31 Mar), otherwise as many days."""
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        first = start.year * 12 + start.month - 1 - months
        return dt.date(first // 12, first % 12 + 1, 1), start - dt.timedelta(days=1)
    return start - (end - start + dt.timedelta(days=1)), start - dt.timedelta(days=1)


def _figure(f, value: Decimal | None) -> str:
    """A target or achieved value with the decimals it has: 427.1 stays 427.1, 8,077 has none."""
    if value is None:
        return f.number(None)
    return f.number(value, max(0, -value.as_tuple().exponent))


def _rate(f, rate: Decimal) -> str:
    """An exchange rate with the decimals it was recorded with (0.00076923), trailing zeros dropped."""
    text = format(rate.normalize(), "f")
    return f.number(rate, len(text.split(".")[1]) if "." in text else 0)


def _plain(value: Decimal) -> Decimal:
    """12.00 -> 12 and 12.50 -> 12.5: targets are mostly whole people or works."""
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()


def render_project_pdf(data: ProjectReportData, path: Path, options: RenderOptions) -> Path:
    doc = ReportDoc(options, title="", subject="")
    tr, f = doc.tr, doc.fmt
    p = data.project
    doc.title = tr("Project progress report: {code}", code=p.code)
    doc.subject = tr("{title}; donor {donor}; period {period}", title=p.title, donor=p.donor_name,
                     period=f.period(data.date_from, data.date_to))
    story = doc.title_block(tr("Project progress report"), [
        (tr("Project"), f"{p.code} – {p.title}"), (tr("Donor"), donor_words(p.donor_name, p.donor_code)),
        (tr("Project duration"), f.period(p.start_date, p.end_date)),
        (tr("Reporting period"), f.period(data.date_from, data.date_to)),
        (tr("Sectors"), ", ".join(tr(x.strip()) for x in p.sectors.split(",") if x.strip()) or "–"), (tr("Status"), tr(p.status)), (tr("Date"), f.date(options.printed_on)),
    ])
    cur = data.money.currency
    # With a period, each figure says whether it is of the period or as it stood at its end ("by 31 Dec 2023").
    by = f.date(data.as_of) if data.as_of else None
    figures_ = [(f.money_rounded(data.money.budget, cur), tr("budget")),
                (f.percent(data.committed_percent),
                 tr("of the budget committed by {date}", date=by) if by else tr("of the budget committed")),
                (f.percent(data.paid_percent),
                 tr("of the budget paid by {date}", date=by) if by else tr("of the budget paid"))]
    if data.people_supported_to_leave:
        figures_.append((f.number(data.people_supported_to_leave),
                         tr("people supported to leave sites in the period") if by
                         else tr("people supported to leave sites")))
    if data.grants_count:
        figures_.append((f.number(data.grants_count),
                         f.plural("livelihood grants by {date}", data.grants_count, date=by) if by
                         else f.plural("livelihood grants", data.grants_count)))
    if data.jobs_created:
        figures_.append((f.number(data.jobs_created),
                         tr("jobs created by {date}", date=by) if by else tr("jobs created")))
    if data.works_count and by:
        figures_.append((f.number(data.works_people_served),
                         f.plural("people served by {n} works finished by {date}", data.works_served_count, date=by)))
    elif data.works_count:
        figures_.append((f.number(data.works_people_served), f.plural("people served by {n} works", data.works_count)))
    if data.sites:
        figures_.append((f.number(len(data.sites)), f.plural("displacement sites", len(data.sites))))
    story.append(doc.key_figures(figures_[:8]))

    if data.indicators:
        columns = [Column(tr("Code"), 0.9, wrap=False), Column(tr("Indicator"), 3.6), Column(tr("Unit"), 0.9),
                   Column(tr("Target"), 0.9, numeric=True), Column(tr("Achieved"), 0.9, numeric=True),
                   Column(tr("% achieved"), 0.9, numeric=True)]
        rows = [[i.code, f"{i.title} ({i.level})" if i.level else i.title, tr(i.unit), _figure(f, i.target),
                 _figure(f, i.achieved), f.percent(i.achieved_percent)] for i in data.indicators]
        if by:  # a period: the previous one and the project to date beside it
            columns[1:2] = [Column(tr("Indicator"), 2.8)]
            columns += [Column(tr("Previous period"), 0.9, numeric=True),
                        Column(tr("Cumulative to {date}", date=by), 1, numeric=True)]
            rows = [row + [_figure(f, i.previous), _figure(f, i.cumulative)] for row, i in zip(rows, data.indicators)]
        # A logframe's baseline and means of verification, when the office records them.
        if any(i.baseline is not None for i in data.indicators):
            at = 3  # before the target: code, indicator and unit come first
            columns.insert(at, Column(tr("Baseline"), 0.9, numeric=True))
            rows = [row[:at] + [_figure(f, i.baseline)] + row[at:] for row, i in zip(rows, data.indicators)]
        if any(i.means_of_verification for i in data.indicators):
            # Its text needs the room: the figures' columns give some (their figures stay on one line).
            columns = [Column(c.header, c.width * 0.8, c.numeric, c.wrap) if c.numeric else c for c in columns]
            columns[1] = Column(tr("Indicator"), columns[1].width - 0.3)
            columns.append(Column(tr("Means of verification"), 1.8))
            rows = [row + [i.means_of_verification or "–"] for row, i in zip(rows, data.indicators)]
        story += doc.section(tr("Logframe indicators"), doc.table(columns, rows))
        if by:
            story.append(doc.note(tr("Achieved in the period ({period}), in the period of the same length before it "
                                     "({previous}) and from the project's start to {date}.",
                                     period=f.period(data.date_from, data.date_to),
                                     previous=f.period(*previous_period(data.date_from, data.date_to)), date=by)))
        # Each indicator not added up says how its periods make its figure (its declared aggregation).
        for how, sentence in (
                (m.Aggregation.LATEST, "Not added up across reporting periods: for {codes}, target and achieved are "
                                       "those of the latest period reported."),
                (m.Aggregation.AVERAGE, "Not added up across reporting periods: for {codes}, target and achieved "
                                        "are the mean of the periods."),
                (m.Aggregation.MAXIMUM, "Not added up across reporting periods: for {codes}, target and achieved "
                                        "are the largest of the periods.")):
            codes = [i.code for i in data.indicators if i.adds_up == how]
            if codes:
                story.append(doc.note(tr(sentence, codes=", ".join(codes))))
        story.append(doc.bar_chart(tr("Indicators: % of the target achieved"), [i.code for i in data.indicators],
                                   [[float(i.achieved_percent or 0) for i in data.indicators]],
                                   label=lambda v: f.percent(v), value_max=100, height=48 * 2.83465))
        with_sadd = [i for i in data.indicators if i.sadd]
        if with_sadd:
            heads = {"girls": "Girls", "boys": "Boys", "women": "Women", "men": "Men", "older_women": "Women 60+",
                     "older_men": "Men 60+"}
            columns = [Column(tr("Code"), 1.1, wrap=False)] + [Column(tr(heads[k]), 1, numeric=True)
                                                               for k in SADD_FIELDS]
            columns += [Column(tr("Total"), 1, numeric=True), Column(tr("% female"), 1, numeric=True)]
            rows = [[i.code, *[f.number(i.sadd[k]) for k in SADD_FIELDS], f.number(sum(i.sadd.values())),
                     f.percent(i.female_percent)] for i in with_sadd]
            story += doc.section(tr("Achieved by sex and age"), doc.table(columns, rows), level=3)
            story.append(doc.note(tr("Children: 0-17 years; women and men: 18-59; 60+: older people.")))
    else:
        story += doc.section(tr("Logframe indicators"),
                             doc.p(tr("No indicator value was reported in the period.")))

    money = data.money
    share = lambda amount: f.percent(percent(amount, money.budget))  # noqa: E731
    money_rows = [[tr("Budget"), f.money(money.budget, cur), f.percent(Decimal(100))],
                  [tr("Paid to grant recipients"), f.money(money.paid_grants, cur), share(money.paid_grants)],
                  [tr("Paid to households (cash tranches)"), f.money(money.paid_households, cur),
                   share(money.paid_households)],
                  *_works_paid_rows(tr, f, money, share),
                  [tr("Paid in total"), f.money(money.paid, cur), f.percent(data.paid_percent)],
                  [tr("Committed, not yet paid (grants approved, works contracted, cash planned for households)"),
                   f.money(money.committed_unpaid, cur), share(money.committed_unpaid)]]
    uncommitted = money.budget - money.paid - money.committed_unpaid
    story += doc.section(tr("Budget committed and paid by {date}, in {currency}", date=by, currency=cur) if by
                         else tr("Budget committed and paid, in {currency}", currency=cur), doc.table(
        [Column(tr("Item"), 3), Column(tr("Amount"), 1.5, numeric=True), Column(tr("% of budget"), 1, numeric=True)],
        money_rows, totals=[[tr("Not committed"), f.money(uncommitted, cur), share(uncommitted)]]))
    if data.time_elapsed_percent is not None:
        story.append(doc.p(tr("Burn rate: by {date}, {paid} of the budget was paid and {elapsed} of the project's "
                              "time ({start} to {end}) had gone by.", date=f.date(data.elapsed_on),
                              paid=f.percent(data.paid_percent), elapsed=f.percent(data.time_elapsed_percent),
                              start=f.date(p.start_date), end=f.date(p.end_date))))
    if data.paid_in_period is not None:
        story.append(doc.p(tr("Paid in the period: {amount} ({share} of the budget).",
                              amount=f.money(data.paid_in_period, cur),
                              share=f.percent(percent(data.paid_in_period, money.budget)))))
    if money.works_with_payments:
        story.append(doc.note(tr("These are the programme's records (grants, cash for households, works contracts, "
                                 "their payments and progress), not the financial report: staff, running and other "
                                 "costs are not in the workbench. Works contractors are counted by the payments "
                                 "recorded; a work without any, by the value of the work done by the progress "
                                 "reported. Committed is each contract's whole value.")))
    else:
        story.append(doc.note(tr("These are the programme's records (grants, cash for households, works contracts and "
                                 "their progress), not the financial report: staff, running and other costs are not "
                                 "in the workbench, and what contractors are paid is taken as the value of the work "
                                 "done by the progress reported.")))
    if money.rates:
        story.append(doc.heading(tr("Exchange rates used"), 3))
        story.append(doc.table(
            [Column(tr("Currency"), 0.8, wrap=False), Column(tr("Rate"), 2.2), Column(tr("Rates of"), 2),
             Column(tr("Amount"), 1.5, numeric=True), Column(tr("In {currency}", currency=cur), 1.4, numeric=True)],
            [[r.currency,
              tr("1 {currency} = {rate} {project}", currency=r.currency, rate=_rate(f, r.lowest), project=cur)
              if r.lowest == r.highest else
              tr("1 {currency} = {low} to {high} {project}", currency=r.currency, low=_rate(f, r.lowest),
                 high=_rate(f, r.highest), project=cur),
              f.period(r.first_date, r.last_date) if r.first_date != r.last_date else f.date(r.first_date),
              f.money(r.amount, r.currency), f.money(r.converted, cur)] for r in money.rates]))
        story.append(doc.note(tr("Amounts in other currencies are converted at the exchange rate recorded with them.")))
    story.append(doc.bar_chart(tr("Budget, committed and paid by {date} ({currency})", date=by, currency=cur) if by
                               else tr("Budget, committed and paid ({currency})", currency=cur),
                               [tr("Budget"), tr("Committed"), tr("Paid")],
                               [[float(money.budget), float(money.committed), float(money.paid)]],
                               label=lambda v: f.number(v), height=45 * 2.83465))

    if data.sites:
        story += doc.section(tr("Sites on {date}", date=by) if by else tr("Sites"), doc.table(
            [Column(tr("Site"), 1.6), Column(tr("Location"), 2), Column(tr("Status"), 1),
             Column(tr("Households present"), 1.1, numeric=True), Column(tr("People present"), 1.1, numeric=True),
             Column(tr("People departed in the period") if by else tr("People departed"), 1.1, numeric=True)],
            [[s.name, s.location, tr(s.status), f.number(s.households_present), f.number(s.people_present),
              f.number(s.people_departed)] for s in data.sites],
            totals=[[tr("Total"), "", "", f.number(sum(s.households_present for s in data.sites)),
                     f.number(sum(s.people_present for s in data.sites)),
                     f.number(sum(s.people_departed for s in data.sites))]]))
    if data.grants:
        totals = totals_by_currency(data.grants, lambda g: g.amount, lambda g: g.currency)
        paid = {t.currency: t.amount for t in totals_by_currency(data.grants, lambda g: g.paid, lambda g: g.currency)}
        story += doc.section(tr("Livelihood grants on {date}", date=by) if by else tr("Livelihood grants"), doc.table(
            [Column(tr("Programme"), 2), Column(tr("Grants"), 1, numeric=True), Column(tr("Amount"), 1.5, numeric=True),
             Column(tr("Paid"), 1.5, numeric=True)],
            [[tr(g.programme), f.number(g.grants), f.money(g.amount, g.currency), f.money(g.paid, g.currency)]
             for g in data.grants],
            totals=[[tr("Total"), f.number(sum(g.grants for g in data.grants if g.currency == t.currency)),
                     f.money(t.amount, t.currency), f.money(paid[t.currency], t.currency)] for t in totals]))
        story.append(doc.note(tr("Rejected and cancelled grants are left out.")))
    if data.works_by_status:
        story += doc.section(tr("Infrastructure works on {date}", date=by) if by else tr("Infrastructure works"),
                             doc.table(
            [Column(tr("Status"), 2), Column(tr("Works"), 1, numeric=True)],
            [[tr(s), f.number(n)] for s, n in data.works_by_status.items()],
            totals=[[tr("Total"), f.number(data.works_count)]]))
        story.append(doc.p(tr("Contract value {value}; average progress {progress}; {people} people served.",
                              value=" + ".join(f.money(v.amount, v.currency) for v in data.works_value),
                              progress=f.percent(data.works_average_progress),
                              people=f.number(data.works_people_served))))
    story += doc.approval()
    return doc.build(story, path)
