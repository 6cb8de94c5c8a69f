"""A crash never corrupts the database: an import killed at any moment leaves all of it or none of it.

The import runs as the user runs it, `workbench import` in its own process, and is killed with SIGKILL (no
clean-up, as when a laptop loses power or the program is ended from the task manager) at several points of
its work. Each time the database must pass SQLite's integrity check, hold none or all of the file's
households with their audit rows, and take the same import again afterwards.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.builders import Build
from workbench.db import login_name, open_database

ROWS = 30_000
SITES = ["Kalonda", "Mukuku", "Kalunga", "Cinquantenaire", "Kalenge"]


def households_csv(path: Path, n: int) -> Path:
    lines = ["Household ID,Head of household,Sex of head,Household size,Site,Registered on,Intention"]
    for i in range(1, n + 1):
        lines.append(f"KAL-{i:07d},Mwamba Ilunga {i},{'female' if i % 2 else 'male'},{1 + i % 7},"
                     f"{SITES[i % len(SITES)]},2021-{1 + i % 12:02d}-{1 + i % 28:02d},{'stay' if i % 3 else 'return'}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """An office database with Tanganyika's sites (closed cleanly, no WAL left) and the file to import."""
    folder = tmp_path_factory.mktemp("crash")
    db = open_database(str(folder / "office.db"))  # its administrator: the login name, who imports below
    with db.session(login_name()) as s, s.begin():
        b = Build(s)
        _, _, territory, _ = b.tanganyika()
        for name in SITES:
            b.site(territory, name)
    db.close()
    return folder / "office.db", households_csv(folder / "households.csv", ROWS)


def copy_of(database: Path, target: Path) -> Path:
    shutil.copy(database, target)
    return target


def importing(database: Path, csv: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workbench.cli", "import", "households", str(csv),
                             "--db", str(database)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def state(database: Path) -> tuple[str, int, int]:
    """What a fresh connection finds: integrity, households, and their audit rows."""
    with sqlite3.connect(database) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        households = connection.execute("SELECT count(*) FROM households").fetchone()[0]
        audited = connection.execute("SELECT count(*) FROM audit_log WHERE table_name = 'households'").fetchone()[0]
    connection.close()
    return integrity, households, audited


def test_an_import_killed_at_any_moment_leaves_all_or_nothing(prepared, tmp_path):
    database, csv = prepared
    # How long the whole import takes here, to kill it at points spread over its work.
    whole = copy_of(database, tmp_path / "whole.db")
    started = time.monotonic()
    finished = importing(whole, csv)
    out, err = finished.communicate(timeout=300)
    duration = time.monotonic() - started
    assert finished.returncode == 0, err
    assert f"{ROWS:,} created" in out
    assert state(whole) == ("ok", ROWS, ROWS)

    killed_midway, imported_again = 0, False
    for fraction in (0.35, 0.6, 0.8, 0.9, 0.97):
        target = copy_of(database, tmp_path / f"killed-{fraction}.db")
        process = importing(target, csv)
        time.sleep(duration * fraction)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        killed_midway += process.returncode == -signal.SIGKILL
        integrity, households, audited = state(target)
        assert integrity == "ok", f"killed at {fraction:.0%}: {integrity}"
        assert (households, audited) in ((0, 0), (ROWS, ROWS)), f"killed at {fraction:.0%}: {households} households"
        if households == 0 and not imported_again:
            # The database takes the same file again, as if nothing had happened.
            again = importing(target, csv)
            out, err = again.communicate(timeout=300)
            assert again.returncode == 0 and f"{ROWS:,} created" in out, err
            assert state(target) == ("ok", ROWS, ROWS)
            imported_again = True
    assert killed_midway >= 3 and imported_again, "the import finished before most kills: nothing was tested"
