"""The distribution list staff print and take to the field, and the distributions report: planned against
distributed per kit, site and month, the cases not received and the warehouses' stock."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from workbench import models as m
from workbench.reports.common import find_project, scope_words
from workbench.reports.layout import INK, RULE, Column, ReportDoc
from workbench.reports.options import RenderOptions, ReportParams
from workbench.services import permissions
from workbench.services.distributions import StockBalance, stock_balances
from workbench.services.errors import DomainError

# --- the distribution list -----------------------------------------------------------------------------


@dataclass(frozen=True)
class KitColumn:
    code: str
    name: str
    items: str  # "2 Blanket, 1 Cooking set"


@dataclass(frozen=True)
class ListedHousehold:
    code: str
    head_name: str | None  # None with hide_names
    size: int
    kits: tuple[int, ...]  # the entitlement per kit, in the order of the list's kit columns


@dataclass(frozen=True)
class ListBlock:
    place: str             # the site, or the village of households without one
    households: list[ListedHousehold]
    totals: tuple[int, ...]

    @property
    def people(self) -> int:
        return sum(h.size for h in self.households)


@dataclass(frozen=True)
class DistributionListData:
    code: str
    project_code: str
    project_title: str
    place: str
    planned_on: dt.date
    modality: str
    warehouse: str
    status: str
    kits: list[KitColumn]
    blocks: list[ListBlock]
    totals: tuple[int, ...]
    hide_names: bool

    @property
    def households(self) -> int:
        return sum(len(b.households) for b in self.blocks)

    @property
    def people(self) -> int:
        return sum(b.people for b in self.blocks)


def build_distribution_list_data(session: Session, params: ReportParams) -> DistributionListData:
    """A distribution's list: its households by site (or village), each with its size and kits per type."""
    if not params.hide_names:  # the heads' names printed: only for a role allowed to print them
        permissions.require(session, "household", "print_names")
    code = (params.distribution_code or "").strip()
    distribution = session.scalars(select(m.Distribution).where(m.Distribution.code == code)).first()
    if distribution is None:
        raise DomainError(f"no distribution with the code {code!r}", "distribution")
    project = session.get(m.Project, distribution.project_id)
    kits = session.execute(
        select(m.KitType.id, m.KitType.code, m.KitType.name).join(
            m.DistributionKit, m.DistributionKit.kit_type_id == m.KitType.id)
        .where(m.DistributionKit.distribution_id == distribution.id).order_by(m.KitType.code)).all()
    items: dict[int, list[str]] = defaultdict(list)
    for kit_id, item, quantity in session.execute(
            select(m.KitItem.kit_type_id, m.KitItem.item, m.KitItem.quantity)
            .where(m.KitItem.kit_type_id.in_([k.id for k in kits])).order_by(m.KitItem.id)):
        items[kit_id].append(f"{quantity} {item}")
    column = {k.id: i for i, k in enumerate(kits)}
    H, E = m.Household, m.Entitlement
    S, L = aliased(m.Site), aliased(m.Location)
    rows = session.execute(
        select(func.coalesce(S.name, L.name, ""), H.code, H.head_name, H.size, E.kit_type_id, E.quantity)
        .select_from(E).join(H, H.id == E.household_id).outerjoin(S, S.id == H.site_id)
        .outerjoin(L, L.id == H.destination_id)
        .where(E.distribution_id == distribution.id)
        .order_by(func.coalesce(S.name, L.name, ""), H.code, E.kit_type_id))
    places: dict[str, dict[str, list]] = {}
    for place, hcode, name, size, kit_id, quantity in rows:
        household = places.setdefault(place, {}).setdefault(hcode, [name, size, [0] * len(kits)])
        household[2][column[kit_id]] += quantity
    if not places:
        raise DomainError(f"the list of distribution {code} has no household; build the list first")
    blocks = []
    for place, households in places.items():
        listed = [ListedHousehold(hcode, None if params.hide_names else name, size, tuple(kit_counts))
                  for hcode, (name, size, kit_counts) in households.items()]
        blocks.append(ListBlock(place, listed, tuple(sum(h.kits[i] for h in listed) for i in range(len(kits)))))
    site = session.get(m.Site, distribution.site_id) if distribution.site_id else None
    location = session.get(m.Location, distribution.location_id) if distribution.location_id else None
    where = ", ".join(x for x in (site.name if site else "", f"{location.name} ({location.pcode})" if location
                                  else "") if x)
    return DistributionListData(
        code=distribution.code, project_code=project.code, project_title=project.title, place=where,
        planned_on=distribution.planned_on, modality=distribution.modality, warehouse=distribution.warehouse,
        status=distribution.status, kits=[KitColumn(k.code, k.name, ", ".join(items[k.id])) for k in kits],
        blocks=blocks, totals=tuple(sum(b.totals[i] for b in blocks) for i in range(len(kits))),
        hide_names=params.hide_names)


