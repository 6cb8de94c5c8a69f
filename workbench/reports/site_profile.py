"""Site profile: a displacement site's place, status history, population, committees, feedback and infrastructure."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from workbench import models as m
from workbench.models.base import FEMALE_FIELDS, SADD_FIELDS
from workbench.reports.common import Places, find_site, percent
from workbench.reports.layout import Column, ReportDoc
from workbench.reports.options import RenderOptions, ReportParams
from workbench.services import figures
from workbench.services.errors import DomainError


@dataclass(frozen=True)
class StatusStep:
    on: dt.date
    status: str
    note: str


@dataclass(frozen=True)
class PopulationRow:
    counted_on: dt.date
    households: int
    individuals: int
    sadd: dict[str, int | None]
    women_and_girls_percent: Decimal | None


@dataclass(frozen=True)
class CommitteeRow:
    name: str
    formed_on: dt.date
    members: int
    women: int
    women_percent: Decimal | None
    trainings: int


@dataclass(frozen=True)
class ChannelRow:
    channel: str
    received: int
    resolved: int
    average_days: Decimal | None


@dataclass(frozen=True)
class InfrastructureRow:
    kind: str
    quantity: int
    good: int
    needs_repair: int
    out_of_order: int
    in_period: int = 0      # of the quantity, recorded within the period


@dataclass(frozen=True)
class SiteProfileData:
    name: str
    site_type: str
    location_path: str
    pcode: str
    latitude: float | None
    longitude: float | None
    managing_agency: str
    status: str
    opened_on: dt.date
    closed_on: dt.date | None
    date_from: dt.date | None
    date_to: dt.date | None
    history: list[StatusStep]
    population: list[PopulationRow]
    committees: list[CommitteeRow]
    complaints: list[ChannelRow]      # by channel; received in the period
    infrastructure: list[InfrastructureRow]
    intentions: dict[str, int]        # households registered and present (on date_to, or today), by intention
    households: dict[str, int]        # registered, departed, present (figures.site_households)

    @property
    def committee_members(self) -> int:
        return sum(c.members for c in self.committees)

    @property
    def committee_women_percent(self) -> Decimal | None:
        return percent(sum(c.women for c in self.committees), self.committee_members)

    @property
    def complaints_received(self) -> int:
        return sum(c.received for c in self.complaints)

    @property
    def complaints_resolved(self) -> int:
        return sum(c.resolved for c in self.complaints)


def build_site_data(session: Session, params: ReportParams) -> SiteProfileData:
    """One site's profile; population counts and complaints limited to the period when one is given."""
    if not params.site_name:
        raise DomainError("choose a site: the site profile is printed for one site", "site")
    site = find_site(session, params.site_name)
    places = Places(session, params.lang)
    history = [StatusStep(site.opened_on, m.SiteStatus.OPEN, "")]
    history += [StatusStep(c.changed_on, c.to_status, c.note) for c in site.status_changes]
    population = []
    for count in site.population_counts:
        if (params.date_from or params.date_to) and not params.in_period(count.counted_on):
            continue
        sadd = count.sadd_values()
        known = all(v is not None for v in sadd.values())
        women = sum(sadd[f] for f in FEMALE_FIELDS) if known else None
        population.append(PopulationRow(count.counted_on, count.households, count.individuals, sadd,
                                        percent(women, count.individuals) if known else None))
    committees = sorted((CommitteeRow(c.name, c.formed_on, c.members, c.women_members,
                                      percent(c.women_members, c.members), len(c.trainings))
                         for c in site.committees), key=lambda c: (c.formed_on, c.name))
    channels: dict[str, list] = defaultdict(lambda: [0, 0, 0])
    for complaint in site.complaints:
        if (params.date_from or params.date_to) and not params.in_period(complaint.received_on):
            continue
        acc = channels[complaint.channel]
        acc[0] += 1
        if complaint.status == m.ComplaintStatus.RESOLVED:
            acc[1] += 1
            acc[2] += (complaint.resolved_on - complaint.received_on).days
    order = [c.value for c in m.ComplaintChannel]
    complaints = [ChannelRow(ch, n, r, (Decimal(days) / r).quantize(Decimal("0.1")) if r else None)
                  for ch, (n, r, days) in sorted(channels.items(),
                                                 key=lambda i: order.index(i[0]) if i[0] in order else 9)]
    # Infrastructure as it stood at the period's end: what had been recorded by then (a later batch of shelter
    # kits was not there yet); of it, what was recorded within the period.
    kinds: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for item in site.infrastructure:
        if params.date_to is not None and item.recorded_on > params.date_to:
            continue
        acc = kinds[item.kind]
        acc[0] += item.quantity
        acc[1 + [c.value for c in m.Condition].index(item.condition)] += item.quantity
        if params.in_period(item.recorded_on):
            acc[4] += item.quantity
    kind_order = [k.value for k in m.InfrastructureKind]
    infrastructure = [InfrastructureRow(k, *kinds[k]) for k in sorted(kinds, key=lambda k: kind_order.index(k)
                                                                       if k in kind_order else 9)]
    intention_order = [i.value for i in m.Intention]
    # The households the profile says are "registered and present", by their intention: on the period's end
    # when it has one, else today; those who left are counted by the closure report.
    on = params.date_to
    intentions = figures.households_by_intention(session, site.id, present_on=on, present=True)
    place = places.by_id[site.location_id]
    return SiteProfileData(
        name=site.name, site_type=site.site_type, location_path=places.path(site.location_id), pcode=place.pcode,
        latitude=site.location.latitude, longitude=site.location.longitude, managing_agency=site.managing_agency,
        status=site.status, opened_on=site.opened_on, closed_on=site.closed_on, date_from=params.date_from,
        date_to=params.date_to, history=history, population=population, committees=committees,
        complaints=complaints, infrastructure=infrastructure,
        intentions={i: intentions[i] for i in sorted(intentions, key=lambda i: intention_order.index(i)
                                                      if i in intention_order else 9)},
        households=figures.site_households(session, site.id, on))


