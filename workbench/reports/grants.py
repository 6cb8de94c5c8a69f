"""Livelihood grants register: EDF, ILA and cash-for-work grants of a project or period, with their totals."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.reports.common import CENT, ZERO, Places, ProjectHeader, find_project, scope_words
from workbench.reports.layout import Column, ReportDoc
from workbench.reports.options import RenderOptions, ReportParams
from workbench.services import figures, permissions
from workbench.services.errors import DomainError

# Not committed money: left out of the amount totals (still listed, and counted in the status table).
NOT_COUNTED = (m.GrantStatus.REJECTED, m.GrantStatus.CANCELLED)


@dataclass(frozen=True)
class GrantRow:
    code: str
    programme: str
    recipient: str | None       # None when names are hidden
    business_name: str | None
    recipient_sex: str
    sector: str
    governorate: str
    location: str
    applied_on: dt.date
    amount: Decimal
    currency: str
    paid: Decimal
    status: str
    jobs_created: int | None
    days_worked: int | None

    @property
    def counted(self) -> bool:
        return self.status not in NOT_COUNTED


@dataclass(frozen=True)
class GrantTotal:
    """Grants of one group (a programme, a status, a sex, a governorate) in one currency."""

    key: str
    currency: str
    grants: int
    amount: Decimal
    paid: Decimal
    jobs_created: int
    days_worked: int


@dataclass(frozen=True)
class GrantsRegisterData:
    project: ProjectHeader | None
    date_from: dt.date | None
    date_to: dt.date | None
    hide_names: bool
    rows: list[GrantRow]
    totals: list[GrantTotal]              # key "": all grants counted, per currency
    by_programme: list[GrantTotal]
    by_status: list[GrantTotal]           # every status, rejected and cancelled included
    by_sex: list[GrantTotal]
    by_governorate: list[GrantTotal]


# Approved, or further on: "approved or in progress" (an application or one in vetting is not yet approved).
APPROVED = (m.GrantStatus.APPROVED, m.GrantStatus.DISBURSED, m.GrantStatus.MONITORED, m.GrantStatus.CLOSED)
PROGRAMME_ORDER = [p.value for p in m.Programme]
STATUS_ORDER = [s.value for s in m.GrantStatus]


def _group(rows: list[GrantRow], key, order: list[str] | None = None) -> list[GrantTotal]:
    sums: dict[tuple[str, str], list] = defaultdict(lambda: [0, ZERO, ZERO, 0, 0])
    for row in rows:
        acc = sums[(key(row), row.currency)]
        acc[0] += 1
        acc[1] += row.amount
        acc[2] += row.paid
        acc[3] += row.jobs_created or 0
        acc[4] += row.days_worked or 0

    def sort_key(item):
        k, currency = item
        rank = order.index(k) if order and k in order else len(order or ())
        return (rank, k, currency != "USD", currency)

    return [GrantTotal(k, c, *sums[(k, c)][:1], sums[(k, c)][1].quantize(CENT), sums[(k, c)][2].quantize(CENT),
                       *sums[(k, c)][3:]) for k, c in sorted(sums, key=sort_key)]


def build_grants_data(session: Session, params: ReportParams) -> GrantsRegisterData:
    """Every grant applied for in the period (of the project, or of the office), with paid amounts and totals.

    Paid counts the tranches paid up to the end of the period, and statuses are those of that day; so are jobs
    and days worked: jobs are counted at the monitoring visit (a grant not monitored by then had none yet), and
    a cash-for-work participant had worked the days paid by then (paid / daily rate, at most the days
    recorded). Totals leave out rejected and cancelled grants.
    """
    if not params.hide_names:  # recipients' names printed: only for a role allowed to print them
        permissions.require(session, "grant", "print_names")
    project = find_project(session, params.project_code)
    paid_stmt = select(m.GrantTranche.grant_id, func.sum(m.GrantTranche.amount).label("paid"))
    if params.date_to:
        paid_stmt = paid_stmt.where(m.GrantTranche.paid_on <= params.date_to)
    paid = paid_stmt.group_by(m.GrantTranche.grant_id).subquery()
    g = m.LivelihoodGrant
    chosen = []
    if project:
        chosen.append(g.project_id == project.id)
    if params.date_from:
        chosen.append(g.applied_on >= params.date_from)
    if params.date_to:
        chosen.append(g.applied_on <= params.date_to)
    stmt = (select(g.id, g.code, g.programme, g.recipient_name, g.business_name, g.recipient_sex, g.sector,
                   g.location_id, g.applied_on, g.amount, g.currency, func.coalesce(paid.c.paid, 0), g.status,
                   g.jobs_created, g.days_worked, g.daily_rate)
            .outerjoin(paid, paid.c.grant_id == g.id).where(*chosen)
            .order_by(g.programme, g.code, g.id))
    status_then: dict[int, str | None] = {}
    if params.date_to:
        # Statuses as they were at the period's end: a grant approved in April was still in vetting on 31 March.
        c = m.GrantStatusChange
        status_then = figures.statuses_on(session.execute(
            select(c.grant_id, c.from_status, c.to_status, c.changed_on).join(g, g.id == c.grant_id)
            .where(*chosen).order_by(c.grant_id, c.changed_on, c.id)), params.date_to)
    places = Places(session, params.lang)
    rows = []
    for (ident, code, programme, name, business, sex, sector, location_id, applied_on, amount, currency,
         paid_amount, status, jobs, days, rate) in session.execute(stmt):
        status = status_then.get(ident) or status
        if params.date_to:
            if jobs is not None and status not in (m.GrantStatus.MONITORED, m.GrantStatus.CLOSED):
                jobs = 0
            if days is not None and rate:
                days = min(days, int(Decimal(paid_amount) / Decimal(rate)))
        rows.append(GrantRow(
            code=code, programme=programme, recipient=None if params.hide_names else name,
            business_name=None if params.hide_names else business, recipient_sex=sex, sector=sector,
            governorate=places.name(location_id, m.AdminLevel.PROVINCE),
            location=places.by_id[location_id].name if location_id in places.by_id else "",
            applied_on=applied_on, amount=Decimal(amount).quantize(CENT), currency=currency,
            paid=Decimal(paid_amount).quantize(CENT), status=status, jobs_created=jobs, days_worked=days))
    if not rows:
        raise DomainError(f"no grants{scope_words(project, params)}")
    counted = [r for r in rows if r.counted]
    return GrantsRegisterData(
        project=project, date_from=params.date_from, date_to=params.date_to, hide_names=params.hide_names,
        rows=rows, totals=_group(counted, lambda r: ""),
        by_programme=_group(counted, lambda r: r.programme, PROGRAMME_ORDER),
        by_status=_group(rows, lambda r: r.status, STATUS_ORDER),
        by_sex=_group(counted, lambda r: r.recipient_sex, ["female", "male"]),
        by_governorate=_group(counted, lambda r: r.governorate or "–"),
    )


def render_grants_pdf(data: GrantsRegisterData, path: Path, options: RenderOptions) -> Path:
    doc = ReportDoc(options, title="", subject="", landscape_pages=True)
    tr, f = doc.tr, doc.fmt
    story = doc.opening("Livelihood grants register", "EDF, ILA and cash-for-work grants: {scope}, {period}",
                        data.project, data.date_from, data.date_to)

    counted = sum(1 for r in data.rows if r.status in APPROVED)
    jobs = sum(t.jobs_created for t in data.totals)
    days = sum(t.days_worked for t in data.totals)
    figures = [(f.number(len(data.rows)), f.plural("grants in the register", len(data.rows))),
               (f.number(counted), f.plural("grants approved or in progress", counted)),
               (f.number(jobs), tr("jobs created (EDF)")),
               (f.number(days), tr("days worked (cash for work)"))]
    story.append(doc.key_figures(figures))
    story.append(doc.note(tr("Amounts of rejected and cancelled grants are not counted in the totals. "
                             "Paid: tranches paid up to the end of the period. Status: as it was at the end of "
                             "the period.")))
    if data.date_to:
        story.append(doc.note(tr("Jobs created: counted at the monitoring visit, for grants monitored by the end "
                                 "of the period. Days worked: the days paid by then.")))

    def total_rows(totals: list[GrantTotal], word) -> list[list[str]]:
        return [[word(t.key), f.number(t.grants), f.money(t.amount, t.currency), f.money(t.paid, t.currency),
                 f.number(t.jobs_created), f.number(t.days_worked)] for t in totals]

    group_columns = lambda first: [Column(first, 3), Column(tr("Grants"), 1.2, numeric=True),  # noqa: E731
                                   Column(tr("Amount"), 2, numeric=True), Column(tr("Paid"), 2, numeric=True),
                                   Column(tr("Jobs created"), 1.3, numeric=True),
                                   Column(tr("Days worked"), 1.3, numeric=True)]
    overall = total_rows(data.totals, lambda _: tr("Total"))
    story += doc.section(tr("Totals by programme"), doc.table(
        group_columns(tr("Programme")), total_rows(data.by_programme, lambda k: tr(PROGRAMME_NAMES.get(k, k))),
        totals=overall))
    chart_rows = [t for t in data.by_programme if t.currency == data.by_programme[0].currency]
    if chart_rows:
        currency = chart_rows[0].currency
        story.append(doc.bar_chart(
            tr("Amount and paid by programme ({currency})", currency=currency),
            [tr(PROGRAMME_NAMES.get(t.key, t.key)) for t in chart_rows],
            [[float(t.amount) for t in chart_rows], [float(t.paid) for t in chart_rows]],
            [tr("Amount"), tr("Paid")], height=48 * 2.83465))
    story += doc.section(tr("Totals by status"), doc.table(
        group_columns(tr("Status")), total_rows(data.by_status, lambda k: tr(k))))
    story += doc.section(tr("Totals by sex of the recipient"), doc.table(
        group_columns(tr("Sex of the recipient")), total_rows(data.by_sex, lambda k: tr(k)), totals=overall))
    story += doc.section(tr("Totals by governorate"), doc.table(
        group_columns(tr("Governorate / province")), total_rows(data.by_governorate, lambda k: k), totals=overall))

    columns = [Column(tr("Code"), 1.25, wrap=False), Column(tr("Programme"), 0.95, wrap=False)]
    if not data.hide_names:
        columns.append(Column(tr("Recipient"), 1.9))
    columns += [Column(tr("Sex"), 0.55, wrap=False), Column(tr("Sector"), 1.4), Column(tr("Governorate"), 1.0),
                Column(tr("Applied on"), 1.1), Column(tr("Amount"), 1.25, numeric=True),
                Column(tr("Paid"), 1.25, numeric=True), Column(tr("Status"), 0.9, wrap=False),
                Column(tr("Jobs created"), 0.75, numeric=True), Column(tr("Days worked"), 0.75, numeric=True)]
    sexes = {"female": tr("F"), "male": tr("M")}
    statuses = {s: tr(s) for s in STATUS_ORDER}
    body = []
    for r in data.rows:
        row = [r.code, r.programme]
        if not data.hide_names:
            row.append(r.recipient + (f" ({r.business_name})" if r.business_name else ""))
        row += [sexes.get(r.recipient_sex, r.recipient_sex), r.sector, r.governorate, f.date(r.applied_on),
                f.money(r.amount, r.currency), f.money(r.paid, r.currency), statuses.get(r.status, r.status),
                "" if r.jobs_created is None else f.number(r.jobs_created),
                "" if r.days_worked is None else f.number(r.days_worked)]
        body.append(row)
    feet = []
    for t in data.totals:
        foot = [f.plural("Total: {n} grants", t.grants), ""] + ([""] if not data.hide_names else [])
        foot += ["", "", "", "", f.money(t.amount, t.currency), f.money(t.paid, t.currency), "",
                 f.number(t.jobs_created), f.number(t.days_worked)]
        feet.append(foot)
    title = tr("Register of grants") + (" – " + tr("names left out") if data.hide_names else "")
    story += doc.section(title, doc.table(columns, body, totals=feet))
    return doc.build(story, path)


PROGRAMME_NAMES = {"EDF": "EDF (enterprise development)", "ILA": "ILA (individual livelihoods)",
                   "CfW": "Cash for work"}