def _signature_space(doc: ReportDoc) -> list:
    """Room for the distributing officer's and the community representative's names, signatures and dates."""
    tr = doc.tr
    cells = []
    for who in (tr("Distributing officer"), tr("Community representative")):
        cells.append([doc.p(who, "label"), doc.p(tr("Name:")), Spacer(1, 5 * mm), doc.p(tr("Signature:")),
                      Spacer(1, 9 * mm), doc.p(tr("Date:"))])
    row = cells[::-1] if doc.rtl else cells
    table = Table([row], colWidths=[doc.width / 2 - 2 * mm] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.6, RULE),
                               ("BOX", (1, 0), (1, 0), 0.6, RULE), ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 5),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
    return [Spacer(1, 6 * mm), KeepTogether([doc.heading(tr("Signatures"), 3), table])]


def render_distribution_list_pdf(data: DistributionListData, path: Path, options: RenderOptions) -> Path:
    doc = ReportDoc(options, title="", subject="", landscape_pages=len(data.kits) > 3)
    tr, f = doc.tr, doc.fmt
    doc.title = tr("Distribution list")
    doc.subject = tr("Distribution list {code}", code=data.code)
    story = doc.title_block(tr("Distribution list {code}", code=data.code), [
        (tr("Project"), f"{data.project_code} – {data.project_title}"),
        (tr("Site or village"), data.place),
        (tr("Planned on"), f.date(data.planned_on)),
        (tr("Modality"), tr(data.modality)),
        (tr("Warehouse"), data.warehouse or "–"),
        (tr("Kits"), "; ".join(f"{k.code}: {k.name}" + (f" ({k.items})" if k.items else "") for k in data.kits)),
        (tr("Date"), f.date(options.printed_on))])
    story.append(doc.key_figures([(f.number(data.households), tr("households")), (f.number(data.people),
                                                                                tr("people"))]
                                 + [(f.number(n), k.code) for k, n in zip(data.kits, data.totals)]))
    kit_width = 0.8
    columns = [Column(tr("No."), 0.45, numeric=True), Column(tr("Household"), 1.1, wrap=False)]
    if not data.hide_names:
        columns.append(Column(tr("Head of household"), 2.2))
    columns += [Column(tr("Size"), 0.5, numeric=True),
                *[Column(k.code, kit_width, numeric=True) for k in data.kits],
                Column(tr("Signature or thumbprint"), 2.4), Column(tr("Date received"), 1.2)]
    number = 0
    for block in data.blocks:
        rows = []
        for h in block.households:
            number += 1
            row = [f.number(number), h.code]
            if not data.hide_names:
                row.append(h.head_name)
            rows.append([*row, f.number(h.size), *(f.number(n) for n in h.kits), "", ""])
        lead = ["", tr("Total")] + ([""] if not data.hide_names else [])
        totals = [[*lead, f.number(block.people), *(f.number(n) for n in block.totals), "", ""]]
        table = doc.table(columns, rows, totals=totals, font_size=8)
        # Room to sign or press a thumb on each line.
        table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -2), 6), ("BOTTOMPADDING", (0, 1), (-1, -2), 6),
                                   ("GRID", (0, 0), (-1, -1), 0.25, RULE), ("TEXTCOLOR", (0, 0), (-1, -1), INK)]))
        story += doc.section(tr("{place}: {n} households", place=block.place or "–",
                                n=f.number(len(block.households))), table)
    kit_columns = [Column(tr("Kit"), 1.2, wrap=False), Column(tr("Name"), 3), Column(tr("Kits to hand out"), 1.3,
                                                                                       numeric=True)]
    story += doc.section(tr("Totals per kit"), doc.table(
        kit_columns, [[k.code, k.name, f.number(n)] for k, n in zip(data.kits, data.totals)],
        totals=[[tr("Total"), "", f.number(sum(data.totals))]]))
    story += _signature_space(doc)
    return doc.build(story, path)


