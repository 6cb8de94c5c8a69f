"""Infrastructure works status: contract, progress, planned against actual dates, delay and people served."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench import models as m
from workbench.reports.common import CENT, Money, Places, ProjectHeader, find_project, scope_words, totals_by_currency
from workbench.reports.layout import Column, ReportDoc
from workbench.reports.options import RenderOptions, ReportParams
from workbench.services import figures
from workbench.services.errors import DomainError


@dataclass(frozen=True)
class WorkRow:
    code: str
    title: str
    work_type: str
    governorate: str
    location: str
    contractor: str
    contract_value: Decimal
    currency: str
    progress: Decimal
    planned_start: dt.date
    planned_end: dt.date
    actual_start: dt.date | None
    actual_end: dt.date | None
    delay_days: int
    people_served: int
    status: str
    payments: tuple = ()    # (amount, currency) of each payment to the contractor by as_of
    has_payments: bool = False  # any payment recorded, by as_of or later

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    @property
    def behind_schedule(self) -> bool:
        """Past its planned end and not finished: a work completed late is late, no longer behind."""
        return self.delay_days > 0 and not self.finished


FINISHED = (m.WorkStatus.COMPLETED, m.WorkStatus.HANDED_OVER)


@dataclass(frozen=True)
class WorkTypeTotal:
    work_type: str
    works: int
    contract_values: list[Money]
    average_progress: Decimal
    people_served: int
    paid: list[Money] = ()          # paid to the contractors by as_of, by currency (payments recorded)
    works_with_payments: int = 0


@dataclass(frozen=True)
class WorksStatusData:
    project: ProjectHeader | None
    date_from: dt.date | None
    date_to: dt.date | None
    as_of: dt.date
    rows: list[WorkRow]
    contract_values: list[Money]
    people_served: int
    by_type: list[WorkTypeTotal]
    by_status: dict[str, int]
    delayed: list[WorkRow]           # behind schedule on as_of (late and not finished), most delayed first

    @property
    def finished_late(self) -> list[WorkRow]:
        """Works finished by as_of after their planned end: late, but no longer behind schedule."""
        return [r for r in self.rows if r.finished and r.delay_days > 0]


def _by(day: dt.date | None, as_of: dt.date) -> dt.date | None:
    """A date that had come by `as_of`; a later one had not happened yet then."""
    return day if day is not None and day <= as_of else None


def build_works_data(session: Session, params: ReportParams) -> WorksStatusData:
    """Works running at some time in the period (planned start to actual or planned end), as they stood at its
    end: status, progress, actual dates and delays as of that day (today without a period)."""
    project = find_project(session, params.project_code)
    w = m.InfrastructureWork
    stmt = select(w).options(selectinload(w.progress_reports), selectinload(w.payments)).order_by(
        w.work_type, w.code, w.id)
    if project:
        stmt = stmt.where(w.project_id == project.id)
    as_of = params.reference_date
    # The works as they stood on that day: a Q1 report printed in July shows March's status and progress.
    c = m.WorkStatusChange
    status_then = figures.statuses_on(session.execute(
        select(c.work_id, c.from_status, c.to_status, c.changed_on).order_by(c.work_id, c.changed_on, c.id)), as_of)
    places = Places(session, params.lang)
    rows = []
    for work in session.scalars(stmt):
        start = min(work.planned_start, work.actual_start or work.planned_start)
        end = work.actual_end or max(work.planned_end, as_of)
        if (params.date_from and end < params.date_from) or (params.date_to and start > params.date_to):
            continue
        rows.append(WorkRow(
            code=work.code, title=work.title, work_type=work.work_type,
            governorate=places.name(work.location_id, m.AdminLevel.PROVINCE),
            location=places.by_id[work.location_id].name, contractor=work.contractor,
            contract_value=Decimal(work.contract_value).quantize(CENT), currency=work.currency,
            progress=figures.work_progress(work, as_of), planned_start=work.planned_start,
            planned_end=work.planned_end, actual_start=_by(work.actual_start, as_of),
            actual_end=_by(work.actual_end, as_of), delay_days=figures.work_delay_days(work, as_of),
            people_served=work.people_served, status=status_then.get(work.id) or work.status,
            payments=tuple((Decimal(p.amount), p.currency) for p in work.payments if p.paid_on <= as_of),
            has_payments=bool(work.payments)))
    if not rows:
        raise DomainError(f"no infrastructure works{scope_words(project, params)}")
    types: dict[str, list[WorkRow]] = defaultdict(list)
    statuses: dict[str, int] = {}
    for row in rows:
        types[row.work_type].append(row)
        statuses[row.status] = statuses.get(row.status, 0) + 1
    by_type = [WorkTypeTotal(t, len(rs), totals_by_currency(rs, lambda r: r.contract_value, lambda r: r.currency),
                             (sum((r.progress for r in rs), Decimal(0)) / len(rs)).quantize(Decimal("0.1")),
                             sum(r.people_served for r in rs), _paid(rs), sum(1 for r in rs if r.has_payments))
                for t, rs in types.items()]
    order = [s.value for s in m.WorkStatus]
    return WorksStatusData(
        project=project, date_from=params.date_from, date_to=params.date_to, as_of=as_of, rows=rows,
        contract_values=totals_by_currency(rows, lambda r: r.contract_value, lambda r: r.currency),
        people_served=sum(r.people_served for r in rows), by_type=by_type,
        by_status={s: statuses[s] for s in sorted(statuses, key=lambda s: order.index(s) if s in order else 99)},
        delayed=sorted((r for r in rows if r.behind_schedule), key=lambda r: (-r.delay_days, r.code)))


def _paid(rows: list[WorkRow]) -> list[Money]:
    """What the contractors of these works were paid, by currency (a payment may be in another currency than the
    contract, with the rate to the project's currency recorded beside it)."""
    return totals_by_currency([p for r in rows for p in r.payments], lambda p: p[0], lambda p: p[1])


def render_works_pdf(data: WorksStatusData, path: Path, options: RenderOptions) -> Path:
    doc = ReportDoc(options, title="", subject="", landscape_pages=True)
    tr, f = doc.tr, doc.fmt
    story = doc.opening("Infrastructure works status", "Infrastructure works: {scope}, {period}",
                        data.project, data.date_from, data.date_to, [(tr("Delays counted to"), f.date(data.as_of))])
    story.append(doc.key_figures([
        (f.number(len(data.rows)), f.plural("works", len(data.rows))),
        (" + ".join(f.money_rounded(v.amount, v.currency) for v in data.contract_values), tr("contract value")),
        (f.number(len(data.delayed)), f.plural("works behind schedule", len(data.delayed))),
        (f.number(data.people_served), tr("people served")),
    ]))

    type_columns = [Column(tr("Type of work"), 3), Column(tr("Works"), 1, numeric=True),
                    Column(tr("Contract value"), 2.4, numeric=True), Column(tr("Average progress"), 1.4, numeric=True),
                    Column(tr("People served"), 1.4, numeric=True)]
    money = lambda values: " + ".join(f.money(v.amount, v.currency) for v in values)  # noqa: E731
    type_rows = [[tr(t.work_type), f.number(t.works), money(t.contract_values),
                  f.percent(t.average_progress), f.number(t.people_served)] for t in data.by_type]
    total = [[tr("Total"), f.number(len(data.rows)), money(data.contract_values), "", f.number(data.people_served)]]
    paying = any(t.works_with_payments for t in data.by_type)
    if paying:  # what the contractors were paid, where the office records their payments
        type_columns.insert(3, Column(tr("Paid to contractors by {date}", date=f.date(data.as_of)), 2.4,
                                      numeric=True))
        for row, t in zip(type_rows, data.by_type):
            # Payments recorded, none made yet by then: nothing paid, in the contracts' currency.
            row.insert(3, (money(t.paid) or f.money(Decimal(0), t.contract_values[0].currency))
                       if t.works_with_payments else "–")
        total[0].insert(3, money(_paid(data.rows)))
    story += doc.section(tr("Works by type"), doc.table(type_columns, type_rows, totals=total))
    if paying:
        story.append(doc.note(tr("Paid: the payments to contractors recorded by {date}, in the currency paid; a "
                                 "dash for works without any payment recorded.", date=f.date(data.as_of))))
    # By type, not per work: an office has dozens of works, and sixty bars cannot be read on paper.
    story.append(doc.bar_chart(tr("Average progress by type of work (%)"), [tr(t.work_type) for t in data.by_type],
                               [[float(t.average_progress) for t in data.by_type]], label=lambda v: f.percent(v),
                               value_max=100))

    columns = [Column(tr("Code"), 1.0, wrap=False), Column(tr("Work"), 2.2), Column(tr("Type"), 1.1),
               Column(tr("Location"), 1.1), Column(tr("Contractor"), 1.5),
               Column(tr("Contract value"), 1.25, numeric=True), Column(tr("Progress"), 0.75, numeric=True),
               Column(tr("Planned"), 1.35), Column(tr("Actual"), 1.35),
               Column(tr("Delay (days)"), 0.7, numeric=True), Column(tr("People served"), 0.8, numeric=True),
               Column(tr("Status"), 0.85)]

    def row_of(r: WorkRow) -> list[str]:
        return [r.code, r.title, tr(r.work_type), f"{r.location} ({r.governorate})", r.contractor,
                f.money(r.contract_value, r.currency), f.percent(r.progress),
                f.dates(r.planned_start, r.planned_end),
                f.dates(r.actual_start, r.actual_end) if r.actual_start else "–",
                f.number(r.delay_days), f.number(r.people_served), tr(r.status)]

    late = [i for i, r in enumerate(data.rows) if r.behind_schedule]
    totals = [[tr("Total"), "", "", "", "", " + ".join(f.money(v.amount, v.currency) for v in data.contract_values),
               "", "", "", "", f.number(data.people_served), ""]]
    story += doc.section(tr("All works"), doc.table(columns, [row_of(r) for r in data.rows], totals=totals,
                                                    highlight_rows=late))
    story.append(doc.note(tr("Status, progress and actual dates as they were on {date}. Delay: days past the "
                             "planned end, up to the actual end or, for a work not finished, up to {date}. Works "
                             "behind schedule (late and not finished) are printed in red.", date=f.date(data.as_of))))
    # Only what a reader needs to follow up a late work; the full row is in the table above.
    delayed_columns = [Column(tr("Code"), 1.0, wrap=False), Column(tr("Work"), 2.6), Column(tr("Contractor"), 1.7),
                       Column(tr("Planned end"), 1.1), Column(tr("Progress"), 0.8, numeric=True),
                       Column(tr("Delay (days)"), 0.8, numeric=True), Column(tr("Status"), 0.9)]
    if data.delayed:
        story += doc.section(tr("Works behind schedule on {date}", date=f.date(data.as_of)), doc.table(
            delayed_columns, [[r.code, r.title, r.contractor, f.date(r.planned_end), f.percent(r.progress),
                               f.number(r.delay_days), tr(r.status)] for r in data.delayed]))
    else:
        story += doc.section(tr("Works behind schedule on {date}", date=f.date(data.as_of)),
                             doc.p(tr("No work is behind schedule.")))
    if data.finished_late:
        story.append(doc.note(tr("Finished after their planned end, not counted as behind schedule: {codes}.",
                                 codes=", ".join(r.code for r in data.finished_late))))
    return doc.build(story, path)
