"""`workbench sync` as IT and an officer type it: enrol two laptops from the office, a week offline, packages on a
USB stick both ways, one conflict listed and resolved; a package applied by a process killed with SIGKILL leaves the
office's database as it was, and applying the package again then works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from sqlalchemy import select

from tests.builders import Build
from workbench import models as m
from workbench.db import open_database
from workbench.services import users


def _office(path):
    db = open_database(path, creator="tester")
    with db.session("tester", write=True) as s, s.begin():
        b = Build(s)
        _, province, territory, _ = b.tanganyika()
        kalonda = b.site(territory, project_id=b.project().id)
        kilwa = b.site(b.nyunzu(province), name="Kilwa")
        b.household(kalonda, code="KAL-0001", head_name="Amani Kalonda", size=5)
        b.household(kilwa, code="KIL-0001", head_name="Furaha Amisi", size=4)
        users.add_user(s, "aminata", "officer", ["site:Kalonda"])
        users.add_user(s, "joseph", "officer", ["site:Kilwa"])
    db.close()


def _size(path, code):
    db = open_database(path)
    try:
        with db.session() as s:
            return s.scalars(select(m.Household.size).where(m.Household.code == code)).one()
    finally:
        db.close()


def test_two_laptops_a_week_offline_and_one_conflict_resolved(workbench, tmp_path):
    office, kal, kil = tmp_path / "office.db", tmp_path / "kalonda-1.db", tmp_path / "kilwa-1.db"
    _office(office)
    code, out, err = workbench("sync", "enrol", "--laptop", "KALONDA-1", "--for", "aminata", "--scope", "site:Kalonda",
                               "--out", kal, "--db", office, "--user", "tester")
    assert code == 0, err
    assert "Enrolled KALONDA-1 for aminata (site:Kalonda)" in out
    assert workbench("sync", "enrol", "--laptop", "KILWA-1", "--for", "joseph", "--scope", "site:Kilwa", "--out", kil,
                     "--db", office, "--user", "tester")[0] == 0
    code, _, err = workbench("sync", "enrol", "--laptop", "KILWA-1", "--for", "joseph", "--scope", "site:Kilwa",
                             "--out", tmp_path / "again.db", "--db", office, "--user", "tester")
    assert code == 1 and "is enrolled already" in err
    # Offline: Kalonda's officer edits a household; the office edits the same field.
    assert workbench("set", "household", "KAL-0001", "size=6", "--db", kal, "--user", "aminata")[0] == 0
    assert workbench("set", "household", "KAL-0001", "size=7", "--db", office, "--user", "tester")[0] == 0
    code, _, err = workbench("set", "household", "KIL-0001", "size=1", "--db", kal, "--user", "aminata")
    assert code == 1  # Kilwa's household is not on Kalonda's laptop
    assert workbench("set", "household", "KIL-0001", "size=8", "--db", kil, "--user", "joseph")[0] == 0

    stick = tmp_path / "usb"
    for laptop, name, user in ((kal, "KALONDA-1", "aminata"), (kil, "KILWA-1", "joseph")):
        code, out, err = workbench("sync", "export", "--to", "office", "--out", stick / f"{name}.wbsync",
                                   "--db", laptop, "--user", user)
        assert code == 0, err
        code, out, err = workbench("sync", "import", stick / f"{name}.wbsync", "--db", office, "--user", "tester")
        assert code == 0, err
    assert _size(office, "KIL-0001") == 8 and _size(office, "KAL-0001") == 7
    code, out, _ = workbench("sync", "conflicts", "--db", office, "--user", "tester")
    assert code == 0
    (line,) = out.strip().splitlines()
    assert "KAL-0001" in line and "'7'" in line and "KALONDA-1 (aminata) '6'" in line, line
    number = line.split()[0].lstrip("#")
    code, out, err = workbench("sync", "resolve", number, "--keep", "theirs", "--db", office, "--user", "tester")
    assert code == 0, err
    assert _size(office, "KAL-0001") == 6
    code, out, _ = workbench("sync", "status", "--db", office, "--user", "tester")
    assert "0 open conflicts" in out and "KALONDA-1\tlaptop\taminata\tsite:Kalonda" in out
    # Back to the laptops: each settles on the office's values and holds only its own site.
    for laptop, name, user in ((kal, "KALONDA-1", "aminata"), (kil, "KILWA-1", "joseph")):
        assert workbench("sync", "export", "--to", name, "--out", stick / f"office-{name}.wbsync",
                         "--db", office, "--user", "tester")[0] == 0
        code, out, err = workbench("sync", "import", stick / f"office-{name}.wbsync", "--db", laptop,
                                   "--user", user)
        assert code == 0, err
    assert _size(kal, "KAL-0001") == 6 and _size(kil, "KIL-0001") == 8
    code, _, err = workbench("sync", "import", stick / "office-KILWA-1.wbsync", "--db", kal, "--user", "aminata")
    assert code == 1 and "made for 'KILWA-1', not for this database ('KALONDA-1')" in err


def test_an_import_killed_midway_leaves_the_office_as_it_was(workbench, tmp_path):
    office, kal = tmp_path / "office.db", tmp_path / "kalonda-1.db"
    _office(office)
    assert workbench("sync", "enrol", "--laptop", "KALONDA-1", "--for", "aminata", "--scope", "site:Kalonda", "--out", kal,
                     "--db", office, "--user", "tester")[0] == 0
    db = open_database(kal)
    with db.session("aminata", write=True) as s, s.begin():  # a week of registrations: 400 new households
        site = s.scalars(select(m.Site)).one()
        for i in range(400):
            Build(s).household(site, code=f"KAL-1{i:03d}", head_name=f"Person {i}", size=1 + i % 7)
    db.close()
    package = tmp_path / "KALONDA-1.wbsync"
    assert workbench("sync", "export", "--to", "office", "--out", package, "--db", kal, "--user", "aminata")[0] == 0
    before = office.read_bytes()
    env = {**os.environ}
    for delay in (0.3, 0.6, 0.9):
        process = subprocess.Popen([sys.executable, "-m", "workbench.cli", "sync", "import", str(package),
                                    "--db", str(office), "--user", "tester"], env=env, start_new_session=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(delay)
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.communicate(timeout=60)
        if process.returncode == 0:
            break  # this machine applied it before the kill: the last check below still holds
        db = open_database(office)
        with db.session() as s:
            assert s.scalars(select(m.Household).where(m.Household.code.like("KAL-1%"))).first() is None
        db.close()
    assert before  # the file was whole before; now the import runs to its end
    code, out, err = workbench("sync", "import", package, "--db", office, "--user", "tester")
    assert code == 0, err
    assert _size(office, "KAL-1006") == 7