# --- the distributions report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedDistributed:
    label: str            # a kit's code, a site's name or a month (YYYY-MM)
    planned: int          # kits on the lists of the distributions planned in the period
    distributed: int      # kits of the households that received them in the period

    @property
    def share(self):
        from workbench.reports.common import percent

        return percent(self.distributed, self.planned)


@dataclass(frozen=True)
class NotReceivedCase:
    distribution: str
    site: str
    household: str
    verification: str
    verified_on: dt.date
    complaint_status: str | None


@dataclass(frozen=True)
class DistributionsData:
    project_code: str | None
    project: object
    date_from: dt.date | None
    date_to: dt.date | None
    distributions: int
    households_listed: int
    households_received: int
    by_kit: list[PlannedDistributed]
    by_site: list[PlannedDistributed]
    by_month: list[PlannedDistributed]
    cases: list[NotReceivedCase]
    stock: list[StockBalance]
    stock_on: dt.date | None


def _in(column, params: ReportParams):
    where = []
    if params.date_from:
        where.append(column >= params.date_from)
    if params.date_to:
        where.append(column <= params.date_to)
    return and_(True, *where)


def build_distributions_data(session: Session, params: ReportParams) -> DistributionsData:
    """Kits planned (on the lists of the distributions planned in the period, cancelled ones left out) against
    kits distributed (of the households whose receipt falls in the period and was not found "not received"),
    by kit, site and month; the receipts verified "not received" or "received with issues" in the period; the
    warehouses' stock at the period's end."""
    project = find_project(session, params.project_code)
    D, E, R, K, S = m.Distribution, m.Entitlement, m.Receipt, m.KitType, m.Site
    scope = [D.status != m.DistributionStatus.CANCELLED]
    if project:
        scope.append(D.project_id == project.id)
    site_name = func.coalesce(S.name, "")
    month_planned = func.substr(func.cast(D.planned_on, m.Distribution.code.type), 1, 7)
    month_received = func.substr(func.cast(R.received_on, m.Distribution.code.type), 1, 7)

    def planned(label):
        return dict(session.execute(
            select(label, func.sum(E.quantity)).select_from(E).join(D, D.id == E.distribution_id)
            .join(K, K.id == E.kit_type_id).outerjoin(S, S.id == D.site_id)
            .where(*scope, _in(D.planned_on, params)).group_by(label)).all())

    got = or_(R.verification.is_(None), R.verification != m.Verification.NOT_RECEIVED)

    def distributed(label):
        return dict(session.execute(
            select(label, func.sum(E.quantity)).select_from(R)
            .join(E, and_(E.distribution_id == R.distribution_id, E.household_id == R.household_id))
            .join(D, D.id == R.distribution_id).join(K, K.id == E.kit_type_id).outerjoin(S, S.id == D.site_id)
            .where(*scope, got, _in(R.received_on, params)).group_by(label)).all())

    def lines(planned_by, distributed_by) -> list[PlannedDistributed]:
        return [PlannedDistributed(str(label), int(planned_by.get(label) or 0), int(distributed_by.get(label) or 0))
                for label in sorted(set(planned_by) | set(distributed_by))]

    by_kit = lines(planned(K.code), distributed(K.code))
    by_site = lines(planned(site_name), distributed(site_name))
    by_month = lines(planned(month_planned), distributed(month_received))
    counted = session.execute(
        select(func.count(func.distinct(D.id)), func.count(func.distinct(E.household_id)))
        .select_from(E).join(D, D.id == E.distribution_id).where(*scope, _in(D.planned_on, params))).one()
    received = session.scalar(select(func.count()).select_from(R).join(D, D.id == R.distribution_id)
                              .where(*scope, got, _in(R.received_on, params))) or 0
    C = m.Complaint
    cases = [NotReceivedCase(code, site or "", household, verification, verified_on, status)
             for code, site, household, verification, verified_on, status in session.execute(
                 select(D.code, S.name, m.Household.code, R.verification, R.verified_on, C.status)
                 .select_from(R).join(D, D.id == R.distribution_id).join(m.Household, m.Household.id == R.household_id)
                 .outerjoin(S, S.id == D.site_id).outerjoin(C, C.id == R.complaint_id)
                 .where(*scope, R.verification.in_([m.Verification.NOT_RECEIVED, m.Verification.WITH_ISSUES]),
                        _in(R.verified_on, params))
                 .order_by(R.verified_on, D.code, m.Household.code))]
    if not by_kit and not cases:
        raise DomainError(f"no distributions{scope_words(project, params)}")
    return DistributionsData(
        project_code=project.code if project else None, project=project, date_from=params.date_from,
        date_to=params.date_to, distributions=int(counted[0]), households_listed=int(counted[1]),
        households_received=int(received), by_kit=by_kit, by_site=by_site, by_month=by_month, cases=cases,
        stock=stock_balances(session, params.date_to), stock_on=params.date_to)


