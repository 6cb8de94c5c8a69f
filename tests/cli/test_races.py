"""Rules that span records hold when two users save at once: the tranches of a grant never add up to more than
the grant, and no household is registered in a site that is closed.

Each test holds one user's save open (a write session in this process, changed and flushed, not committed) while
a real `workbench` process makes the other change, then commits. Before the row locks, on PostgreSQL the second
user read the committed state, found its rule kept, and both saves went in (paid 1,000 of a 500 grant; a closed
site with a household); on SQLite a writing session takes the write lock when it begins (BEGIN IMMEDIATE), so the
second one waits and then reads the first's change. Either way the second must wait and then be refused.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from tests.builders import Build
from workbench import models as m
from workbench.db import make_engine, open_database
from workbench.services import records, workflows

D = dt.date
GRANT = "IQ-EDF-0001"


def workbench(*argv) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workbench.cli", *map(str, argv)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_until_blocked(process: subprocess.Popen, url: str, seconds: float = 4.0) -> bool:
    """True once the process waits for the other user's lock (PostgreSQL shows it in pg_stat_activity); False if
    it ended first (it did not wait). SQLite shows no waiters: the process is given time to reach the lock."""
    engine = make_engine(url)
    try:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            if engine.dialect.name == "postgresql":
                with engine.connect() as conn:
                    waiting = conn.execute(text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND wait_event_type = 'Lock'")).scalar()
                if waiting:
                    return True
            time.sleep(0.1)
        return process.poll() is None
    finally:
        engine.dispose()


def race(url: str, first_user, *argv) -> tuple[int, str, str, bool]:
    """first_user(session) makes its change in a write session held open while `workbench *argv` runs; then it
    commits. Returns the process's exit code, output, error and whether it waited for the first user."""
    db = open_database(url)
    try:
        session = db.session("first user", write=True)
        try:
            with session.begin():
                first_user(session)
                session.flush()
                process = workbench(*argv, "--db", url)
                waited = wait_until_blocked(process, url)
        finally:
            session.close()
        out, err = process.communicate(timeout=60)
    finally:
        db.close()
    return process.returncode, out, err, waited


def totals(url: str) -> tuple[Decimal, Decimal]:
    """The grant's amount and what its tranches add up to, as committed."""
    db = open_database(url)
    try:
        with db.session() as s:
            grant = s.scalars(select(m.LivelihoodGrant).where(m.LivelihoodGrant.code == GRANT)).one()
            paid = s.scalar(select(func.coalesce(func.sum(m.GrantTranche.amount), 0))
                            .where(m.GrantTranche.grant_id == grant.id))
            return Decimal(grant.amount), Decimal(paid)
    finally:
        db.close()


@pytest.fixture
def grant_half_paid(fresh_url) -> str:
    """An approved grant of 1,000 USD with 400 paid: 600 remain."""
    db = open_database(fresh_url)
    with db.session("tests", write=True) as s, s.begin():
        b = Build(s)
        *_, town = b.ninewa()
        grant = b.approved_grant(b.iraq_project(), town, code=GRANT, amount=Decimal("1000"))
        workflows.pay_grant_tranche(s, grant.id, Decimal("400"), D(2023, 4, 1))
    db.close()
    return fresh_url


def _grant_id(session) -> int:
    return session.scalars(select(m.LivelihoodGrant.id).where(m.LivelihoodGrant.code == GRANT)).one()


def test_paying_the_rest_while_another_user_lowers_the_grant(grant_half_paid):
    def lower(session):
        records.update(session, "grant", _grant_id(session), {"amount": Decimal("500")})

    code, out, err, waited = race(grant_half_paid, lower, "pay", GRANT, "600", "--on", "2023-05-01")
    amount, paid = totals(grant_half_paid)
    assert paid <= amount, f"paid {paid} of a grant of {amount}: {out}{err}"
    assert (amount, paid) == (Decimal("500"), Decimal("400"))
    assert waited and code == 1
    assert "is more than what remains of the grant (100.00 USD)" in err, err


