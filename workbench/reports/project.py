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
from workbench.reports.common import Money, Places, ProjectHeader, find_project, percent, totals_by_currency
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


def build_project_data(session: Session, params: ReportParams) -> ProjectReportData:
    """A project's progress over the period (the whole project by default).

    Indicators add up the targets and achieved values of the reporting periods that start in the period; the
    money, sites, grants and works are the project's to date.
    """
    if not params.project_code:
        raise DomainError("choose a project: the progress report is printed for one project", "project")
    project = find_project(session, params.project_code)
    start = params.date_from or project.start_date
    end = params.date_to or project.end_date
    indicators = []
    stmt = (select(m.Indicator).where(m.Indicator.project_id == project.id)
            .options(selectinload(m.Indicator.values)).order_by(m.Indicator.code))
    outcomes = {o.id: o.code for o in session.scalars(select(m.Outcome).where(m.Outcome.project_id == project.id))}
    outputs = {o.id: (o.code, o.outcome_id) for o in session.scalars(
        select(m.Output).join(m.Outcome).where(m.Outcome.project_id == project.id))}
    for indicator in session.scalars(stmt):
        values = [v for v in indicator.values if start <= v.period_start <= end]
        if not values:
            continue
        target = sum((Decimal(v.target) for v in values), Decimal(0))
        reported = [v for v in values if v.achieved is not None]
        achieved = sum((Decimal(v.achieved) for v in reported), Decimal(0)) if reported else None
        sadd = None
        if reported and all(all(x is not None for x in v.sadd_values().values()) for v in reported):
            sadd = {k: sum(getattr(v, k) for v in reported) for k in SADD_FIELDS}
        if indicator.output_id is not None:
            code, outcome_id = outputs[indicator.output_id]
            level = f"{outcomes.get(outcome_id, '')} / {code}"
        else:
            level = outcomes.get(indicator.outcome_id, "")
        indicators.append(IndicatorRow(
            indicator.code, indicator.title, indicator.unit, level, _plain(target),
            _plain(achieved) if achieved is not None else None,
            percent(achieved, target) if achieved is not None else None, sadd,
            percent(sum(sadd[k] for k in FEMALE_FIELDS), sum(sadd.values())) if sadd else None))
    places = Places(session, params.lang)
    sites = []
    for site in session.scalars(select(m.Site).where(m.Site.project_id == project.id).order_by(m.Site.name)):
        hh = figures.site_households(session, site.id)
        sites.append(SiteSummary(site.name, places.path(site.location_id, 2), site.status, hh["present_households"],
                                 hh["present_people"], hh["departed_people"]))
    grants = [GrantSummary(t.programme, t.currency, t.grants, t.amount, t.paid)
              for t in figures.totals_by_programme(session, project.id)]
    order = {p.value: i for i, p in enumerate(m.Programme)}
    grants.sort(key=lambda g: (order.get(g.programme, 9), g.currency != "USD", g.currency))
    works = list(session.scalars(select(m.InfrastructureWork).where(m.InfrastructureWork.project_id == project.id)
                                 .options(selectinload(m.InfrastructureWork.progress_reports))))
    status_order = [s.value for s in m.WorkStatus]
    by_status: dict[str, int] = {}
    for work in sorted(works, key=lambda w: status_order.index(w.status) if w.status in status_order else 9):
        by_status[work.status] = by_status.get(work.status, 0) + 1
    progress = (sum((figures.work_progress(w) for w in works), Decimal(0)) / len(works)).quantize(Decimal("0.1")) \
        if works else None
    jobs = session.scalar(select(func.coalesce(func.sum(m.LivelihoodGrant.jobs_created), 0)).where(
        m.LivelihoodGrant.project_id == project.id,
        m.LivelihoodGrant.status.not_in([m.GrantStatus.REJECTED, m.GrantStatus.CANCELLED])))
    households = session.scalar(select(func.count()).select_from(m.Household)
                                .where(m.Household.project_id == project.id)) or 0
    return ProjectReportData(
        project=project, date_from=start, date_to=end, indicators=indicators, sites=sites, grants=grants,
        works_by_status=by_status,
        works_value=totals_by_currency(works, lambda w: w.contract_value, lambda w: w.currency),
        works_people_served=sum(w.people_served for w in works), works_average_progress=progress,
        people_supported_to_leave=figures.people_supported_to_leave(session, project_id=project.id),
        households=households, jobs_created=int(jobs), money=figures.project_money(session, project.id))


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
        (tr("Project"), f"{p.code} – {p.title}"), (tr("Donor"), f"{p.donor_name} ({p.donor_code})"),
        (tr("Project duration"), f.period(p.start_date, p.end_date)),
        (tr("Reporting period"), f.period(data.date_from, data.date_to)),
        (tr("Sectors"), p.sectors or "–"), (tr("Status"), tr(p.status)), (tr("Date"), f.date(options.printed_on)),
    ])
    cur = data.money.currency
    figures_ = [(f.money_rounded(data.money.budget, cur), tr("budget")),
                (f.percent(data.committed_percent), tr("of the budget committed")),
                (f.percent(data.paid_percent), tr("of the budget paid"))]
    if data.people_supported_to_leave:
        figures_.append((f.number(data.people_supported_to_leave), tr("people supported to leave sites")))
    if data.grants_count:
        figures_.append((f.number(data.grants_count), tr("livelihood grants")))
    if data.jobs_created:
        figures_.append((f.number(data.jobs_created), tr("jobs created")))
    if data.works_count:
        figures_.append((f.number(data.works_people_served), tr("people served by {n} works", n=data.works_count)))
    if data.sites:
        figures_.append((f.number(len(data.sites)), tr("displacement sites")))
    story.append(doc.key_figures(figures_[:8]))

    if data.indicators:
        columns = [Column(tr("Code"), 0.9, wrap=False), Column(tr("Indicator"), 3.6), Column(tr("Unit"), 0.9),
                   Column(tr("Target"), 0.9, numeric=True), Column(tr("Achieved"), 0.9, numeric=True),
                   Column(tr("% achieved"), 0.9, numeric=True)]
        rows = [[i.code, f"{i.title} ({i.level})" if i.level else i.title, tr(i.unit), f.number(i.target),
                 f.number(i.achieved), f.percent(i.achieved_percent)] for i in data.indicators]
        story += doc.section(tr("Logframe indicators"), doc.table(columns, rows))
        story.append(doc.bar_chart(tr("Indicators: % of the target achieved"), [i.code for i in data.indicators],
                                   [[float(i.achieved_percent or 0) for i in data.indicators]],
                                   label=lambda v: f.percent(v), value_max=100, height=48 * 2.83465))
        with_sadd = [i for i in data.indicators if i.sadd]
        if with_sadd:
            heads = {"girls": "Girls", "boys": "Boys", "women": "Women", "men": "Men", "older_women": "Women 60+",
                     "older_men": "Men 60+"}
            columns = [Column(tr("Code"), 1.1, wrap=False)] + [Column(tr(heads[k]), 1, numeric=True)
                                                               for k in SADD_FIELDS]
            columns += [Column(tr("Total"), 1, numeric=True), Column(tr("Female"), 1, numeric=True)]
            rows = [[i.code, *[f.number(i.sadd[k]) for k in SADD_FIELDS], f.number(sum(i.sadd.values())),
                     f.percent(i.female_percent)] for i in with_sadd]
            story += doc.section(tr("Achieved by sex and age"), doc.table(columns, rows), level=3)
            story.append(doc.note(tr("Children: 0-17 years; women and men: 18-59; 60+: older people.")))
    else:
        story += doc.section(tr("Logframe indicators"),
                             doc.p(tr("No indicator value was reported in the period.")))

    money = data.money
    money_rows = [[tr("Budget"), f.money(money.budget, cur), f.percent(Decimal(100))],
                  [tr("Committed (grants approved, works contracted, cash planned for households)"), f.money(money.committed, cur),
                   f.percent(data.committed_percent)],
                  [tr("Paid to grant recipients"), f.money(money.paid_grants, cur),
                   f.percent(percent(money.paid_grants, money.budget))],
                  [tr("Paid to households (cash tranches)"), f.money(money.paid_households, cur),
                   f.percent(percent(money.paid_households, money.budget))]]
    story += doc.section(tr("Budget committed and paid, in {currency}", currency=cur), doc.table(
        [Column(tr("Item"), 3), Column(tr("Amount"), 1.5, numeric=True), Column(tr("% of budget"), 1, numeric=True)],
        money_rows, totals=[[tr("Paid in total"), f.money(money.paid, cur), f.percent(data.paid_percent)]]))
    story.append(doc.note(tr("Amounts in other currencies are converted at the exchange rate recorded with them.")))
    story.append(doc.bar_chart(tr("Budget, committed and paid ({currency})", currency=cur),
                               [tr("Budget"), tr("Committed"), tr("Paid")],
                               [[float(money.budget), float(money.committed), float(money.paid)]],
                               label=lambda v: f.number(v), height=45 * 2.83465))

    if data.sites:
        story += doc.section(tr("Sites"), doc.table(
            [Column(tr("Site"), 1.6), Column(tr("Location"), 2), Column(tr("Status"), 1),
             Column(tr("Households present"), 1.1, numeric=True), Column(tr("People present"), 1.1, numeric=True),
             Column(tr("People departed"), 1.1, numeric=True)],
            [[s.name, s.location, tr(s.status), f.number(s.households_present), f.number(s.people_present),
              f.number(s.people_departed)] for s in data.sites],
            totals=[[tr("Total"), "", "", f.number(sum(s.households_present for s in data.sites)),
                     f.number(sum(s.people_present for s in data.sites)),
                     f.number(sum(s.people_departed for s in data.sites))]]))
    if data.grants:
        totals = totals_by_currency(data.grants, lambda g: g.amount, lambda g: g.currency)
        paid = {t.currency: t.amount for t in totals_by_currency(data.grants, lambda g: g.paid, lambda g: g.currency)}
        story += doc.section(tr("Livelihood grants"), doc.table(
            [Column(tr("Programme"), 2), Column(tr("Grants"), 1, numeric=True), Column(tr("Amount"), 1.5, numeric=True),
             Column(tr("Paid"), 1.5, numeric=True)],
            [[tr(g.programme), f.number(g.grants), f.money(g.amount, g.currency), f.money(g.paid, g.currency)]
             for g in data.grants],
            totals=[[tr("Total"), f.number(sum(g.grants for g in data.grants if g.currency == t.currency)),
                     f.money(t.amount, t.currency), f.money(paid[t.currency], t.currency)] for t in totals]))
        story.append(doc.note(tr("Rejected and cancelled grants are left out.")))
    if data.works_by_status:
        story += doc.section(tr("Infrastructure works"), doc.table(
            [Column(tr("Status"), 2), Column(tr("Works"), 1, numeric=True)],
            [[tr(s), f.number(n)] for s, n in data.works_by_status.items()],
            totals=[[tr("Total"), f.number(data.works_count)]]))
        story.append(doc.p(tr("Contract value {value}; average progress {progress}; {people} people served.",
                              value=" + ".join(f.money(v.amount, v.currency) for v in data.works_value),
                              progress=f.percent(data.works_average_progress),
                              people=f.number(data.works_people_served))))
    return doc.build(story, path)