def render_distributions_pdf(data: DistributionsData, path: Path, options: RenderOptions) -> Path:
    doc = ReportDoc(options, title="", subject="")
    tr, f = doc.tr, doc.fmt
    story = doc.opening("Distributions report", "Distributions: {scope}, {period}", data.project, data.date_from,
                        data.date_to)
    planned = sum(line.planned for line in data.by_kit)
    distributed = sum(line.distributed for line in data.by_kit)
    story.append(doc.key_figures([
        (f.number(data.distributions), tr("distributions planned")),
        (f.number(planned), tr("kits planned")),
        (f.number(distributed), tr("kits distributed")),
        (f.number(len(data.cases)), tr("cases not received or with issues")),
    ]))

    def table(first: str, lines: list[PlannedDistributed], word=lambda x: x):
        columns = [Column(first, 2.4), Column(tr("Planned"), 1, numeric=True),
                   Column(tr("Distributed"), 1, numeric=True), Column(tr("Share distributed"), 1, numeric=True)]
        rows = [[word(line.label) or "–", f.number(line.planned), f.number(line.distributed), f.percent(line.share)]
                for line in lines]
        total = PlannedDistributed("", sum(x.planned for x in lines), sum(x.distributed for x in lines))
        return doc.table(columns, rows, totals=[[tr("Total"), f.number(total.planned), f.number(total.distributed),
                                                 f.percent(total.share)]])

    story += doc.section(tr("Planned and distributed by kit"), table(tr("Kit"), data.by_kit))
    story += doc.section(tr("Planned and distributed by site"), table(tr("Site"), data.by_site))

    def month(label: str) -> str:
        from babel.dates import format_date

        year, number = label.split("-")
        return format_date(dt.date(int(year), int(number), 1), "MMM y", locale=f._babel_locale)

    story += doc.section(tr("Planned and distributed by month"), table(tr("Month"), data.by_month, month))
    story.append(doc.note(tr("Planned: the kits on the lists of the distributions planned in the period (cancelled "
                             "ones left out). Distributed: the kits of the households whose receipt is dated in the "
                             "period, unless its verification found them not received.")))
    case_columns = [Column(tr("Distribution"), 1.6, wrap=False), Column(tr("Site"), 1.2),
                    Column(tr("Household"), 1.1, wrap=False), Column(tr("Verification"), 1.6),
                    Column(tr("Verified on"), 1.1), Column(tr("Complaint"), 1)]
    if data.cases:
        story += doc.section(tr("Not received or received with issues"), doc.table(case_columns, [
            [c.distribution, c.site or "–", c.household, tr(c.verification), f.date(c.verified_on),
             tr(c.complaint_status) if c.complaint_status else "–"] for c in data.cases]))
    else:
        story += doc.section(tr("Not received or received with issues"),
                             doc.p(tr("No receipt was found not received or received with issues in the period.")))
    stock_columns = [Column(tr("Warehouse"), 2), Column(tr("Kit"), 1.1, wrap=False),
                     Column(tr("Received"), 1, numeric=True), Column(tr("Issued"), 1, numeric=True),
                     Column(tr("Lost or damaged"), 1, numeric=True), Column(tr("In stock"), 1, numeric=True)]
    heading = tr("Stock on {date}", date=f.date(data.stock_on)) if data.stock_on else tr("Stock today")
    if data.stock:
        story += doc.section(heading, doc.table(stock_columns, [
            [s.warehouse, s.kit_code, f.number(s.received), f.number(s.issued), f.number(s.lost),
             f.number(s.balance)] for s in data.stock]))
    else:
        story += doc.section(heading, doc.p(tr("No stock movement was recorded.")))
    return doc.build(story, path)
