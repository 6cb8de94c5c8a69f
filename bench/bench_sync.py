"""Field laptops: a week of edits made on a laptop (default 10,000 changes to households), packed into one signed,
encrypted package and applied to the office's database, beside the floor: the same 10,000 new values written to a
copy of the office's database with one raw sqlite3 `executemany`, in one transaction.

    .venv/bin/python bench/bench_sync.py                # 10,000 changes
    .venv/bin/python bench/bench_sync.py --changes 2000
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from tests.builders import Build  # noqa: E402
from workbench import models as m  # noqa: E402
from workbench.db import open_database  # noqa: E402
from workbench.services import sync, users  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=10_000)
    args = parser.parse_args()
    n = args.changes
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        office_path, laptop_path = folder / "office.db", folder / "laptop.db"
        office = open_database(office_path, creator="admin")
        with office.session("admin", write=True) as s, s.begin():
            b = Build(s)
            _, _, territory, _ = b.tanganyika()
            site = b.site(territory)
            households = max(1, n // 2)
            for i in range(households):
                b.household(site, code=f"KAL-{i:05d}", head_name=f"Person {i}", size=1 + i % 7)
            users.add_user(s, "officer1", "officer", ["site:Kalonda"])
            sync.enrol(s, "KALONDA-1", "site:Kalonda", "officer1", laptop_path,
                       lambda p: open_database(p, creator="officer1"))
        laptop = open_database(laptop_path)
        with laptop.session("officer1", write=True) as s, s.begin():  # two fields of each household: n entries
            for h in s.scalars(select(m.Household).order_by(m.Household.id)):
                h.size += 1
                h.phone = f"+243 81{h.id:07d}"
        with laptop.session("officer1") as s:
            wanted = [(size, phone, code) for code, size, phone in s.execute(
                select(m.Household.code, m.Household.size, m.Household.phone))]
        floor_path = folder / "floor.db"
        office.close()
        shutil.copyfile(office_path, floor_path)
        office = open_database(office_path)

        start = time.perf_counter()
        with laptop.session("officer1", write=True) as s, s.begin():
            data, package = sync.make_package(s, "office")
        made = time.perf_counter() - start
        start = time.perf_counter()
        with office.session("admin", write=True) as s, s.begin():
            result = sync.apply_package(s, data)
        applied = time.perf_counter() - start

        raw = sqlite3.connect(floor_path)
        start = time.perf_counter()
        with raw:
            raw.executemany("UPDATE households SET size = ?, phone = ? WHERE code = ?", wanted)
        floor = time.perf_counter() - start
        raw.close()
        laptop.close()
        office.close()
        entries = sum(len(c.fields) or 1 for c in package.changes)
        print(f"changes (field values): {entries:,} in {len(package.changes):,} saves; package {len(data):,} bytes")
        print(f"make the package:  {made:6.2f} s")
        print(f"apply it (office): {applied:6.2f} s   ({result.applied:,} applied, {result.conflicts} conflicts)")
        print(f"floor (executemany of the same values): {floor:6.3f} s")
        print(f"make + apply: {made + applied:6.2f} s = {(made + applied) / floor:,.0f} x the floor")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
