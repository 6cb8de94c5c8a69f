"""A report of a work's progress on one day."""

from collections import defaultdict
from decimal import Decimal

import pandas as pd
from sqlalchemy import select

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import Between, NotBeforeParent, Rule, iso, number
from workbench.services.errors import DomainError


def _percent(value) -> str:
    return number(float(value)) if value is not None else ""


class ProgressNeverFalls(Rule):
    """A work's progress does not go down: a report's percent is at least the one reported before it and at most the
    ones reported after it (a report of 30 % after one of 40 % was saved silently). The work is locked first, so two
    reports saved at once are judged one after the other. A file's rows are judged with the work's reports and the
    file's other rows for it, by date; a row for a date the work has a report of replaces that report."""

    def one(self, session, obj) -> None:
        from workbench.services import locks

        if obj.work_id is None or obj.reported_on is None or obj.progress_percent is None:
            return
        locks.lock_row(session, m.InfrastructureWork, obj.work_id)
        R = m.WorkProgressReport
        others = select(R.reported_on, R.progress_percent).where(R.work_id == obj.work_id)
        if obj.id is not None:
            others = others.where(R.id != obj.id)
        with session.no_autoflush:
            before = session.execute(others.where(R.reported_on < obj.reported_on)
                                     .order_by(R.reported_on.desc()).limit(1)).first()
            after = session.execute(others.where(R.reported_on > obj.reported_on)
                                    .order_by(R.reported_on.asc()).limit(1)).first()
        percent = Decimal(str(obj.progress_percent))
        if before is not None and percent < before[1]:
            raise DomainError(f"is less than the {_percent(before[1])} % reported on {iso(before[0])}; a work's "
                              "progress does not go down", "progress_percent")
        if after is not None and percent > after[1]:
            raise DomainError(f"is more than the {_percent(after[1])} % reported later, on {iso(after[0])}; a "
                              "work's progress does not go down", "progress_percent")

    def lookup(self, session, rows, ctx) -> None:
        works = sorted({int(w) for w in rows["work_id"] if w is not None and not pd.isna(w) and not isinstance(w, str)})
        found: dict[int, dict] = defaultdict(dict)
        R = m.WorkProgressReport
        for start in range(0, len(works), 5000):
            stmt = select(R.work_id, R.reported_on, R.progress_percent).where(R.work_id.in_(works[start:start + 5000]))
            with session.no_autoflush:
                for work, day, percent in session.execute(stmt):
                    found[work][day] = Decimal(str(percent))
        ctx.looked_up["progress"] = found

    def many(self, rows, ctx) -> None:
        known = ctx.looked_up.get("progress", {})
        days = pd.to_datetime(rows["reported_on"], errors="coerce")
        timelines: dict[int, dict] = {}
        for i in rows.frame.index:
            work, day, percent = rows["work_id"][i], days[i], rows["progress_percent"][i]
            if work is None or pd.isna(work) or pd.isna(day) or percent is None or pd.isna(percent):
                continue
            timeline = timelines.setdefault(int(work), {d: (p, None) for d, p in known.get(int(work), {}).items()})
            timeline[day.date()] = (Decimal(str(percent)), i)  # the file's row replaces that day's report
        reasons: dict = {}
        for timeline in timelines.values():
            ordered = sorted(timeline.items())
            last = None  # the latest report by date that stands: the work's, or a file row not refused
            for n, (day, (percent, row)) in enumerate(ordered):
                if row is not None:
                    later = next(((d, p) for d, (p, r) in ordered[n + 1:] if r is None), None)
                    if last is not None and percent < last[1]:
                        reasons[row] = (f"is less than the {_percent(last[1])} % reported on {iso(last[0])}; a "
                                        "work's progress does not go down")
                        continue
                    if later is not None and percent > later[1]:
                        reasons[row] = (f"is more than the {_percent(later[1])} % reported later, on "
                                        f"{iso(later[0])}; a work's progress does not go down")
                        continue
                last = (day, percent)
        if reasons:
            rows.fail(pd.Series(rows.frame.index.isin(list(reasons)), index=rows.frame.index), "progress_percent",
                      lambda f: [reasons[i] for i in f.index])

KIND = Kind(
    "progress_report", m.WorkProgressReport, "progress report", N("records", "Progress report"), area="works", order=170, parent="work_id", tab_title=N("records", "Progress reports"), table_order=("reported_on", True),
    rules=(Between("progress_percent", 0, 100),
           NotBeforeParent("reported_on", "work_id", m.InfrastructureWork, "actual_start", "the work started",
                           "work_started"),
           ProgressNeverFalls()),
    imports="progress", import_title=N("ImportWizard", "Progress reports of works"),
    import_key=("work", "reported_on"),  # a report file imported twice updates its reports, never doubles them
    fields=(
        F("work_id", N("fields", "Work"), header="Work code", on_form=False, hxl="#activity+code+x_work",
          words=("work", "work code", "code", "code des travaux", "code chantier")),
        F("reported_on", N("fields", "Reported on"), hxl="#date+reported",
          words=("date", "report date", "date du rapport")),
        F("progress_percent", N("fields", "Progress (%)"), header="Progress %", hxl="#output+x_progress+x_pct",
          words=("progress", "percent", "progress percent", "avancement", "taux d avancement", "avancement %",
                 "pourcentage")),
        F("note", N("fields", "Note"), hxl="#description", words=("comment", "remarks", "commentaire", "observations")),
    ),
    columns=(C("reported_on", N("columns", "Reported on"), "date"),
             C("progress_percent", N("columns", "Progress"), "percent"), C("note", N("columns", "Note"), width=300)),
)
