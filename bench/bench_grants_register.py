"""Benchmark: the grants register for 10,000 grants (~250 landscape pages) in English, French and Arabic,
next to its floor.

The floor is reportlab drawing the same cells in one plain LongTable (no header repeat, no styling, no
wrapping, no totals, no page header or footer): what any register of this size costs at least. It is timed
twice: as reportlab lays such a table out by itself, and with its row heights given (reportlab 5.1 works out
unknown row heights in a loop quadratic in the rows; the report's tables avoid it, see OnePassLongTable).

Run: .venv/bin/python bench/bench_grants_register.py [grants] [--repeat N]
(not a timed test; the issue asks < 15 s in every language; exit status 1 when a median is 15 s or more)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import LongTable, SimpleDocTemplate

from workbench.reports.grants import GrantRow, GrantsRegisterData, _group, render_grants_pdf
from workbench.reports.options import RenderOptions

LANGUAGES = ("en", "fr", "ar")
NAMES = {"en": "English", "fr": "French", "ar": "Arabic"}
TARGET = 15.0


# An Arabic register names governorates by their Arabic local names, as build_grants_data does for lang="ar".
GOVERNORATES = {"en": ["Ninewa", "Anbar", "Salah al-Din"], "ar": ["نينوى", "الأنبار", "صلاح الدين"]}


def register(n: int, lang: str = "en") -> GrantsRegisterData:
    rng = random.Random(2023)
    governorates = GOVERNORATES.get(lang, GOVERNORATES["en"])
    rows = []
    for i in range(n):
        programme = rng.choice(["EDF", "ILA", "CfW"])
        amount = Decimal(rng.randrange(500, 20000))
        rows.append(GrantRow(
            code=f"IQ-{programme.upper()}-{i:06d}", programme=programme,
            recipient=rng.choice(["Ahmed Khalil", "Layla Hassan", "Noor Saleh", "Omar Yousif"]) + f" {i}",
            business_name="Al-Noor Bakery" if programme == "EDF" else None, recipient_sex=rng.choice(["female", "male"]),
            sector=rng.choice(["food processing", "tailoring", "debris clearing", "agriculture"]),
            governorate=rng.choice(governorates), location="Bartella",
            applied_on=dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(365)), amount=amount, currency="USD",
            paid=amount if rng.random() < 0.5 else Decimal(0), status=rng.choice(["approved", "disbursed", "closed"]),
            jobs_created=rng.randrange(5) if programme == "EDF" else None,
            days_worked=rng.randrange(20, 60) if programme == "CfW" else None))
    counted = [r for r in rows if r.counted]
    return GrantsRegisterData(None, None, None, False, rows, _group(counted, lambda r: ""),
                              _group(counted, lambda r: r.programme), _group(rows, lambda r: r.status),
                              _group(counted, lambda r: r.recipient_sex), _group(counted, lambda r: r.governorate))


def floor(data: GrantsRegisterData, path: Path, heights_given: bool = False) -> None:
    cells = [[r.code, r.programme, r.recipient, r.recipient_sex, r.sector, r.governorate, r.applied_on.isoformat(),
              f"{r.amount:,.2f} USD", f"{r.paid:,.2f} USD", r.status, str(r.jobs_created or ""),
              str(r.days_worked or "")] for r in data.rows]
    # reportlab's default cell: 10 pt type on a 12 pt leading, 3 pt padding above and below; one line each.
    heights = [12 + 3 + 3] * len(cells) if heights_given else None
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([LongTable(cells, rowHeights=heights, repeatRows=0)])


def timed(work) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call (the CPU time shows how much of the wall time was waiting
    for a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("grants", nargs="?", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (taken in turns); medians printed")
    args = parser.parse_args()
    data = register(args.grants)
    registers = {lang: register(args.grants, lang) for lang in LANGUAGES}
    works = {lang: (lambda folder, lang=lang: render_grants_pdf(
        registers[lang], Path(folder) / f"register-{lang}.pdf", RenderOptions(lang=lang))) for lang in LANGUAGES}
    works["floor"] = lambda folder: floor(data, Path(folder) / "floor.pdf")
    works["floor-h"] = lambda folder: floor(data, Path(folder) / "floor-h.pdf", heights_given=True)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in works}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.repeat):
            for name, work in works.items():
                times[name].append(timed(lambda: work(folder)))  # noqa: B023
            print(f"run {run + 1}: " + "  ".join(f"{name} {times[name][-1][0]:.2f} s" for name in works),
                  flush=True)

    def median(name: str, which: int = 0) -> float:
        return statistics.median(t[which] for t in times[name])

    def spread(name: str) -> str:
        walls = [t[0] for t in times[name]]
        return f"{min(walls):5.2f}–{max(walls):5.2f}"

    bare = median("floor-h")
    print(f"grants register, {args.grants:,} grants, {args.repeat} run(s) each; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs):")
    rows = [(f"workbench report ({NAMES[lang]})", lang) for lang in LANGUAGES]
    rows += [("floor: plain LongTable", "floor"), ("floor: same, row heights given", "floor-h")]
    print(f"  {'':32} {'median s':>8}  {'min–max s':>11}  {'CPU s':>6}  ratio to floor")
    for label, name in rows:
        ratio = f"  {median(name) / bare:.1f}x" if name in LANGUAGES else ""
        target = f"   (target < {TARGET:.0f} s)" if name in LANGUAGES else ""
        print(f"  {label:32} {median(name):8.2f}  {spread(name)}  {median(name, 1):6.2f}{ratio}{target}")
    return 0 if all(median(lang) < TARGET for lang in LANGUAGES) else 1


if __name__ == "__main__":
    raise SystemExit(main())
