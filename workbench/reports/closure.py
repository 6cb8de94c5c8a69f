"""Site closure and returns: who left each closing or closed site, where to, and the cash tranches paid or pending."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench import models as m
from workbench.models.base import SADD_FIELDS
from workbench.reports.common import CENT, ZERO, Places, ProjectHeader, find_project, find_site, scope_words
from workbench.reports.layout import Column, ReportDoc
from workbench.reports.options import RenderOptions, ReportParams
from workbench.services import figures
from workbench.services.errors import DomainError

PURPOSES = [p.value for p in m.TranchePurpose]


@dataclass(frozen=True)
class DestinationRow:
    locality: str
    pcode: str
    households: int
    people: int
    returned: int       # households that returned to their village of origin
    relocated: int      # households that relocated


@dataclass(frozen=True)
class TrancheTotal:
    purpose: str
    currency: str
    tranches: int
    amount: Decimal


@dataclass(frozen=True)
class SiteClosure:
    name: str
    status: str
    location: str
    closing_on: dt.date | None
    closed_on: dt.date | None
    households_departed: int
    people_departed: int
    households_present: int
    people_present: int
    returned_households: int
    returned_people: int
    relocated_households: int
    relocated_people: int
    destinations: list[DestinationRow]
    paid: list[TrancheTotal]
    pending: list[TrancheTotal]
    # Of the households departed: those whose return package was handed over (a receipt not found "not
    # received" on a distribution of return packages), and those without one.
    return_packages: int = 0
    without_return_package: int = 0


@dataclass(frozen=True)
class HouseholdReceived:
    """What one household that left in the period received: its return package and its cash tranches."""

    code: str
    site: str
    departed_on: dt.date
    destination: str
    package_on: dt.date | None           # the day its return package was received; None: none handed over
    paid: list[tuple[str, Decimal]]      # (currency, amount) of its tranches paid by the period's end
    tranches_paid: int
    owed: list[tuple[str, Decimal]]      # still to be paid then


@dataclass(frozen=True)
class ClosureData:
    project: ProjectHeader | None
    date_from: dt.date | None
    date_to: dt.date | None
    sites: list[SiteClosure]
    paid: list[TrancheTotal]        # all sites
    pending: list[TrancheTotal]
    # Departures by month: (first day of the month, households, people), in the period.
    months: list[tuple[dt.date, int, int]] = field(default_factory=list)
    departed_sadd: dict[str, int] = field(default_factory=dict)  # people who left, by sex and age (where recorded)
    departed_without_sadd: int = 0                               # households that left without it
    pending_present: list[TrancheTotal] = field(default_factory=list)  # still owed to households still in a site
    pending_left: list[TrancheTotal] = field(default_factory=list)     # still owed to households that had left
    received: list[HouseholdReceived] = field(default_factory=list)  # each household that left in the period

    @property
    def households_departed(self) -> int:
        return sum(s.households_departed for s in self.sites)

    @property
    def people_departed(self) -> int:
        return sum(s.people_departed for s in self.sites)

    @property
    def return_packages(self) -> int:
        return sum(s.return_packages for s in self.sites)


def _tranche_totals(items) -> list[TrancheTotal]:
    sums: dict[tuple[str, str], list] = defaultdict(lambda: [0, ZERO])
    for purpose, currency, amount in items:
        sums[(purpose, currency)][0] += 1
        sums[(purpose, currency)][1] += Decimal(amount)
    order = lambda k: (PURPOSES.index(k[0]) if k[0] in PURPOSES else 9, k[1] != "USD", k[1])  # noqa: E731
    return [TrancheTotal(p, c, n, a.quantize(CENT)) for (p, c), (n, a) in sorted(sums.items(), key=lambda i: order(i[0]))]


def _return_packages(session: Session) -> dict[int, dt.date]:
    """The households handed a return package, with the day: a receipt, not found "not received", on a
    distribution of one."""
    R, K = m.Receipt, m.KitType
    stmt = (select(R.household_id, R.received_on)
            .join(m.DistributionKit, m.DistributionKit.distribution_id == R.distribution_id)
            .join(K, K.id == m.DistributionKit.kit_type_id)
            .where(K.category == m.KitCategory.RETURN,
                   (R.verification.is_(None)) | (R.verification != m.Verification.NOT_RECEIVED)))
    found: dict[int, dt.date] = {}
    for household_id, day in session.execute(stmt):
        found[household_id] = min(day, found.get(household_id, day))
    return found


def _by_currency(items) -> list[tuple[str, Decimal]]:
    sums: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for currency, amount in items:
        sums[currency] += Decimal(amount)
    return sorted(((c, a.quantize(CENT)) for c, a in sums.items()), key=lambda x: (x[0] != "USD", x[0]))


def build_closure_data(session: Session, params: ReportParams) -> ClosureData:
    """Per closing or closed site: departures in the period, by destination; tranches paid in it, and pending.

    With a period that ends, the site's status, its closing and closure dates, the households still present
    and the tranches still to be paid are as they stood at the end of its last day: a household registered by
    then and not yet departed was present; a tranche of a household registered by then, not paid by then (and
    not cancelled) was still to be paid.
    """
    project = find_project(session, params.project_code)
    site = find_site(session, params.site_name)
    stmt = select(m.Site).where(m.Site.status.in_([m.SiteStatus.CLOSING, m.SiteStatus.CLOSED])).order_by(m.Site.name)
    if site is not None:
        if site.status == m.SiteStatus.OPEN:
            raise DomainError(f"{site.name} is open; the closure report covers closing and closed sites", "site")
        stmt = stmt.where(m.Site.id == site.id)
    if project:
        stmt = stmt.where(m.Site.project_id == project.id)
    places = Places(session, params.lang)
    dated = bool(params.date_from or params.date_to)
    end = params.date_to
    status_then: dict[int, str | None] = {}
    if end is not None:
        c = m.SiteStatusChange
        status_then = figures.statuses_on(session.execute(
            select(c.site_id, c.from_status, c.to_status, c.changed_on).order_by(c.site_id, c.changed_on, c.id)), end)

    def by_end(day: dt.date | None) -> bool:
        return day is not None and (end is None or day <= end)

    def in_period(day: dt.date | None) -> bool:
        return day is not None and (not dated or params.in_period(day))

    sites = []
    all_paid, all_pending = [], []
    with_package = _return_packages(session)
    owed_present, owed_left = [], []
    received: list[HouseholdReceived] = []
    months: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0])
    sadd = dict.fromkeys(SADD_FIELDS, 0)
    without_sadd = 0
    for s in session.scalars(stmt):
        households = list(session.scalars(select(m.Household).where(m.Household.site_id == s.id)
                                          .options(selectinload(m.Household.tranches)).order_by(m.Household.id)))
        if end is not None:
            households = [h for h in households if h.registered_on <= end]
        departed = [h for h in households if in_period(h.departure_date)]
        present = [h for h in households if not by_end(h.departure_date)]
        destinations: dict[int, list] = defaultdict(lambda: [0, 0, 0, 0])
        for h in departed:
            month = months[h.departure_date.replace(day=1)]
            month[0] += 1
            month[1] += h.size
            values = h.sadd_values()
            if all(v is not None for v in values.values()):
                for k in SADD_FIELDS:
                    sadd[k] += values[k]
            else:
                without_sadd += 1
            acc = destinations[h.destination_id]
            acc[0] += 1
            acc[1] += h.size
            acc[2] += h.intention == m.Intention.RETURN
            acc[3] += h.intention == m.Intention.RELOCATE
        paid, pending = [], []
        for h in households:
            for t in h.tranches:
                item = (t.purpose, t.currency, t.amount)
                if t.status == m.TrancheStatus.PAID and in_period(t.paid_on):
                    paid.append(item)
                if t.status == m.TrancheStatus.PLANNED or (t.status == m.TrancheStatus.PAID and not by_end(t.paid_on)):
                    pending.append(item)
                    (owed_left if by_end(h.departure_date) else owed_present).append(item)
        all_paid += paid
        all_pending += pending
        for h in departed:
            place = places.by_id.get(h.destination_id)
            paid_by_end = [(t.currency, t.amount) for t in h.tranches
                           if t.status == m.TrancheStatus.PAID and by_end(t.paid_on)]
            owed_then = [(t.currency, t.amount) for t in h.tranches if t.status == m.TrancheStatus.PLANNED
                         or (t.status == m.TrancheStatus.PAID and not by_end(t.paid_on))]
            package = with_package.get(h.id)
            received.append(HouseholdReceived(
                h.code, s.name, h.departure_date, place.name if place else "",
                package if by_end(package) else None, _by_currency(paid_by_end), len(paid_by_end),
                _by_currency(owed_then)))
        closing = next((c.changed_on for c in reversed(s.status_changes)
                        if c.to_status == m.SiteStatus.CLOSING and by_end(c.changed_on)), None)
        # A departure without its destination is still a departure: one row, "destination not recorded".
        rows = sorted((DestinationRow(places.by_id[i].name, places.by_id[i].pcode, *acc) if i in places.by_id
                       else DestinationRow("", "", *acc) for i, acc in destinations.items()),
                      key=lambda r: (not r.locality, -r.people, r.locality))
        ret = [h for h in departed if h.intention == m.Intention.RETURN]
        rel = [h for h in departed if h.intention == m.Intention.RELOCATE]
        sites.append(SiteClosure(
            name=s.name, status=status_then.get(s.id) or s.status, location=places.path(s.location_id),
            closing_on=closing, closed_on=s.closed_on if by_end(s.closed_on) else None,
            households_departed=len(departed), people_departed=sum(h.size for h in departed),
            households_present=len(present), people_present=sum(h.size for h in present),
            returned_households=len(ret), returned_people=sum(h.size for h in ret),
            relocated_households=len(rel), relocated_people=sum(h.size for h in rel), destinations=rows,
            paid=_tranche_totals(paid), pending=_tranche_totals(pending),
            return_packages=sum(by_end(with_package.get(h.id)) for h in departed),  # handed over by the end
            without_return_package=sum(not by_end(with_package.get(h.id)) for h in departed) if with_package else 0))
    if not sites:
        raise DomainError(f"no closing or closed site{scope_words(project, ReportParams())}")
    if (params.date_from or params.date_to) and not any(s.households_departed or s.paid for s in sites):
        raise DomainError(f"no departures and no tranches paid in the period {params.period_words()}")
    return ClosureData(project, params.date_from, params.date_to, sites, _tranche_totals(all_paid),
                       _tranche_totals(all_pending), sorted((day, n, people) for day, (n, people) in months.items()),
                       sadd, without_sadd, _tranche_totals(owed_present), _tranche_totals(owed_left),
                       sorted(received, key=lambda r: (r.site, r.departed_on, r.code)))


def render_closure_pdf(data: ClosureData, path: Path, options: RenderOptions) -> Path:
    doc = ReportDoc(options, title="", subject="")
    tr, f = doc.tr, doc.fmt
    story = doc.opening("Site closure and returns report",
                        "Departures from closing and closed sites: {scope}, {period}",
                        data.project, data.date_from, data.date_to)
    returned = sum(s.returned_people for s in data.sites)
    relocated = sum(s.relocated_people for s in data.sites)
    story.append(doc.key_figures([
        (f.number(data.people_departed), f.plural("people supported to leave {n} sites",
                                                  sum(1 for s in data.sites if s.households_departed))),
        (f.number(data.households_departed), f.plural("households departed", data.households_departed)),
        (f.number(returned), tr("people returned to their village")),
        (f.number(relocated), tr("people relocated")),
    ]))

    site_columns = [Column(tr("Site"), 1.6), Column(tr("Status"), 1), Column(tr("Closing since"), 1.3),
                    Column(tr("Households departed"), 1.2, numeric=True),
                    Column(tr("People departed"), 1.1, numeric=True),
                    Column(tr("Returned (people)"), 1.1, numeric=True),
                    Column(tr("Relocated (people)"), 1.1, numeric=True),
                    Column(tr("Still present (households)"), 1.2, numeric=True)]
    site_rows = [[s.name, tr(s.status), f.date(s.closing_on), f.number(s.households_departed),
                  f.number(s.people_departed), f.number(s.returned_people), f.number(s.relocated_people),
                  f.number(s.households_present)] for s in data.sites]
    total = [[tr("Total"), "", "", f.number(data.households_departed), f.number(data.people_departed),
              f.number(returned), f.number(relocated), f.number(sum(s.households_present for s in data.sites))]]
    story += doc.section(tr("Sites"), doc.table(site_columns, site_rows, totals=total))
    if data.return_packages:
        package_columns = [Column(tr("Site"), 2), Column(tr("Households departed"), 1.2, numeric=True),
                           Column(tr("Return package handed over"), 1.4, numeric=True),
                           Column(tr("Without a return package"), 1.4, numeric=True)]
        story += doc.section(tr("Return packages handed over"), doc.table(package_columns, [
            [s.name, f.number(s.households_departed), f.number(s.return_packages),
             f.number(s.without_return_package)] for s in data.sites], totals=[[
                tr("Total"), f.number(data.households_departed), f.number(data.return_packages),
                f.number(sum(s.without_return_package for s in data.sites))]]))
    if data.date_to:
        story.append(doc.note(tr("Status, closing date and households still present: as on {date}. Still to be "
                                 "paid: tranches of the households registered by then that had not been paid by "
                                 "then (cancelled tranches left out).", date=f.date(data.date_to))))
    story.append(doc.bar_chart(tr("People departed by site"), [s.name for s in data.sites],
                               [[s.returned_people for s in data.sites], [s.relocated_people for s in data.sites]],
                               [tr("Returned"), tr("Relocated")], height=50 * 2.83465))

    if data.months:
        story += doc.section(tr("Departures by month"), doc.table(
            [Column(tr("Month"), 2), Column(tr("Households departed"), 1, numeric=True),
             Column(tr("People departed"), 1, numeric=True)],
            [[f.month(day), f.number(n), f.number(people)] for day, n, people in data.months],
            totals=[[tr("Total"), f.number(data.households_departed), f.number(data.people_departed)]]), level=3)
        story.append(doc.bar_chart(tr("People departed by month"), [f.month(day) for day, _, _ in data.months],
                                   [[people for _, _, people in data.months]], height=45 * 2.83465))
    if data.people_departed:
        heads = {"girls": "Girls (0-17)", "boys": "Boys (0-17)", "women": "Women (18-59)", "men": "Men (18-59)",
                 "older_women": "Women (60+)", "older_men": "Men (60+)"}
        counted = sum(data.departed_sadd.values())
        story += doc.section(tr("People who left, by sex and age"), doc.table(
            [Column(tr(heads[k]), 1, numeric=True) for k in SADD_FIELDS] + [Column(tr("Total"), 1, numeric=True)],
            [[f.number(data.departed_sadd[k]) for k in SADD_FIELDS] + [f.number(counted)]]), level=3)
        if data.departed_without_sadd:
            story.append(doc.note(f.plural("{n} households left without their sex and age recorded; they are not in "
                                           "this table.", data.departed_without_sadd)))

    # Without an end, what is still owed today; with one, what was still owed at the end of its last day.
    owed = tr("Still to be paid on {date}", date=f.date(data.date_to)) if data.date_to else tr("Still to be paid")
    tranche_columns = [Column(tr("Purpose"), 2), Column(tr("Tranches"), 1, numeric=True),
                       Column(tr("Amount"), 1.6, numeric=True)]

    def tranche_rows(items: list[TrancheTotal]) -> list[list[str]]:
        return [[tr(t.purpose), f.number(t.tranches), f.money(t.amount, t.currency)] for t in items]

    def tranche_total(items: list[TrancheTotal]) -> list[list[str]]:
        currencies = sorted({t.currency for t in items}, key=lambda c: (c != "USD", c))
        return [[tr("Total"), f.number(sum(t.tranches for t in items if t.currency == c)),
                 f.money(sum((t.amount for t in items if t.currency == c), ZERO), c)] for c in currencies]

    story += doc.section(tr("Cash tranches, all sites"),
                         doc.heading(tr("Paid"), 3), doc.table(tranche_columns, tranche_rows(data.paid),
                                                              totals=tranche_total(data.paid)),
                         doc.heading(owed, 3),
                         doc.table(tranche_columns, tranche_rows(data.pending), totals=tranche_total(data.pending))
                         if data.pending else doc.p(tr("Nothing is pending.")))
    if data.pending:
        story += [doc.heading(tr("Of it, owed to households still in a site"), 3),
                  doc.table(tranche_columns, tranche_rows(data.pending_present),
                            totals=tranche_total(data.pending_present)) if data.pending_present
                  else doc.p(tr("Nothing is pending.")),
                  doc.heading(tr("Of it, owed to households that have left"), 3),
                  doc.table(tranche_columns, tranche_rows(data.pending_left), totals=tranche_total(data.pending_left))
                  if data.pending_left else doc.p(tr("Nothing is pending."))]

    destination_columns = [Column(tr("Destination locality"), 2.2), Column(tr("P-code"), 1.2, wrap=False),
                           Column(tr("Households"), 1, numeric=True), Column(tr("People"), 1, numeric=True),
                           Column(tr("Returned (households)"), 1.2, numeric=True),
                           Column(tr("Relocated (households)"), 1.2, numeric=True)]
    for s in data.sites:
        parts = [doc.p(tr("{location}. Status: {status}; closing since {closing}; closed on {closed}. "
                          "{present} households ({people} people) are still in the site.",
                          location=s.location, status=tr(s.status), closing=f.date(s.closing_on),
                          closed=f.date(s.closed_on), present=f.number(s.households_present),
                          people=f.number(s.people_present)))]
        if s.destinations:
            parts += [doc.heading(tr("Departures by destination"), 3), doc.table(
                destination_columns,
                [[d.locality or tr("Destination not recorded"), d.pcode or "–", f.number(d.households), f.number(d.people), f.number(d.returned),
                  f.number(d.relocated)] for d in s.destinations],
                totals=[[tr("Total"), "", f.number(s.households_departed), f.number(s.people_departed),
                         f.number(s.returned_households), f.number(s.relocated_households)]])]
        else:
            parts.append(doc.p(tr("No household left this site in the period.")))
        parts += [doc.heading(tr("Cash tranches paid"), 3),
                  doc.table(tranche_columns, tranche_rows(s.paid), totals=tranche_total(s.paid))
                  if s.paid else doc.p(tr("No tranche was paid in the period.")),
                  doc.heading(owed, 3),
                  doc.table(tranche_columns, tranche_rows(s.pending), totals=tranche_total(s.pending))
                  if s.pending else doc.p(tr("Nothing is pending."))]
        story += doc.section(tr("Site: {name}", name=s.name), *parts)
    if data.received:
        def amounts(items) -> str:
            return " + ".join(f.money(a, c) for c, a in items) or "–"

        story += doc.section(tr("What each household that left received"), doc.table(
            [Column(tr("Household"), 1.3, wrap=False), Column(tr("Site"), 1.3), Column(tr("Left on"), 1.1),
             Column(tr("Destination"), 1.5), Column(tr("Return package"), 1.2),
             Column(tr("Tranches paid"), 0.8, numeric=True), Column(tr("Cash paid"), 1.6, numeric=True),
             Column(tr("Still owed"), 1.6, numeric=True)],
            [[r.code, r.site, f.date(r.departed_on), r.destination or tr("Destination not recorded"),
              f.date(r.package_on) if r.package_on else tr("none"), f.number(r.tranches_paid), amounts(r.paid),
              amounts(r.owed)] for r in data.received]),
            doc.note(tr("Return package: the day it was received, unless its verification found it not received. "
                        "Cash: tranches paid by the period's end, and those still to be paid then.")))
    story += doc.approval()
    return doc.build(story, path)
