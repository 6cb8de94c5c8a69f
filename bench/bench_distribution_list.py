"""Benchmark: the distribution list of a 5,000-household distribution (two kits a household) in English, French and
Arabic, from a SQLite database, next to its floor.

The floor reads the same rows with sqlite3 (households and their kits, one query) and lays them out in one plain
reportlab LongTable with its row heights given (no header repeat, no styling, no blocks, totals, signatures, page
header or footer): what printing such a list costs at least.

Run: .venv/bin/python bench/bench_distribution_list.py [households] [--repeat N]
(not a timed test; the issue asks < 10 s; exit status 1 when a median is 10 s or more)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, SimpleDocTemplate

from workbench.db import open_database
from workbench.reports import RenderOptions, ReportParams, make_report
from workbench.services import records

LANGUAGES = ("en", "fr", "ar")
NAMES = {"en": "English", "fr": "French", "ar": "Arabic"}
TARGET = 10.0
CODE = "NYZ-KLW-DIST-01"
FIRST = ["Mwamba", "Ilunga", "Kyungu", "Banza", "Kasongo", "Ngoy", "Mujinga", "Kalenga", "Mbuyu", "Furaha"]
LAST = ["Amina", "Célestin", "Augustin", "Bienvenu", "Joséphine", "Bosco", "Mwamini", "Héritier", "Neema", "Chantal"]


def database(folder: Path, households: int) -> str:
    """A workbench database holding one distribution at Kilwa with `households` households on its list, each
    entitled to one NFI kit and a shelter kit per 5 people."""
    url = f"sqlite:///{folder / 'list.db'}"
    db = open_database(url)
    with db.session("bench", write=True) as s, s.begin():
        class Build:
            def create(self, kind, **values):
                return records.create(s, kind, values)

        b = Build()
        country = b.create("location", pcode="CD", name="République démocratique du Congo", admin_level=0)
        province = b.create("location", pcode="CD74", name="Tanganyika", admin_level=1, parent_id=country.id)
        nyunzu = b.create("location", pcode="CD7404", name="Nyunzu", admin_level=2, parent_id=province.id)
        donor = b.create("donor", code="ECHO", name="European Civil Protection and Humanitarian Aid Operations")
        project = b.create("project", code="DRC-ECHO-2023-02", title="Life-saving assistance in Nyunzu",
                           donor_id=donor.id, start_date=dt.date(2023, 1, 1), end_date=dt.date(2024, 12, 31),
                           budget=1_000_000, currency="USD")
        site = b.create("site", name="Kilwa", site_type="spontaneous site", location_id=nyunzu.id,
                        opened_on=dt.date(2022, 11, 7))
        kits = [b.create("kit_type", code="NFI-STD", name="NFI kit", category="NFI kit", per_household=1),
                b.create("kit_type", code="SHL-STD", name="Shelter kit", category="shelter kit",
                         rule="by household size", people_per_kit=5, minimum=1)]
        for kit in kits:
            b.create("kit_item", kit_type_id=kit.id, item="Tarpaulin 4x6 m", quantity=2)
        dist = b.create("distribution", code=CODE, project_id=project.id, site_id=site.id,
                        planned_on=dt.date(2024, 3, 10))
        for kit in kits:
            b.create("distribution_kit", distribution_id=dist.id, kit_type_id=kit.id)
        ids = (site.id, dist.id, kits[0].id, kits[1].id)
    db.close()
    site_id, dist_id, nfi, shelter = ids
    rng = random.Random(2023)
    conn = sqlite3.connect(folder / "list.db")
    with conn:
        sizes = [rng.choice([1, 2, 3, 4, 5, 5, 6, 6, 7, 8, 9, 12]) for _ in range(households)]
        conn.executemany(
            "INSERT INTO households (id, code, head_name, head_sex, status, size, vulnerabilities, site_id, "
            "registered_on, intention, went_go_and_see, attended_come_and_tell, version) "
            "VALUES (?, ?, ?, 'female', 'displaced', ?, '', ?, '2023-01-10', 'undecided', 0, 0, 1)",
            [(i, f"NYZ-KLW-{i:06d}", f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(LAST)}", size, site_id)
             for i, size in enumerate(sizes, start=1)])
        rows = []
        for i, size in enumerate(sizes, start=1):
            rows += [(dist_id, i, nfi, 1), (dist_id, i, shelter, max(1, -(-size // 5)))]
        conn.executemany("INSERT INTO entitlements (distribution_id, household_id, kit_type_id, quantity, version) "
                         "VALUES (?, ?, ?, ?, 1)", rows)
    conn.close()
    return url


def report(url: str, path: Path, lang: str) -> None:
    db = open_database(url)
    try:
        with db.session("bench") as s:
            make_report(s, "distribution-list", ReportParams(distribution_code=CODE), RenderOptions(lang=lang), path)
    finally:
        db.close()


def floor(db_path: Path, path: Path) -> None:
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "SELECT h.code, h.head_name, h.size, sum(CASE WHEN k.code = 'NFI-STD' THEN e.quantity ELSE 0 END), "
        "sum(CASE WHEN k.code = 'SHL-STD' THEN e.quantity ELSE 0 END) FROM entitlements e "
        "JOIN households h ON h.id = e.household_id JOIN kit_types k ON k.id = e.kit_type_id "
        "JOIN distributions d ON d.id = e.distribution_id WHERE d.code = ? GROUP BY h.id ORDER BY h.code",
        (CODE,)).fetchall()
    conn.close()
    cells = [[str(n), code, name, str(size), str(a), str(b), "", ""]
             for n, (code, name, size, a, b) in enumerate(rows, start=1)]
    SimpleDocTemplate(str(path), pagesize=A4).build([LongTable(cells, rowHeights=[18] * len(cells))])


def timed(work) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("households", nargs="?", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (taken in turns); medians printed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        url = database(folder, args.households)
        works = {lang: (lambda lang=lang: report(url, folder / f"list-{lang}.pdf", lang)) for lang in LANGUAGES}
        works["floor"] = lambda: floor(folder / "list.db", folder / "floor.pdf")
        times: dict[str, list[tuple[float, float]]] = {n: [] for n in works}
        for run in range(args.repeat):
            for n, work in works.items():
                times[n].append(timed(work))
            print(f"run {run + 1}: " + "  ".join(f"{n} {times[n][-1][0]:.2f} s" for n in works), flush=True)
        pages = {lang: (folder / f"list-{lang}.pdf").read_bytes().count(b"/Type /Page\n") for lang in LANGUAGES}

    def median(n: str, which: int = 0) -> float:
        return statistics.median(t[which] for t in times[n])

    bare = median("floor")
    print(f"distribution list, {args.households:,} households, {args.repeat} run(s) each; load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs):")
    print(f"  {'':36} {'median s':>8}  {'CPU s':>6}  ratio to floor")
    for lang in LANGUAGES:
        print(f"  {'workbench report (' + NAMES[lang] + ')':36} {median(lang):8.2f}  {median(lang, 1):6.2f}  "
              f"{median(lang) / bare:.1f}x   (target < {TARGET:.0f} s; {pages[lang] or '?'} pages)")
    print(f"  {'floor: sqlite3 + plain LongTable':36} {bare:8.2f}  {median('floor', 1):6.2f}")
    return 0 if all(median(lang) < TARGET for lang in LANGUAGES) else 1


if __name__ == "__main__":
    raise SystemExit(main())
