"""Times the Households table's queries on the office's PostgreSQL server with 1,000,000 households and row-level
security on, next to a floor: psycopg running the same SQL as a superuser, without RLS, in the same run.

    .venv/bin/python bench/bench_server_tables.py --pg postgresql+psycopg://postgres@127.0.0.1:55432/postgres
    .venv/bin/python bench/bench_server_tables.py --pg URL --households 1000000 --repeat 5 --search kas

The database (`wb_bench_tables` on that server, made once and kept; --fresh makes it again) belongs to its own owner
role and went through `workbench db upgrade`, so its grants and policies are the office's (workbench.server). The
households are written with one INSERT ... SELECT (the demo's writer would take minutes at this size); their sites,
project and locations through the services. Two people log in with their own login roles: an officer of the whole
office and an officer scoped to one project (half the sites), each timed through the services as the window calls
them (`screens.fetch_rows` for a batch of 200 rows, `screens.count_rows` for the count):

    open        the first batch in the default order, and the count
    sort_X      the first batch sorted by each visible column
    search      the first batch of a search, and its count

The floor is the very statement the services build for that person, compiled with literal values and run by psycopg
as the superuser (no row-level security), fetching the same rows. Times are medians of --repeat runs after a warm-up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.dialects import postgresql  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from workbench.db import open_database  # noqa: E402
from workbench.services import permissions, records, screens, users  # noqa: E402
from workbench.services.screens import TableQuery  # noqa: E402

LIMIT_MS = 200
PG = postgresql.dialect()
BATCH = 200
DATABASE = "wb_bench_tables"
FIRST = ["Amani", "Furaha", "Neema", "Baraka", "Zawadi", "Kasongo", "Mwamba", "Asha", "Riziki", "Imani", "Kassim",
         "Shabani", "Mapendo", "Bahati", "Tumaini", "Safari"]
LAST = ["Kabila", "Mulumba", "Ilunga", "Kasongo", "Mbuyi", "Tshibangu", "Banza", "Ngoy", "Kalenga", "Mwenze",
        "Kyungu", "Numbi", "Kabange", "Mukendi", "Kazadi", "Lukusa"]


def _url(base: str, database: str, user: str | None = None) -> str:
    url = make_url(base).set(database=database)
    if user:
        url = url.set(username=user, password=None)
    return url.render_as_string(hide_password=False)


def build(base: str, households: int, sites: int) -> dict:
    root = create_engine(base, isolation_level="AUTOCOMMIT")
    owner = "wb_bench_owner"
    with root.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)'))
        if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": owner}).first():
            conn.execute(text(f'CREATE ROLE "{owner}" LOGIN CREATEROLE'))
        conn.execute(text(f'CREATE DATABASE "{DATABASE}" OWNER "{owner}"'))
    root.dispose()
    db = open_database(_url(base, DATABASE, owner), creator="bench")
    tag = uuid.uuid4().hex[:6]
    people = {"office": f"bench_officer_{tag}", "project": f"bench_project_{tag}"}
    with db.session("bench", write=True) as session, session.begin():
        donor = records.create(session, "donor", {"code": "ECHO", "name": "ECHO"})
        country = records.create(session, "location", {"pcode": "CD", "name": "DR Congo", "admin_level": 0})
        province = records.create(session, "location", {"pcode": "CD74", "name": "Tanganyika", "admin_level": 1,
                                                        "parent_id": country.id})
        projects = [records.create(session, "project", {
            "code": f"DRC-BENCH-{i}", "title": f"Bench project {i}", "donor_id": donor.id, "currency": "USD",
            "start_date": "2023-01-01", "end_date": "2025-12-31", "budget": 1_000_000}) for i in (1, 2)]
        for i in range(sites):
            records.create(session, "site", {"name": f"Site {i:04d}", "location_id": province.id,
                                             "project_id": projects[i % 2].id, "site_type": "planned camp",
                                             "opened_on": "2022-01-01"})
        users.add_user(session, people["office"], "officer")
        users.add_user(session, people["project"], "officer", [f"project:{projects[0].code}"])
    first = ", ".join(f"'{n}'" for n in FIRST)
    last = ", ".join(f"'{n}'" for n in LAST)
    with db.engine.begin() as conn:
        started = time.perf_counter()
        conn.execute(text(f"""
            INSERT INTO households (code, project_id, head_name, head_sex, phone, status, size, vulnerabilities,
                                    site_id, registered_on, intention, went_go_and_see, attended_come_and_tell,
                                    girls, boys, women, men, older_women, older_men, version)
            SELECT 'HH-' || lpad(i::text, 7, '0'), s.project_id,
                   (ARRAY[{first}])[1 + i % {len(FIRST)}] || ' ' || (ARRAY[{last}])[1 + (i / 7) % {len(LAST)}],
                   CASE WHEN i % 2 = 0 THEN 'female' ELSE 'male' END, '+243 81' || lpad((i % 10000000)::text, 7, '0'),
                   (ARRAY['displaced', 'returnee', 'host community'])[1 + i % 3], 1 + i % 9, '',
                   s.id, DATE '2022-01-01' + (i % 900), (ARRAY['return', 'relocate', 'stay', 'undecided'])[1 + i % 4],
                   false, false, 0, 0, 0, 0, 0, 0, 1
            FROM generate_series(1, {households}) AS i
            JOIN (SELECT id, project_id, row_number() OVER (ORDER BY id) - 1 AS n FROM sites) s
              ON s.n = i % {sites}"""))
        print(f"wrote {households:,} households in {time.perf_counter() - started:.1f} s", flush=True)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))
    db.close()
    return people


def median_ms(fn, repeat: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", required=True, help="a superuser's URL on the server (it makes the bench database)")
    parser.add_argument("--households", type=int, default=1_000_000)
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--search", default="kas")
    args = parser.parse_args()
    people = build(args.pg, args.households, args.sites)
    floor_conn = psycopg.connect(_url(args.pg, DATABASE).replace("postgresql+psycopg", "postgresql"), autocommit=True)
    source = screens.source_of("household")
    hidden = screens.hidden_columns("household", None)
    columns = [c.key for c in records.KINDS["household"].columns if not c.hidden and c.key not in hidden]
    worst = 0.0
    print(f"{'who':<10} {'what':<22} {'ms':>8} {'floor ms':>9} {'ratio':>6}  (limit {LIMIT_MS} ms)")
    for who_key, login in people.items():
        db = open_database(_url(args.pg, DATABASE, login))
        session = db.session()
        who = permissions.actor(session)

        def floor(stmt):
            sql = str(stmt.compile(dialect=PG, compile_kwargs={"literal_binds": True}))
            return lambda: floor_conn.execute(sql).fetchall()

        cases = {"open": (TableQuery(), True)}
        cases |= {f"sort_{key}": (TableQuery(order_by=key), False) for key in columns if key in source.columns}
        cases["search"] = (TableQuery(text=args.search), True)
        for name, (query, counted) in cases.items():
            def run(query=query, counted=counted, session=session):
                screens.fetch_rows(session, "household", query, 0, BATCH, columns)
                if counted:
                    screens.count_rows(session, "household", query)

            page = screens.page_statement("household", query, 0, BATCH, columns, "postgresql", who)
            count = screens.count_statement("household", query, who)
            page_floor, count_floor = floor(page), floor(count)

            def raw(counted=counted, page_floor=page_floor, count_floor=count_floor):
                page_floor()
                if counted:
                    count_floor()

            ms, floor_ms = median_ms(run, args.repeat), median_ms(raw, args.repeat)
            worst = max(worst, ms)
            print(f"{who_key:<10} {name:<22} {ms:8.1f} {floor_ms:9.1f} {ms / floor_ms:6.2f}"
                  f"{'' if ms <= LIMIT_MS else '  OVER'}", flush=True)
        session.close()
        db.close()
    floor_conn.close()
    print(f"slowest: {worst:.0f} ms (limit {LIMIT_MS} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
