"""Times what staff ask of a big database through the workbench services next to a floor: the same SQL in raw sqlite3.

    .venv/bin/python bench/bench_queries.py                       # a scale-100 demo, generated on first use
    .venv/bin/python bench/bench_queries.py --db /tmp/demo-100.db --site Kalonda --repeat 50

Each piece of work runs through the services (a new ORM session each time, as a screen would) and, as the floor,
the very statements SQLAlchemy sent (captured once) run again with raw sqlite3 and fetched as tuples. Times are
medians of runs taken in turns after two warm-up runs, so they are warm-cache figures.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event  # noqa: E402

from workbench.db import Database, open_database  # noqa: E402
from workbench.services import figures, records  # noqa: E402
from workbench.services.demo import generate  # noqa: E402


def median_ms(first: Callable[[], object], second: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median milliseconds of two ways of doing the same work, run in turns so a busy machine slows both alike."""
    for _ in range(2):
        first()
        second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for work, seconds in zip((first, second), times):
            started = time.perf_counter()
            work()
            seconds.append(time.perf_counter() - started)
    return statistics.median(times[0]) * 1000, statistics.median(times[1]) * 1000


def captured_sql(db: Database, call: Callable) -> list[tuple[str, tuple]]:
    """The statements and parameters one call of a service sends to the database."""
    seen: list[tuple[str, tuple]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, tuple(parameters)))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.session() as session:
            call(session)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a demo database file (default: generated once in the temp folder)")
    parser.add_argument("--scale", type=float, default=100, help="scale of the demo generated when --db is missing")
    parser.add_argument("--site", default="Kilwa", help="the site whose households are listed")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    path = Path(args.db) if args.db else Path(tempfile.gettempdir()) / f"workbench-bench-demo-{args.scale:g}.db"
    if not path.exists():
        print(f"generating a scale-{args.scale:g} demo into {path} ...", flush=True)
        db = open_database(path)
        started = time.perf_counter()
        generate(db.engine, args.scale)
        db.close()
        print(f"done in {time.perf_counter() - started:.1f} s")
    db = open_database(path, create=False)
    with db.session() as session:
        site = records.lookup(session, "site", args.site)
        project = records.lookup(session, "project", "DRC-ECHO-2023-01")
        households = records.count_records(session, "household")
        site_id, project_id = site.id, project.id
    print(f"{path}: {households:,} households; site {args.site} (id {site_id})\n")

    work: list[tuple[str, Callable]] = [
        (f"households of {args.site}: first 100 by code",
         lambda s: records.list_records(s, "household", filters={"site_id": site_id}, order_by="code", limit=100)),
        (f"households of {args.site}: count",
         lambda s: records.count_records(s, "household", filters={"site_id": site_id})),
        ("totals by programme (all grants)", lambda s: figures.totals_by_programme(s)),
        ("people supported to leave (all sites)", lambda s: figures.people_supported_to_leave(s)),
        ("people supported to leave (DRC-ECHO-2023-01)",
         lambda s: figures.people_supported_to_leave(s, project_id=project_id)),
    ]
    raw = sqlite3.connect(path)
    for pragma in ("foreign_keys=ON", "synchronous=NORMAL"):  # what the workbench sets on each connection
        raw.execute(f"PRAGMA {pragma}")
    print(f"{'work':48} {'workbench ms':>13} {'floor ms':>9} {'ratio':>6}")
    for label, call in work:
        def through_services(call=call):
            with db.session() as session:
                return call(session)

        statements = captured_sql(db, call)

        def floor(statements=statements):
            return [raw.execute(sql, params).fetchall() for sql, params in statements]

        mine, bare = median_ms(through_services, floor, args.repeat)
        print(f"{label:48} {mine:>13.2f} {bare:>9.2f} {mine / bare:>6.1f}")
    print("\nSQL sent, per piece of work:")
    for label, call in work:
        for sql, params in captured_sql(db, call):
            print(f"  {label}: {' '.join(sql.split())[:160]}  {params}")
    raw.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