def render_site_pdf(data: SiteProfileData, path: Path, options: RenderOptions) -> Path:
    doc = ReportDoc(options, title="", subject="")
    tr, f = doc.tr, doc.fmt
    doc.title = tr("Site profile: {name}", name=data.name)
    doc.subject = tr("Displacement site {name}: population, committees, feedback and infrastructure", name=data.name)
    # P-code and coordinates in one bracket: a Latin run an Arabic line keeps whole, its brackets in place.
    where = f"{tr('P-code')} {data.pcode}"
    if data.latitude is not None and data.longitude is not None:
        where += f", {f.number(data.latitude, 4)}, {f.number(data.longitude, 4)}"
    where = f"{data.location_path} ({where})"
    fields = [(tr("Site"), f"{data.name} – {tr(data.site_type)}"), (tr("Location"), where),
              (tr("Managing agency"), data.managing_agency or "–"),
              (tr("Status"), tr("{status} (opened on {opened})", status=tr(data.status), opened=f.date(data.opened_on))
               + (" – " + tr("closed on {date}", date=f.date(data.closed_on)) if data.closed_on else "")),
              (tr("Period"), f.period(data.date_from, data.date_to)), (tr("Date"), f.date(options.printed_on))]
    story = doc.title_block(tr("Site profile"), fields)
    latest = data.population[-1] if data.population else None
    story.append(doc.key_figures([
        (f.number(latest.individuals) if latest else "–", tr("people at the last count")),
        (f.number(data.households["present_households"]),
         tr("households registered and present on {date}", date=f.date(data.date_to)) if data.date_to
         else tr("households registered and present")),
        (f.number(data.committee_members), tr("committee members, {share} women",
                                              share=f.percent(data.committee_women_percent))),
        (f.number(data.complaints_received), tr("complaints and feedback received")),
    ]))

    story += doc.section(tr("Status history"), doc.table(
        [Column(tr("Date"), 1.2), Column(tr("Status"), 1.2), Column(tr("Note"), 4)],
        [[f.date(s.on), tr(s.status), s.note] for s in data.history]))

    sadd_headers = {"girls": "Girls (0-17)", "boys": "Boys (0-17)", "women": "Women (18-59)", "men": "Men (18-59)",
                    "older_women": "Women (60+)", "older_men": "Men (60+)"}
    # Wide enough for the longest date on one line: "15 كانون الثاني 2023".
    pop_columns = [Column(tr("Counted on"), 1.5), Column(tr("Households"), 1.1, numeric=True),
                   Column(tr("People"), 1, numeric=True)]
    pop_columns += [Column(tr(sadd_headers[k]), 1, numeric=True) for k in SADD_FIELDS]
    pop_columns.append(Column(tr("Women and girls"), 1, numeric=True))
    parts = []
    if data.population:
        parts.append(doc.table(pop_columns, [
            [f.date(p.counted_on), f.number(p.households), f.number(p.individuals),
             *[f.number(p.sadd[k]) for k in SADD_FIELDS], f.percent(p.women_and_girls_percent)]
            for p in data.population]))
        if len(data.population) > 1:
            parts.append(doc.line_chart(tr("Population over time"), [f.date(p.counted_on) for p in data.population],
                                        [[p.individuals for p in data.population],
                                         [p.households for p in data.population]],
                                        [tr("People"), tr("Households")]))
    else:
        parts.append(doc.p(tr("No population count in the period.")))
    story += doc.section(tr("Population"), *parts)

    committee_columns = [Column(tr("Committee"), 2.5), Column(tr("Formed on"), 1.2),
                         Column(tr("Members"), 1, numeric=True), Column(tr("Women"), 1, numeric=True),
                         Column(tr("Share of women"), 1, numeric=True), Column(tr("Trainings"), 1, numeric=True)]
    story += doc.section(tr("Committees"), doc.table(
        committee_columns,
        [[c.name, f.date(c.formed_on), f.number(c.members), f.number(c.women), f.percent(c.women_percent),
          f.number(c.trainings)] for c in data.committees],
        totals=[[tr("Total"), "", f.number(data.committee_members), f.number(sum(c.women for c in data.committees)),
                 f.percent(data.committee_women_percent), f.number(sum(c.trainings for c in data.committees))]])
        if data.committees else doc.p(tr("No committee in this site.")))

    resolved_days = sum((c.average_days or 0) * c.resolved for c in data.complaints)
    average = (Decimal(resolved_days) / data.complaints_resolved).quantize(Decimal("0.1")) \
        if data.complaints_resolved else None
    story += doc.section(tr("Complaints and feedback"), doc.table(
        [Column(tr("Channel"), 2.5), Column(tr("Received"), 1, numeric=True), Column(tr("Resolved"), 1, numeric=True),
         Column(tr("Average days to resolve"), 1.5, numeric=True)],
        [[tr(c.channel), f.number(c.received), f.number(c.resolved), f.number(c.average_days, 1)]
         for c in data.complaints],
        totals=[[tr("Total"), f.number(data.complaints_received), f.number(data.complaints_resolved),
                 f.number(average, 1)]]) if data.complaints else doc.p(tr("No complaint received in the period.")))

    dated = bool(data.date_from or data.date_to)
    infrastructure_columns = [Column(tr("Infrastructure"), 2.5), Column(tr("Quantity"), 1, numeric=True),
                              Column(tr("good"), 1, numeric=True), Column(tr("needs repair"), 1, numeric=True),
                              Column(tr("out of order"), 1, numeric=True)]
    if dated:
        infrastructure_columns.append(Column(tr("Recorded in the period"), 1.2, numeric=True))
    story += doc.section(
        tr("Infrastructure on {date}", date=f.date(data.date_to)) if data.date_to else tr("Infrastructure"),
        doc.table(infrastructure_columns,
                  [[tr(i.kind), f.number(i.quantity), f.number(i.good), f.number(i.needs_repair),
                    f.number(i.out_of_order), *([f.number(i.in_period)] if dated else [])]
                   for i in data.infrastructure]) if data.infrastructure
        else doc.p(tr("No infrastructure recorded by {date}.", date=f.date(data.date_to)) if data.date_to
                   else tr("No infrastructure recorded.")))

    if data.intentions:
        total = sum(data.intentions.values())
        heading = tr("Households present on {date}, by intention", date=f.date(data.date_to)) if data.date_to \
            else tr("Households present, by intention")
        story += doc.section(heading, doc.table(
            [Column(tr("Intention"), 2.5), Column(tr("Households"), 1, numeric=True),
             Column(tr("Share"), 1, numeric=True)],
            [[tr(k), f.number(n), f.percent(percent(n, total))] for k, n in data.intentions.items()],
            totals=[[tr("Total"), f.number(total), f.percent(Decimal(100))]]))
        story.append(doc.bar_chart(heading, [tr(k) for k in data.intentions],
                                   [list(data.intentions.values())], horizontal=True, height=40 * 2.83465))
    story += doc.approval()
    return doc.build(story, path)
