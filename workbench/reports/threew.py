"""3W/4W matrix (who does what, where, when, for whom): the office's activities by place, sector and period."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workbench import models as m
from workbench.reports.common import Places, ProjectHeader, find_project, scope_words
from workbench.reports.layout import Column, ReportDoc
from workbench.reports.options import RenderOptions, ReportParams
from workbench.services import figures
from workbench.services.errors import DomainError

# The cluster each kind of work reports to, in the words coordination meetings use.
WORK_SECTORS = {
    "shelter rehabilitation": "Shelter", "debris clearing": "Early recovery", "water plant": "WASH",
    "irrigation": "Livelihoods", "electrical network": "Early recovery", "school": "Education",
    "market": "Livelihoods", "hospital/health centre": "Health", "latrine block": "WASH", "water point": "WASH",
}
GRANT_ACTIVITIES = {"EDF": "Enterprise development fund grants", "ILA": "Individual livelihoods assistance",
                    "CfW": "Cash for work"}
# A CRC's group sessions by kind, and kits by category: (cluster, activity).
SESSION_ACTIVITIES = {
    m.SessionKind.AWARENESS: ("Protection", "CRC awareness sessions"),
    m.SessionKind.INFORMATION: ("Protection", "CRC information sessions"),
    m.SessionKind.LEGAL_COUNSELLING: ("Protection", "CRC group legal counselling"),
    m.SessionKind.INFORMAL_EDUCATION: ("Education", "CRC informal education"),
    m.SessionKind.SKILLS: ("Livelihoods", "CRC skills sessions"),
}
KIT_ACTIVITIES = {
    m.KitCategory.NFI: ("Shelter", "Distribution of NFI kits"),
    m.KitCategory.SHELTER: ("Shelter", "Distribution of shelter kits"),
    m.KitCategory.HYGIENE: ("WASH", "Distribution of hygiene kits"),
    m.KitCategory.RETURN: ("Durable solutions", "Distribution of return packages"),
}


@dataclass(frozen=True)
class Activity:
    """One row of the matrix: what one project does in one district, with when and for how many people."""

    organisation: str       # empty: the office itself
    project: str            # empty: a CRC outside any project
    donor: str
    sector: str
    activity: str
    admin1: str
    admin2: str
    admin2_pcode: str
    count: int              # sites, households, grants, works, sessions, contacts or referrals
    unit: str               # "sites", "households", "grants", "works", "sessions", "contacts", "referrals"
    people: int
    start: dt.date
    end: dt.date | None     # None: still running
    status: str             # "ongoing" or "completed"


@dataclass(frozen=True)
class ThreeWData:
    project: ProjectHeader | None
    date_from: dt.date | None
    date_to: dt.date | None
    rows: list[Activity]

    def by_sector(self) -> list[tuple[str, int, int]]:
        """(sector, rows, people reached), most people first."""
        sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in self.rows:
            sums[row.sector][0] += 1
            sums[row.sector][1] += row.people
        return sorted(((s, n, p) for s, (n, p) in sums.items()), key=lambda x: (-x[2], x[0]))


def build_threew_data(session: Session, params: ReportParams) -> ThreeWData:
    """Sites managed, households helped to return or relocate, grants and works, by district, in the period."""
    project = find_project(session, params.project_code)
    projects = {p.id: p for p in session.scalars(select(m.Project).options(selectinload(m.Project.donor)))}
    places = Places(session, params.lang)
    start_of, end_of = params.date_from, params.date_to

    def overlaps(start: dt.date, end: dt.date | None) -> bool:
        return (end_of is None or start <= end_of) and (start_of is None or end is None or end >= start_of)

    # key -> [count, people, first start, last end (None: running), any running]
    groups: dict[tuple, list] = {}

    def add(project_id, organisation, sector, activity, unit, location_id, people, start, end, running, n=1):
        if (project and project_id != project.id) or not overlaps(start, end):
            return
        area1 = places.ancestor(location_id, m.AdminLevel.PROVINCE)
        area2 = places.ancestor(location_id, m.AdminLevel.TERRITORY)
        key = (project_id, organisation, sector, activity, unit, area1.name if area1 else "",
               area2.name if area2 else "", area2.pcode if area2 else "")
        acc = groups.setdefault(key, [0, 0, start, end, running])
        acc[0] += n
        acc[1] += people
        acc[2] = min(acc[2], start)
        acc[3] = None if acc[3] is None or end is None else max(acc[3], end)
        acc[4] = acc[4] or running

    # Who: the organisation doing the work. A site is managed by its managing agency; households, grants and works
    # are the office's own activities (empty: the office). A project's partners are its government counterparts
    # and a work's contractor is hired by the office: neither is "who" in a 3W.
    for site in session.scalars(select(m.Site).options(selectinload(m.Site.population_counts))):
        # As the site stood at the period's end: its last count by then, still managed unless closed by then.
        counts = [c for c in site.population_counts if end_of is None or c.counted_on <= end_of]
        people = max(counts, key=lambda c: c.counted_on).individuals if counts else 0
        closed_on = site.closed_on if site.closed_on is not None and (end_of is None or site.closed_on <= end_of) \
            else None
        add(site.project_id, (site.managing_agency or "").strip(), "CCCM", "Site management", "sites",
            site.location_id, people, site.opened_on, closed_on, closed_on is None)
    paid = (select(m.Household.project_id, m.Household.destination_id, m.Household.size, m.CashTranche.paid_on,
                   m.Household.id)
            .join(m.CashTranche).where(m.CashTranche.status == m.TrancheStatus.PAID,
                                       m.Household.destination_id.is_not(None)))
    households: dict[int, list] = {}
    for project_id, destination_id, size, paid_on, household_id in session.execute(paid):
        if (start_of and paid_on < start_of) or (end_of and paid_on > end_of):
            continue
        acc = households.setdefault(household_id, [project_id, destination_id, size, paid_on, paid_on])
        acc[3], acc[4] = min(acc[3], paid_on), max(acc[4], paid_on)
    for project_id, destination_id, size, first, last in households.values():
        add(project_id, "", "Durable solutions", "Cash for return and relocation", "households",
            destination_id, size, first, last, False)
    # Grants and works as they stood at the period's end: their status then, their tranches and dates by then.
    g = m.LivelihoodGrant
    grant_then = figures.grant_statuses_on(session, end_of) if end_of is not None else {}
    for grant in session.scalars(select(g).options(selectinload(g.tranches))):
        status = grant_then.get(grant.id) or grant.status
        if status in (m.GrantStatus.REJECTED, m.GrantStatus.CANCELLED):
            continue
        paid_by = [t.paid_on for t in grant.tranches if end_of is None or t.paid_on <= end_of]
        end = max(paid_by) if status in (m.GrantStatus.MONITORED, m.GrantStatus.CLOSED) and paid_by else None
        add(grant.project_id, "", "Livelihoods", GRANT_ACTIVITIES.get(grant.programme, grant.programme),
            "grants", grant.location_id, 1, grant.applied_on, end, end is None)
    w = m.InfrastructureWork
    work_then = figures.work_statuses_on(session, end_of) if end_of is not None else {}
    for work in session.scalars(select(w)):
        status = work_then.get(work.id) or work.status
        finished = status in (m.WorkStatus.COMPLETED, m.WorkStatus.HANDED_OVER)
        started = work.actual_start if work.actual_start and (end_of is None or work.actual_start <= end_of) \
            else work.planned_start
        finished_on = work.actual_end if finished and work.actual_end and (
            end_of is None or work.actual_end <= end_of) else None
        add(work.project_id, "", WORK_SECTORS.get(work.work_type, "Early recovery"),
            f"Infrastructure: {work.work_type}", "works", work.location_id, work.people_served,
            started, finished_on, not finished)
    _add_crc_activities(session, add, start_of, end_of)
    _add_distributions(session, add, start_of, end_of)
    rows = []
    for (project_id, organisation, sector, activity, unit, admin1, admin2, pcode), (n, people, start, end, running) \
            in groups.items():
        p = projects.get(project_id)
        rows.append(Activity(organisation, p.code if p else "", p.donor.code if p else "", sector, activity, admin1, admin2, pcode, n, unit,
                             people, start, None if running else end, "ongoing" if running else "completed"))
    if not rows:
        raise DomainError(f"no activities{scope_words(project, params)}")
    rows.sort(key=lambda r: (r.admin1, r.admin2, r.sector, r.activity, r.project, r.organisation))
    return ThreeWData(project, params.date_from, params.date_to, rows)


def _add_crc_activities(session: Session, add, start_of: dt.date | None, end_of: dt.date | None) -> None:
    """Each CRC's sessions (people: participants), contacts (one person each) and referrals sent (one person each)
    in the period, in the CRC's place, under its managing organisation; running while the CRC is open."""
    def within(day: dt.date | None) -> bool:
        return day is not None and (start_of is None or day >= start_of) and (end_of is None or day <= end_of)

    centres = {c.id: c for c in session.scalars(select(m.ResourceCentre))}
    found: dict[tuple, list] = {}  # (crc id, sector, activity, unit) -> [count, people, first, last]

    def count(crc_id, sector, activity, unit, day, people):
        if not within(day):
            return
        acc = found.setdefault((crc_id, sector, activity, unit), [0, 0, day, day])
        acc[0] += 1
        acc[1] += people
        acc[2], acc[3] = min(acc[2], day), max(acc[3], day)

    for crc_id, kind, day, participants in session.execute(select(
            m.CrcSession.crc_id, m.CrcSession.session_kind, m.CrcSession.held_on, m.CrcSession.participants)):
        sector, activity = SESSION_ACTIVITIES.get(kind, ("Protection", "CRC information sessions"))
        count(crc_id, sector, activity, "sessions", day, participants or 0)
    for crc_id, day in session.execute(select(m.CrcContact.crc_id, m.CrcContact.contacted_on)):
        count(crc_id, "Protection", "CRC information and counselling contacts", "contacts", day, 1)
    for crc_id, day in session.execute(select(m.Referral.crc_id, m.Referral.sent_on)):  # a draft was never sent
        count(crc_id, "Protection", "Referrals to services", "referrals", day, 1)
    for (crc_id, sector, activity, unit), (n, people, first, last) in found.items():
        centre = centres[crc_id]
        closed = centre.closed_on is not None and (end_of is None or centre.closed_on <= end_of)
        add(centre.project_id, (centre.managing_organisation or "").strip(), sector, activity, unit,
            centre.location_id, people, first, last if closed else None, not closed, n=n)