def test_lowering_the_grant_while_another_user_pays_the_rest(grant_half_paid):
    def pay(session):
        workflows.pay_grant_tranche(session, _grant_id(session), Decimal("600"), D(2023, 5, 1))

    code, out, err, waited = race(grant_half_paid, pay, "set", "grant", GRANT, "amount=500")
    amount, paid = totals(grant_half_paid)
    assert paid <= amount, f"paid {paid} of a grant of {amount}: {out}{err}"
    assert (amount, paid) == (Decimal("1000"), Decimal("1000"))
    assert waited and code == 1
    assert "cannot be less than what was already paid (1000" in err, err


# --- a site closed while a household is registered in it --------------------------------------------------

@pytest.fixture
def closing_site(fresh_url) -> str:
    """Kalonda, closing since 2024-03-15, with no household present; Mukuku open beside it."""
    db = open_database(fresh_url)
    with db.session("tests", write=True) as s, s.begin():
        b = Build(s)
        _, _, territory, _ = b.tanganyika()
        site = b.site(territory, "Kalonda")
        b.site(territory, "Mukuku")
        workflows.change_site_status(s, site.id, "closing", D(2024, 3, 15))
    db.close()
    return fresh_url


def site_state(url: str) -> tuple[str, int]:
    """Kalonda's status and how many households are registered in it, as committed."""
    db = open_database(url)
    try:
        with db.session() as s:
            site = s.scalars(select(m.Site).where(m.Site.name == "Kalonda")).one()
            n = s.scalar(select(func.count()).select_from(m.Household).where(m.Household.site_id == site.id))
            return site.status, n
    finally:
        db.close()


def _kalonda(session) -> int:
    return session.scalars(select(m.Site.id).where(m.Site.name == "Kalonda")).one()


HOUSEHOLD = ["code=KAL-0002", "head_name=Ilunga Banza", "head_sex=male", "size=3", "site=Kalonda",
             "registered_on=2024-03-20"]


def test_closing_a_site_while_another_user_registers_a_household_in_it(closing_site):
    def register(session):
        Build(session).create("household", code="KAL-0001", head_name="Mwamba Kasongo", head_sex="female", size=5,
                              site_id=_kalonda(session), registered_on=D(2024, 3, 20))

    code, out, err, waited = race(closing_site, register, "status", "site", "Kalonda", "closed", "--on", "2024-03-31")
    status, households = site_state(closing_site)
    assert not (status == "closed" and households), f"a closed site with {households} households: {out}{err}"
    assert (status, households) == ("closing", 1)
    assert waited and code == 1
    assert "Kalonda cannot be closed: 1 households are still present" in err, err


def test_registering_a_household_while_another_user_closes_its_site(closing_site):
    def close(session):
        workflows.change_site_status(session, _kalonda(session), "closed", D(2024, 3, 31))

    code, out, err, waited = race(closing_site, close, "add", "household", *HOUSEHOLD)
    status, households = site_state(closing_site)
    assert not (status == "closed" and households), f"a closed site with {households} households: {out}{err}"
    assert (status, households) == ("closed", 0)
    assert waited and code == 1
    assert "Kalonda is closed: what belongs to it can no longer be added, changed or deleted" in err, err


def test_importing_households_while_another_user_closes_their_site(closing_site, tmp_path):
    def close(session):
        workflows.change_site_status(session, _kalonda(session), "closed", D(2024, 3, 31))

    csv = tmp_path / "late.csv"
    csv.write_text("Household ID,Head of household,Sex of head,Household size,Site,Registered on\n"
                   "KAL-0002,Ilunga Banza,male,3,Kalonda,2024-03-20\n"
                   "MUK-0001,Banza Mwamba,female,4,Mukuku,2024-03-20\n", encoding="utf-8")
    code, out, err, waited = race(closing_site, close, "import", "households", csv)
    status, households = site_state(closing_site)
    assert not (status == "closed" and households), f"a closed site with {households} households: {out}{err}"
    assert (status, households) == ("closed", 0)
    assert waited and code == 1
    assert "row 2, site: Kalonda is closed: what belongs to it can no longer be added, changed or deleted" in out, out
