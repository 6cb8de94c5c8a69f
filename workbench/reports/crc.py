"""CRC report: a Community Resource Centre's (or every CRC's) contacts, sessions and referrals for a period, in
figures only: no name and no case code is printed.

Contacts, sessions and referrals are those dated in the period. A referral's steps count as they stood at the
period's end: its status, whether the provider had answered (accepted or declined) and when, and whether it was
followed up. Days to response run from the referral date to the provider's answer; a referral is overdue when the
answer came after its priority's deadline (24 hours, 72 hours, 14 days), or had not come by the period's end with
the deadline past, unless it was withdrawn before the deadline.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.reports.common import percent
from workbench.reports.layout import Column, ReportDoc
from workbench.reports.options import RenderOptions, ReportParams
from workbench.services.errors import DomainError

R = m.ReferralStatus
SEX_AGE = (("female", "0-17", "girls"), ("male", "0-17", "boys"), ("female", "18-59", "women"),
           ("male", "18-59", "men"), ("female", "60+", "older_women"), ("male", "60+", "older_men"))
ANSWERS = (R.ACCEPTED, R.DECLINED)


@dataclass(frozen=True)
class CrcHeader:
    code: str
    name: str
    centre_type: str
    managing_organisation: str


@dataclass(frozen=True)
class SessionKindRow:
    session_kind: str
    sessions: int
    participants: int


@dataclass(frozen=True)
class ServiceRow:
    service: str
    referrals: int
    by_status: dict[str, int]   # status at the period's end -> referrals
    accepted: int
    declined: int
    overdue: int


@dataclass(frozen=True)
class PriorityRow:
    priority: str
    referrals: int
    answered: int
    overdue: int
    median_days: Decimal | None


@dataclass(frozen=True)
class CrcReportData:
    crc: CrcHeader | None          # None: every CRC of the office
    date_from: dt.date | None
    date_to: dt.date | None
    as_of: dt.date
    contacts: int
    contacts_by_channel: dict[str, int]
    contacts_by_group: dict[str, int]
    contacts_by_sex_age: dict[tuple[str, str], int]   # (sex, age group) -> contacts
    sessions: int
    participants: int
    sessions_by_kind: list[SessionKindRow]
    attendance_by_sex_age: dict[str, int]            # girls, boys, women, men, older_women, older_men
    attendance_by_group: dict[str, int]              # idps, returnees, host_community
    referrals: int
    by_service: list[ServiceRow]
    by_status: dict[str, int]
    by_priority: list[PriorityRow]
    answered: int
    accepted: int
    median_days_to_response: Decimal | None
    overdue: int
    with_feedback: int

    @property
    def accepted_percent(self) -> Decimal | None:
        """Of the referrals the providers answered, the share they accepted."""
        return percent(self.accepted, self.answered)

    @property
    def overdue_percent(self) -> Decimal | None:
        return percent(self.overdue, self.referrals)

    @property
    def feedback_percent(self) -> Decimal | None:
        return percent(self.with_feedback, self.referrals)


def _median(days: list[int]) -> Decimal | None:
    return Decimal(str(statistics.median(days))).quantize(Decimal("0.1")) if days else None


def _in_period(column, params: ReportParams) -> list:
    where = []
    if params.date_from:
        where.append(column >= params.date_from)
    if params.date_to:
        where.append(column <= params.date_to)
    return where


def _find_crc(session: Session, code: str | None) -> tuple[int | None, CrcHeader | None]:
    if not code:
        return None, None
    crc = session.scalars(select(m.ResourceCentre).where(m.ResourceCentre.code == code.strip())).first()
    if crc is None:
        raise DomainError(f"no CRC with the code {code!r}; check the code (e.g. IQ-CRC-BAR-01)", "crc")
    return crc.id, CrcHeader(crc.code, crc.name, crc.centre_type, crc.managing_organisation)


def _ordered(counts: Counter, values) -> dict[str, int]:
    """Counts in the declared order of their values, then any other value."""
    order = [str(v) for v in values]
    return {k: counts[k] for k in sorted(counts, key=lambda k: (order.index(k) if k in order else len(order), k))}


def build_crc_data(session: Session, params: ReportParams) -> CrcReportData:
    crc_id, header = _find_crc(session, params.crc_code)
    as_of = params.reference_date
    c, s, r = m.CrcContact, m.CrcSession, m.Referral

    def scoped(model, date_column) -> list:
        where = _in_period(date_column, params)
        if crc_id is not None:
            where.append(model.crc_id == crc_id)
        return where

    contacts = session.execute(select(c.channel, c.population_group, c.sex, c.age_group)
                               .where(*scoped(c, c.contacted_on))).all()
    sessions = session.execute(select(s.session_kind, s.participants, *(getattr(s, f) for f in m.SADD_FIELDS),
                                      *(getattr(s, f) for f in m.POPULATION_FIELDS))
                               .where(*scoped(s, s.held_on))).all()
    referral_where = scoped(r, r.referred_on)
    referrals = session.execute(select(r.id, r.service, r.priority, r.referred_on, r.due_on, r.feedback_on, r.feedback)
                                .where(*referral_where).order_by(r.id)).all()
    if not (contacts or sessions or referrals):
        where = f" of CRC {header.code}" if header else ""
        if params.date_from or params.date_to:
            where += f" in the period {params.period_words()}"
        raise DomainError(f"no contacts, sessions or referrals{where}")

    # The steps taken by the period's end, for the referrals of the period only.
    h = m.ReferralStatusChange
    steps = session.execute(select(h.referral_id, h.to_status, h.changed_on)
                            .join(r, r.id == h.referral_id)
                            .where(and_(*referral_where), h.changed_on <= as_of)
                            .order_by(h.referral_id, h.changed_on, h.id)).all()
    status: dict[int, str] = {}
    answer: dict[int, tuple[str, dt.date]] = {}
    withdrawn: dict[int, dt.date] = {}
    for ident, to_status, on in steps:
        status[ident] = to_status
        if to_status in ANSWERS and ident not in answer:
            answer[ident] = (to_status, on)
        if to_status == R.WITHDRAWN:
            withdrawn[ident] = on

    def is_overdue(ident, due_on) -> bool:
        if due_on is None:
            return False
        if ident in answer:
            return answer[ident][1] > due_on
        if ident in withdrawn and withdrawn[ident] <= due_on:
            return False
        return due_on < as_of

    services: dict[str, dict] = {}
    priorities: dict[str, dict] = {}
    days: list[int] = []
    by_status: Counter = Counter()
    overdue = feedback = accepted = 0
    for ident, service, priority, referred_on, due_on, feedback_on, feedback_text in referrals:
        now = status.get(ident, str(R.DRAFT))
        by_status[now] += 1
        late = is_overdue(ident, due_on)
        row = services.setdefault(service, {"n": 0, "status": Counter(), "acc": 0, "dec": 0, "late": 0})
        row["n"] += 1
        row["status"][now] += 1
        row["late"] += late
        prio = priorities.setdefault(priority, {"n": 0, "answered": 0, "late": 0, "days": []})
        prio["n"] += 1
        prio["late"] += late
        overdue += late
        if ident in answer:
            said, on = answer[ident]
            waited = (on - referred_on).days
            days.append(waited)
            prio["answered"] += 1
            prio["days"].append(waited)
            if said == R.ACCEPTED:
                accepted += 1
                row["acc"] += 1
            else:
                row["dec"] += 1
        if (feedback_on is not None and feedback_on <= as_of) or (feedback_on is None and (feedback_text or "").strip()):
            feedback += 1

    service_order = [str(v) for v in m.Service]
    by_service = [ServiceRow(k, v["n"], _ordered(v["status"], R), v["acc"], v["dec"], v["late"])
                  for k, v in sorted(services.items(), key=lambda kv: (-kv[1]["n"], service_order.index(kv[0])
                                                                       if kv[0] in service_order else 99))]
    by_priority = [PriorityRow(str(p), priorities[p]["n"], priorities[p]["answered"], priorities[p]["late"],
                               _median(priorities[p]["days"])) for p in m.ReferralPriority if p in priorities]

    sadd = {f: sum(row[2 + i] or 0 for row in sessions) for i, f in enumerate(m.SADD_FIELDS)}
    offset = 2 + len(m.SADD_FIELDS)
    groups = {f: sum(row[offset + i] or 0 for row in sessions) for i, f in enumerate(m.POPULATION_FIELDS)}
    kinds: dict[str, list[int]] = {}
    for row in sessions:
        kinds.setdefault(row[0], [0, 0])
        kinds[row[0]][0] += 1
        kinds[row[0]][1] += row[1]
    kind_order = [str(k) for k in m.SessionKind]
    sessions_by_kind = [SessionKindRow(k, *kinds[k]) for k in sorted(
        kinds, key=lambda k: kind_order.index(k) if k in kind_order else 99)]

    return CrcReportData(
        crc=header, date_from=params.date_from, date_to=params.date_to, as_of=as_of,
        contacts=len(contacts),
        contacts_by_channel=_ordered(Counter(row[0] for row in contacts), m.ContactChannel),
        contacts_by_group=_ordered(Counter(row[1] for row in contacts), m.PopulationGroup),
        contacts_by_sex_age=dict(Counter((row[2], row[3]) for row in contacts)),
        sessions=len(sessions), participants=sum(row[1] for row in sessions), sessions_by_kind=sessions_by_kind,
        attendance_by_sex_age=sadd, attendance_by_group=groups,
        referrals=len(referrals), by_service=by_service, by_status=_ordered(by_status, R), by_priority=by_priority,
        answered=len([i for i, *_ in referrals if i in answer]), accepted=accepted,
        median_days_to_response=_median(days), overdue=overdue, with_feedback=feedback)


def render_crc_pdf(data: CrcReportData, path: Path, options: RenderOptions) -> Path:
    doc = ReportDoc(options, title="", subject="")
    tr, f = doc.tr, doc.fmt
    scope = f"{data.crc.code} – {data.crc.name}" if data.crc else tr("All CRCs of the office")
    doc.title = tr("Community Resource Centre report")
    doc.subject = tr("CRC report: {scope}, {period}", scope=scope, period=f.period(data.date_from, data.date_to))
    fields = [(tr("CRC"), scope)]
    if data.crc:
        fields.append((tr("Kind of centre"), tr(data.crc.centre_type)))
        if data.crc.managing_organisation:
            fields.append((tr("Managing organisation"), data.crc.managing_organisation))
    fields += [(tr("Period"), f.period(data.date_from, data.date_to)), (tr("Steps counted to"), f.date(data.as_of)),
               (tr("Date"), f.date(options.printed_on))]
    story = doc.title_block(doc.title, fields)

    def share(n, total) -> str:
        return f.percent(percent(n, total))

    def n_and_share(n, total) -> str:
        return f"{f.number(n)} ({share(n, total)})"

    days = data.median_days_to_response
    story.append(doc.key_figures([
        (f.number(data.contacts), tr("contacts")),
        (f.number(data.participants), tr("session participants")),
        (f.number(data.referrals), tr("referrals")),
        (f.percent(data.accepted_percent), tr("of answered referrals accepted")),
        (f.number(days, 1) if days is not None else "–", tr("median days to response")),
        (f.number(data.overdue), tr("referrals overdue")),
        (f.percent(data.overdue_percent), tr("of referrals overdue")),
        (f.percent(data.feedback_percent), tr("of referrals with follow-up feedback")),
    ]))

    # --- contacts ---
    count_columns = [Column("", 3), Column(tr("Contacts"), 1, numeric=True), Column(tr("Share"), 1, numeric=True)]

    def counts(title: str, values: dict[str, int]) -> list:
        columns = [Column(title, 3), *count_columns[1:]]
        rows = [[tr(k), f.number(v), share(v, data.contacts)] for k, v in values.items()]
        return [doc.table(columns, rows, totals=[[tr("Total"), f.number(data.contacts), share(data.contacts,
                                                                                               data.contacts)]])]

    story += doc.section(tr("Contacts"), *counts(tr("Channel"), data.contacts_by_channel))
    story += doc.section(tr("Contacts by population group"), *counts(tr("Population group"), data.contacts_by_group),
                         level=3)
    ages = [str(a) for a in m.AgeGroup]
    sex_columns = [Column(tr("Age group"), 2), Column(tr("female"), 1, numeric=True),
                   Column(tr("male"), 1, numeric=True), Column(tr("Total"), 1, numeric=True)]
    by = data.contacts_by_sex_age
    sex_rows = [[tr(a), f.number(by.get(("female", a), 0)), f.number(by.get(("male", a), 0)),
                 f.number(by.get(("female", a), 0) + by.get(("male", a), 0))] for a in ages]
    sex_total = [[tr("Total"), f.number(sum(by.get(("female", a), 0) for a in ages)),
                  f.number(sum(by.get(("male", a), 0) for a in ages)), f.number(data.contacts)]]
    story += doc.section(tr("Contacts by sex and age"), doc.table(sex_columns, sex_rows, totals=sex_total), level=3)

    # --- sessions ---
    session_columns = [Column(tr("Kind of session"), 3), Column(tr("Sessions"), 1, numeric=True),
                       Column(tr("Participants"), 1, numeric=True)]
    session_rows = [[tr(k.session_kind), f.number(k.sessions), f.number(k.participants)] for k in data.sessions_by_kind]
    story += doc.section(tr("Sessions and attendance"), doc.table(
        session_columns, session_rows, totals=[[tr("Total"), f.number(data.sessions), f.number(data.participants)]]))
    a = data.attendance_by_sex_age
    attendance_columns = [Column(tr("Age group"), 2), Column(tr("female"), 1, numeric=True),
                          Column(tr("male"), 1, numeric=True), Column(tr("Total"), 1, numeric=True)]
    attendance_rows = [[tr(age), f.number(a[fem]), f.number(a[mal]), f.number(a[fem] + a[mal])]
                       for age, fem, mal in (("0-17", "girls", "boys"), ("18-59", "women", "men"),
                                             ("60+", "older_women", "older_men"))]
    story += doc.section(tr("Attendance by sex and age"), doc.table(
        attendance_columns, attendance_rows,
        totals=[[tr("Total"), f.number(a["girls"] + a["women"] + a["older_women"]),
                 f.number(a["boys"] + a["men"] + a["older_men"]), f.number(sum(a.values()))]]), level=3)
    g = data.attendance_by_group
    group_rows = [[tr(word), f.number(g[key]), share(g[key], data.participants)]
                  for key, word in (("idps", "IDP"), ("returnees", "returnee"), ("host_community", "host community"))]
    story += doc.section(tr("Attendance by population group"), doc.table(
        [Column(tr("Population group"), 3), Column(tr("Participants"), 1, numeric=True),
         Column(tr("Share"), 1, numeric=True)], group_rows,
        totals=[[tr("Total"), f.number(sum(g.values())), share(sum(g.values()), data.participants)]]), level=3)

    # --- referrals ---
    statuses = [str(v) for v in R]
    matrix_columns = [Column(tr("Service"), 2.2), Column(tr("Referrals"), 1, numeric=True),
                      *(Column(tr(v), 1, numeric=True) for v in statuses)]
    matrix_rows = [[tr(row.service), f.number(row.referrals), *(f.number(row.by_status.get(v, 0)) for v in statuses)]
                   for row in data.by_service]
    matrix_total = [[tr("Total"), f.number(data.referrals), *(f.number(data.by_status.get(v, 0)) for v in statuses)]]
    story += doc.section(tr("Referrals by service and status"),
                         doc.table(matrix_columns, matrix_rows, totals=matrix_total, font_size=7))
    answer_columns = [Column(tr("Service"), 2.2), Column(tr("Referrals"), 1, numeric=True),
                      Column(tr("Accepted"), 1, numeric=True), Column(tr("Declined"), 1, numeric=True),
                      Column(tr("% accepted"), 1, numeric=True), Column(tr("Overdue"), 1.3, numeric=True)]
    answer_rows = [[tr(row.service), f.number(row.referrals), f.number(row.accepted), f.number(row.declined),
                    f.percent(percent(row.accepted, row.accepted + row.declined)),
                    n_and_share(row.overdue, row.referrals)] for row in data.by_service]
    answer_total = [[tr("Total"), f.number(data.referrals), f.number(data.accepted),
                     f.number(data.answered - data.accepted), f.percent(data.accepted_percent),
                     n_and_share(data.overdue, data.referrals)]]
    story += doc.section(tr("Providers' answers by service"),
                         doc.table(answer_columns, answer_rows, totals=answer_total), level=3)
    priority_columns = [Column(tr("Priority"), 2.2), Column(tr("Answer due within"), 1.2),
                        Column(tr("Referrals"), 1, numeric=True), Column(tr("Answered"), 1, numeric=True),
                        Column(tr("Median days to response"), 1.2, numeric=True),
                        Column(tr("Overdue"), 1.3, numeric=True)]
    within = {"emergency": tr("24 hours"), "urgent": tr("72 hours"), "normal": tr("14 days")}
    priority_rows = [[tr(p.priority), within.get(p.priority, ""), f.number(p.referrals), f.number(p.answered),
                      f.number(p.median_days, 1) if p.median_days is not None else "–",
                      n_and_share(p.overdue, p.referrals)] for p in data.by_priority]
    story += doc.section(tr("Response against the priority's deadline"),
                         doc.table(priority_columns, priority_rows), level=3)
    story.append(doc.note(tr(
        "Referrals made in the period, with their steps as they stood on {date}. % accepted: of the referrals the "
        "providers answered, those accepted. Days to response: from the referral date to the provider's answer. "
        "Overdue: answered after the priority's deadline, or not answered by {date} with the deadline past "
        "(unless withdrawn before it). Feedback: a follow-up recorded by {date}. No name or case code is printed.",
        date=f.date(data.as_of))))
    return doc.build(story, path)