def _add_distributions(session: Session, add, start_of: dt.date | None, end_of: dt.date | None) -> None:
    """The households that received each category of kit in the period (a receipt not verified "not
    received"), with their members; running until the distribution is completed."""
    d, r = m.Distribution, m.Receipt
    received = (select(d.id, d.project_id, d.status, d.completed_on, m.Site.location_id, d.location_id,
                       m.KitType.category, r.household_id, m.Household.size, r.received_on)
                .join(r, r.distribution_id == d.id)
                .join(m.Entitlement, (m.Entitlement.distribution_id == d.id)
                      & (m.Entitlement.household_id == r.household_id))
                .join(m.KitType, m.KitType.id == m.Entitlement.kit_type_id)
                .join(m.Household, m.Household.id == r.household_id)
                .outerjoin(m.Site, m.Site.id == d.site_id)
                .where(m.Entitlement.quantity > 0,
                       (r.verification.is_(None)) | (r.verification != m.Verification.NOT_RECEIVED)))
    if start_of is not None:
        received = received.where(r.received_on >= start_of)
    if end_of is not None:
        received = received.where(r.received_on <= end_of)
    found: dict[tuple, list] = {}  # (distribution, category) -> [households, people, first, last, row]
    seen: set[tuple] = set()
    for row in session.execute(received):
        dist_id, category, household_id, size, day = row[0], row[6], row[7], row[8], row[9]
        if (dist_id, category, household_id) in seen:  # two kits of one category: one household
            continue
        seen.add((dist_id, category, household_id))
        acc = found.setdefault((dist_id, category), [0, 0, day, day, row])
        acc[0] += 1
        acc[1] += size
        acc[2], acc[3] = min(acc[2], day), max(acc[3], day)
    for (_, category), (n, people, first, last, row) in found.items():
        _, project_id, status, completed_on, site_location, location_id = row[:6]
        finished = status == m.DistributionStatus.COMPLETED and (end_of is None or (completed_on or last) <= end_of)
        sector, activity = KIT_ACTIVITIES.get(category, ("Shelter", "Distribution of NFI kits"))
        add(project_id, "", sector, activity, "households", site_location or location_id, people, first,
            last if finished else None, not finished, n=n)


