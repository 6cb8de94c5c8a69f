"""Benchmark: the CRC report for one year of every CRC of a scale-100 demo database, next to its floor.

The floor reads the same rows with plain sqlite3 (the year's contacts, sessions, referrals and the referrals' steps
up to the year's end), counts them in Python and lays the counts out as plain reportlab tables (no styling, no
language, no page header or footer): what any such report costs at least.

Run: .venv/bin/python bench/bench_crc_report.py [--db demo-100.db | --scale 100] [--from 2023-07-01 --to 2024-06-30]
     [--repeat 3]
Without --db a demo database of --scale is written first (a few minutes at scale 100) in a temporary folder.
Not a timed test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table  # noqa: E402

from workbench.db import open_database  # noqa: E402
from workbench.reports.crc import build_crc_data, render_crc_pdf  # noqa: E402
from workbench.reports.options import RenderOptions, ReportParams  # noqa: E402
from workbench.services.demo import generate  # noqa: E402

LANGUAGES = ("en", "fr", "ar")


def floor(path: Path, start: dt.date, end: dt.date, out: Path) -> int:
    """The same rows read with sqlite3, counted, and printed as plain tables; returns the referrals counted."""
    con = sqlite3.connect(path)
    a, b = start.isoformat(), end.isoformat()
    contacts = con.execute("SELECT channel, population_group, sex, age_group FROM crc_contacts "
                           "WHERE contacted_on BETWEEN ? AND ?", (a, b)).fetchall()
    sessions = con.execute("SELECT session_kind, participants, girls, boys, women, men, older_women, older_men, idps, "
                           "returnees, host_community FROM crc_sessions WHERE held_on BETWEEN ? AND ?",
                           (a, b)).fetchall()
    referrals = con.execute("SELECT id, service, priority, referred_on, due_on, feedback_on FROM referrals "
                            "WHERE referred_on BETWEEN ? AND ? ORDER BY id", (a, b)).fetchall()
    steps = con.execute("SELECT s.referral_id, s.to_status, s.changed_on FROM referral_status_changes s "
                        "JOIN referrals r ON r.id = s.referral_id WHERE r.referred_on BETWEEN ? AND ? "
                        "AND s.changed_on <= ? ORDER BY s.referral_id, s.changed_on, s.id", (a, b, b)).fetchall()
    con.close()
    status, answered = {}, {}
    for ident, to_status, on in steps:
        status[ident] = to_status
        if to_status in ("accepted", "declined"):
            answered.setdefault(ident, (to_status, on))
    by_service = Counter((service, status.get(ident, "draft")) for ident, service, *_ in referrals)
    days = [(dt.date.fromisoformat(answered[i][1]) - dt.date.fromisoformat(on)).days
            for i, _, _, on, _, _ in referrals if i in answered]
    late = sum(1 for i, _, _, _, due, _ in referrals if (answered[i][1] > due if i in answered else due < b))
    tables = [
        [[k, str(n)] for k, n in Counter(c[0] for c in contacts).items()],
        [[k, str(n)] for k, n in Counter(c[1] for c in contacts).items()],
        [[f"{s} {g}", str(n)] for (s, g), n in Counter((c[2], c[3]) for c in contacts).items()],
        [[k, str(n)] for k, n in Counter(s[0] for s in sessions).items()],
        [[str(sum(s[i] or 0 for s in sessions)) for i in range(1, 11)]],
        [[s, t, str(n)] for (s, t), n in sorted(by_service.items())],
        [[str(len(referrals)), str(len(answered)), str(statistics.median(days) if days else ""), str(late)]],
    ]
    SimpleDocTemplate(str(out), pagesize=A4).build([Table(t) for t in tables if t])
    return len(referrals)


def timed(work) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


LIMIT_SECONDS = 10  # issue 12: the CRC report of a year at scale 100 under 10 s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing demo database (SQLite file)")
    parser.add_argument("--scale", type=float, default=100)
    parser.add_argument("--from", dest="start", type=dt.date.fromisoformat, default=dt.date(2023, 7, 1))
    parser.add_argument("--to", dest="end", type=dt.date.fromisoformat, default=dt.date(2024, 6, 30))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db
        if path is None:
            path = Path(folder) / "demo.db"
            db = open_database(path)
            started = time.perf_counter()
            generate(db.engine, args.scale)
            db.close()
            print(f"demo at scale {args.scale:g} written in {time.perf_counter() - started:.0f} s", flush=True)
        db = open_database(path)
        params = ReportParams(date_from=args.start, date_to=args.end)
        times: dict[str, list[float]] = {}
        cpu: dict[str, list[float]] = {}
        referrals = 0
        try:
            for run in range(args.repeat):
                with db.session("bench") as session:
                    wall, used, data = timed(lambda: build_crc_data(session, params))  # noqa: B023
                times.setdefault("build", []).append(wall)
                cpu.setdefault("build", []).append(used)
                referrals = data.referrals
                for lang in LANGUAGES:
                    wall, used, _ = timed(lambda lang=lang, data=data: render_crc_pdf(
                        data, Path(folder) / f"crc-{lang}.pdf", RenderOptions(lang=lang)))
                    times.setdefault(f"render {lang}", []).append(wall)
                    cpu.setdefault(f"render {lang}", []).append(used)
                wall, used, floor_referrals = timed(lambda: floor(path, args.start, args.end,
                                                                  Path(folder) / "floor.pdf"))
                times.setdefault("floor", []).append(wall)
                cpu.setdefault("floor", []).append(used)
                assert floor_referrals == referrals, (floor_referrals, referrals)
                print(f"run {run + 1}: " + "  ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items()), flush=True)
        finally:
            db.close()
    median = {k: statistics.median(v) for k, v in times.items()}
    print(f"CRC report, every CRC, {args.start} to {args.end}: {referrals:,} referrals; {args.repeat} run(s); "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)")
    print(f"  {'':26} {'median s':>8}  {'min–max s':>11}  {'CPU s':>6}")
    for name, values in times.items():
        print(f"  {name:26} {median[name]:8.2f}  {min(values):5.2f}–{max(values):5.2f}  "
              f"{statistics.median(cpu[name]):6.2f}")
    slow = []
    for lang in LANGUAGES:
        total = median["build"] + median[f"render {lang}"]
        print(f"  report in {lang}: {total:.2f} s, {total / median['floor']:.1f}x the floor")
        if total >= LIMIT_SECONDS:
            slow.append(lang)
    if slow:
        print(f"over the issue's {LIMIT_SECONDS} s in: {', '.join(slow)}")
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
