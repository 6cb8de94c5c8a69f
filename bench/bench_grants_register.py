"""Benchmark: the grants register for 10,000 grants (~250 landscape pages), next to its floor.

The floor is reportlab drawing the same cells in one plain LongTable (no header repeat, no styling, no
wrapping, no totals, no page header or footer): what any register of this size costs at least.
Run: .venv/bin/python bench/bench_grants_register.py [grants]   (not a timed test; the issue asks < 15 s)
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import LongTable, SimpleDocTemplate

from workbench.reports.grants import GrantRow, GrantsRegisterData, _group, render_grants_pdf
from workbench.reports.options import RenderOptions


def register(n: int) -> GrantsRegisterData:
    rng = random.Random(2023)
    rows = []
    for i in range(n):
        programme = rng.choice(["EDF", "ILA", "CfW"])
        amount = Decimal(rng.randrange(500, 20000))
        rows.append(GrantRow(
            code=f"IQ-{programme.upper()}-{i:06d}", programme=programme,
            recipient=rng.choice(["Ahmed Khalil", "Layla Hassan", "Noor Saleh", "Omar Yousif"]) + f" {i}",
            business_name="Al-Noor Bakery" if programme == "EDF" else None, recipient_sex=rng.choice(["female", "male"]),
            sector=rng.choice(["food processing", "tailoring", "debris clearing", "agriculture"]),
            governorate=rng.choice(["Ninewa", "Anbar", "Salah al-Din"]), location="Bartella",
            applied_on=dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(365)), amount=amount, currency="USD",
            paid=amount if rng.random() < 0.5 else Decimal(0), status=rng.choice(["approved", "disbursed", "closed"]),
            jobs_created=rng.randrange(5) if programme == "EDF" else None,
            days_worked=rng.randrange(20, 60) if programme == "CfW" else None))
    counted = [r for r in rows if r.counted]
    return GrantsRegisterData(None, None, None, False, rows, _group(counted, lambda r: ""),
                              _group(counted, lambda r: r.programme), _group(rows, lambda r: r.status),
                              _group(counted, lambda r: r.recipient_sex), _group(counted, lambda r: r.governorate))


def floor(data: GrantsRegisterData, path: Path) -> None:
    cells = [[r.code, r.programme, r.recipient, r.recipient_sex, r.sector, r.governorate, r.applied_on.isoformat(),
              f"{r.amount:,.2f} USD", f"{r.paid:,.2f} USD", r.status, str(r.jobs_created or ""),
              str(r.days_worked or "")] for r in data.rows]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([LongTable(cells, repeatRows=0)])


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    data = register(n)
    with tempfile.TemporaryDirectory() as folder:
        results = {}
        for lang in ("en", "ar"):
            started = time.perf_counter()
            render_grants_pdf(data, Path(folder) / f"register-{lang}.pdf", RenderOptions(lang=lang))
            results[lang] = time.perf_counter() - started
        started = time.perf_counter()
        floor(data, Path(folder) / "floor.pdf")
        bare = time.perf_counter() - started
    print(f"grants register, {n:,} grants:")
    print(f"  workbench report (English) {results['en']:6.2f} s   (target < 15 s)")
    print(f"  workbench report (Arabic)  {results['ar']:6.2f} s")
    print(f"  floor: plain LongTable     {bare:6.2f} s   (ratio {results['en'] / bare:.1f}x)")


if __name__ == "__main__":
    main()
