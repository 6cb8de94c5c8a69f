"""Import benchmark: households from .xlsx and .csv, each timed next to the raw library reading the same file.

    .venv/bin/python bench/bench_import.py                 # 100,000 households (.xlsx), 1,000,000 (.csv)
    .venv/bin/python bench/bench_import.py --xlsx 20000 --csv 100000 --db postgresql+psycopg://...

Floors: pandas.read_excel(engine="calamine") for the .xlsx (the import may take at most 2x that, validation
and writing included) and pandas.read_csv for the .csv (the import must finish under 60 s). The files are
written once into --workdir and reused. Each figure is measured --repeat times, the floor and the import
one after the other, each import into a new SQLite file: on a shared machine the best of several runs is
the figure to compare, and the spread says how noisy the machine was.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.builders import Build  # noqa: E402
from workbench.db import open_database  # noqa: E402
from workbench.io import import_rows, read_table, validate  # noqa: E402
from workbench.io.export import write_xlsx  # noqa: E402

SITES = ["Kalonda", "Mukuku", "Kalunga", "Cinquantenaire", "Kalenge"]
HEADERS = ["Household ID", "Head of household", "Sex of head", "Phone", "Status", "Household size", "Site",
           "Registered on", "Intention", "Go-and-see visit", "Destination P-code", "Departure date",
           "Girls (0-17)", "Boys (0-17)", "Women (18-59)", "Men (18-59)", "Older women (60+)", "Older men (60+)"]


def households(n: int, seed: int = 7) -> pd.DataFrame:
    """n households as staff would list them: five Kalemie sites, a quarter departed to Kabubili."""
    rng = np.random.default_rng(seed)
    sadd = rng.integers(0, 3, size=(n, 6))
    sadd[:, 2] += 1  # at least one woman: every household has a size of at least 1
    registered = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D")
    departed = rng.random(n) < 0.25
    departure = registered + pd.to_timedelta(rng.integers(30, 300, n), unit="D")
    first = np.array(["Mwamba", "Ilunga", "Kyungu", "Ngoy", "Banza", "Mujinga", "Kabulo", "Kasongo"])
    return pd.DataFrame({
        "Household ID": [f"KAL-{i:07d}" for i in range(1, n + 1)],
        "Head of household": [f"{a} {b}" for a, b in zip(rng.choice(first, n), rng.choice(first, n))],
        "Sex of head": rng.choice(["female", "male"], n),
        # Distinct phones: the same head of household and phone twice is one household registered twice (refused).
        "Phone": [f"+243 81{x:07d}" for x in rng.choice(10**7, n, replace=False)],
        "Status": "displaced",
        "Household size": sadd.sum(axis=1),
        "Site": rng.choice(SITES, n),
        "Registered on": registered.date,
        "Intention": np.where(departed, "return", rng.choice(["stay", "undecided", "relocate"], n)),
        "Go-and-see visit": np.where(rng.random(n) < 0.3, "yes", "no"),
        "Destination P-code": np.where(departed, "CD740105", None),
        "Departure date": np.where(departed, pd.Series(departure.date, dtype=object), None),
        **{h: sadd[:, i] for i, h in enumerate(HEADERS[-6:])},
    })


def prepare_db(url: str):
    # With WORKBENCH_PASSPHRASE a new SQLite file is created encrypted (bench_encrypted.py compares both).
    db = open_database(url, passphrase=os.environ.get("WORKBENCH_PASSPHRASE"), creator="bench")  # its administrator
    with db.session("bench") as s, s.begin():
        b = Build(s)
        _, _, territory, _ = b.tanganyika()
        for name in SITES:
            b.site(territory, name)
    return db


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def spread(seconds: list[float]) -> str:
    """The best of the runs, and the range when there were several."""
    best = f"{min(seconds):6.2f} s"
    return best if len(seconds) == 1 else f"{best} (runs {min(seconds):.2f}-{max(seconds):.2f})"


def run_import(url: str, path: Path) -> tuple[float, dict]:
    db = prepare_db(url)
    try:
        def work():
            with db.session("bench") as s:
                table = read_table(path)
                result = validate(s, "households", table)
                assert result.ok, result.rejected[:5]
                summary = import_rows(s, result)
                s.commit()
                return {"read": table, "created": summary.created}
        seconds, out = timed(work)
    finally:
        db.close()
    return seconds, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--xlsx", type=int, default=100_000, help="households in the .xlsx (0: skip)")
    parser.add_argument("--csv", type=int, default=1_000_000, help="households in the .csv (0: skip)")
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "workbench-bench-import"))
    parser.add_argument("--db", help="a database URL to import into (default: a new SQLite file each run)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each floor and import, best and spread reported (1 with --db)")
    args = parser.parse_args()
    repeat = 1 if args.db else max(args.repeat, 1)
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)

    def url(name: str) -> str:
        if args.db:
            return args.db
        target = work / f"{name}.db"
        for suffix in ("", "-wal", "-shm", ".keys"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        return str(target)

    if args.xlsx:
        path = work / f"households-{args.xlsx}.xlsx"
        if not path.exists():
            frame = households(args.xlsx)
            print(f"writing {path} ...", flush=True)
            write_xlsx(path, HEADERS, frame.itertuples(index=False), sheet="Households")
        floors, imports, out = [], [], {}
        for _ in range(repeat):
            floors.append(timed(lambda: pd.read_excel(path, engine="calamine"))[0])
            seconds, out = run_import(url("xlsx"), path)
            imports.append(seconds)
        ratios = " ".join(f"{i / f:.2f}" for f, i in zip(floors, imports))
        print(f"xlsx, {out['created']:,} households: floor (pandas + calamine read) {spread(floors)} | "
              f"import incl. validation {spread(imports)} | ratio of the bests {min(imports) / min(floors):4.2f}, "
              f"run by run {ratios} (target <= 2.00)")
    if args.csv:
        path = work / f"households-{args.csv}.csv"
        if not path.exists():
            print(f"writing {path} ...", flush=True)
            households(args.csv).to_csv(path, index=False)
        floors, imports, out = [], [], {}
        for _ in range(repeat):
            floors.append(timed(lambda: pd.read_csv(path))[0])
            seconds, out = run_import(url("csv"), path)
            imports.append(seconds)
        print(f"csv,  {out['created']:,} households: floor (pandas read_csv) {spread(floors)} | "
              f"import incl. validation {spread(imports)} (target < 60 s)")
    print(f"({dt.date.today().isoformat()}, {sys.platform}, pandas {pd.__version__})")


if __name__ == "__main__":
    main()
