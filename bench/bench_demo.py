"""Times the demo generator on SQLite next to a floor: the same rows inserted with raw sqlite3 executemany.

    .venv/bin/python bench/bench_demo.py              # scale 100, about a million households
    .venv/bin/python bench/bench_demo.py --scale 10 --keep /tmp/demo-10.db

The floor reads back the rows the demo wrote (untimed, so they are pre-built tuples) and inserts them into a
fresh database of the same schema with the same settings (WAL, synchronous=NORMAL, foreign keys off, the same
cache), in one transaction: what SQLite itself needs, with no Python generating anything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.db import open_database  # noqa: E402
from workbench.models import Base  # noqa: E402
from workbench.services.demo import generate  # noqa: E402


def run_demo(path: Path, scale: float, seed: int) -> tuple[float, float, dict[str, int]]:
    """Generate into a new file; returns total seconds, seconds of the households phase, rows per table."""
    db = open_database(path)
    os.sync()
    marks: dict[str, float] = {}
    last_print = [0.0]
    started = time.perf_counter()

    def progress(fraction: float, text: str) -> None:
        now = time.perf_counter()
        if text.startswith("sites"):
            marks["households from"] = now
        if text.startswith("households"):
            marks["households until"] = now
        if now - last_print[0] > 10:
            last_print[0] = now
            print(f"  {now - started:6.1f} s  {fraction:6.1%}  {text}", flush=True)

    try:
        counts = generate(db.engine, scale, seed=seed, progress=progress)
    finally:
        db.close()
    total = time.perf_counter() - started
    return total, marks["households until"] - marks["households from"], counts


def floor(source: Path, target: Path, tables: list[str]) -> tuple[float, int]:
    """Seconds to insert the rows of these tables, read from source, into an empty copy of the schema."""
    db = open_database(target)  # the same schema, created by the migrations
    db.close()
    src = sqlite3.connect(source)
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    columns = {t: [d[0] for d in src.execute(f"SELECT * FROM {t} LIMIT 0").description] for t in tables}
    src.close()
    os.sync()  # start with no write-back of earlier files pending: it would be charged to this run
    con = sqlite3.connect(target)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA cache_size=-262144")
    started = time.perf_counter()
    for t in tables:
        marks = ", ".join("?" * len(columns[t]))
        con.executemany(f"INSERT INTO {t} ({', '.join(columns[t])}) VALUES ({marks})", rows[t])
    con.commit()
    seconds = time.perf_counter() - started
    con.close()
    return seconds, sum(len(r) for r in rows.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=100)
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--keep", help="keep the demo database at this path")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wb-bench-"))
    try:
        demo_db = work / "demo.db"
        print(f"demo at scale {args.scale:g} into {demo_db}")
        total, households_phase, counts = run_demo(demo_db, args.scale, args.seed)
        rows = sum(counts.values())
        phase_rows = counts["households"] + counts["cash_tranches"]
        every_table = [t.name for t in Base.metadata.sorted_tables if counts.get(t.name)]
        floor_phase, _ = floor(demo_db, work / "floor-households.db", ["households", "cash_tranches"])
        floor_total, floor_rows = floor(demo_db, work / "floor-all.db", every_table)
        assert floor_rows == rows, (floor_rows, rows)
        print()
        print(f"{'work':38} {'rows':>10} {'demo s':>8} {'rows/s':>10} {'floor s':>8} {'rows/s':>10} {'ratio':>6}")
        for label, n, mine, bare in [
            ("households + their cash tranches", phase_rows, households_phase, floor_phase),
            ("whole demo database", rows, total, floor_total),
        ]:
            print(f"{label:38} {n:>10,} {mine:>8.1f} {n / mine:>10,.0f} {bare:>8.1f} {n / bare:>10,.0f} "
                  f"{mine / bare:>6.1f}")
        print(f"\nhouseholds {counts['households']:,}, grants {counts['livelihood_grants']:,}, "
              f"works {counts['infrastructure_works']:,}; file {demo_db.stat().st_size / 1e6:,.0f} MB")
        if args.keep:
            shutil.copyfile(demo_db, args.keep)
            print(f"kept {args.keep}")
        return 0 if total < 120 or args.scale != 100 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