def render_threew_pdf(data: ThreeWData, path: Path, options: RenderOptions) -> Path:
    doc = ReportDoc(options, title="", subject="", landscape_pages=True)
    tr, f = doc.tr, doc.fmt
    doc.title = tr("3W/4W: who does what, where and when")
    scope = doc.scope(data.project)
    doc.subject = tr("Activities by location, sector and period: {scope}, {period}", scope=scope,
                     period=f.period(data.date_from, data.date_to))
    story = doc.title_block(doc.title, [(tr("Organisation"), options.office_name), (tr("Projects"), scope),
                                        (tr("Period"), f.period(data.date_from, data.date_to)),
                                        (tr("Date"), f.date(options.printed_on))])
    sectors = data.by_sector()
    story += doc.section(tr("Summary by sector"), doc.table(
        [Column(tr("Sector"), 3), Column(tr("Rows"), 1, numeric=True), Column(tr("People reached"), 1.5, numeric=True)],
        [[tr(s), f.number(n), f.number(p)] for s, n, p in sectors],
        totals=[[tr("Total"), f.number(len(data.rows)), f.number(sum(p for _, _, p in sectors))]]))
    story.append(doc.bar_chart(tr("People reached by sector"), [tr(s) for s, _, _ in sectors],
                               [[p for _, _, p in sectors]], horizontal=True, height=(18 + 11 * len(sectors)) * 2.83465))
    columns = [Column(tr("Who (organisation)"), 1.55), Column(tr("Project / donor"), 1.45), Column(tr("Sector"), 1.1),
               Column(tr("What (activity)"), 1.95), Column(tr("Governorate / province"), 1.1),
               Column(tr("District / territory"), 1.1), Column(tr("P-code"), 0.85, wrap=False),
               Column(tr("How many"), 1.3, numeric=True), Column(tr("For whom (people)"), 0.9, numeric=True),
               Column(tr("When"), 1.6), Column(tr("Status"), 0.8)]
    rows = [[r.organisation or options.office_name, f"{r.project} ({r.donor})" if r.project else tr("no project"), tr(r.sector), tr(r.activity) if not r.activity.startswith(
        "Infrastructure: ") else tr("Infrastructure: {kind}", kind=tr(r.activity.split(": ", 1)[1])),
        r.admin1, r.admin2, r.admin2_pcode, f.plural("{n} " + r.unit, r.count), f.number(r.people),
        f.dates(r.start, r.end, tr("ongoing")), tr(r.status)] for r in data.rows]
    story += doc.section(tr("Activities"), doc.table(columns, rows, totals=[
        [tr("Total"), "", "", "", "", "", "", "", f.number(sum(r.people for r in data.rows)), "", ""]]))
    story.append(doc.note(tr("People reached: people in the sites managed, members of the households helped to "
                             "leave or that received kits, grant recipients, people served by the works, CRC "
                             "session participants, and one person per CRC contact and per referral sent. A person "
                             "can be counted in more than one activity.")))
    return doc.build(story, path)
