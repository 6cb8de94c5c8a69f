"""A stock or an entitlement never goes negative, also when two users save at once (issue 11's last item): two
users issuing the last kits of a warehouse, and two receipts for the same household on one list.

As in test_races.py, one user's save is held open (changed and flushed, not committed) while a real `workbench`
process makes the other change. Without the row locks, on PostgreSQL the second process read the committed stock
(100 kits), found enough and both issues went in (-20 kits left); the second receipt met the first one only at the
unique index, as a bare database error.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.builders import Build
from tests.cli.test_races import race
from workbench import models as m
from workbench.db import open_database
from workbench.services import distributions, records

D = dt.date
WAREHOUSE = "Kalemie warehouse"


@pytest.fixture
def stocked(fresh_url) -> str:
    """Kalonda with KAL-0001 on the list of CD-DIST-0001 (2024-03-10, one NFI kit), and 100 NFI kits in the
    Kalemie warehouse."""
    db = open_database(fresh_url)
    with db.session("tests", write=True) as s, s.begin():
        b = Build(s)
        _, _, territory, _ = b.tanganyika()
        project = b.project()
        site = b.site(territory, "Kalonda")
        b.household(site, code="KAL-0001")
        nfi = b.create("kit_type", code="NFI-STD", name="NFI kit", category="NFI kit", per_household=1)
        b.create("kit_item", kit_type_id=nfi.id, item="Blanket", quantity=2)
        dist = b.create("distribution", code="CD-DIST-0001", project_id=project.id, site_id=site.id,
                        planned_on=D(2024, 3, 10), warehouse=WAREHOUSE)
        b.create("distribution_kit", distribution_id=dist.id, kit_type_id=nfi.id)
        distributions.build_list(s, dist.id)
        b.create("stock_movement", warehouse=WAREHOUSE, kit_type_id=nfi.id, moved_on=D(2024, 3, 1),
                 movement="received", quantity=100)
    db.close()
    return fresh_url


def _ids(session) -> dict:
    return {"kit": session.scalars(select(m.KitType.id)).one(),
            "dist": session.scalars(select(m.Distribution.id)).one(),
            "household": session.scalars(select(m.Household.id)).one()}


def committed(url: str) -> tuple[int, int]:
    """The warehouse's NFI kits left and the receipts recorded, as committed."""
    db = open_database(url)
    try:
        with db.session() as s:
            [balance] = distributions.stock_balances(s)
            return balance.balance, s.scalar(select(func.count()).select_from(m.Receipt))
    finally:
        db.close()


ISSUE = ["stock_movement", f"warehouse={WAREHOUSE}", "kit_type=NFI-STD", "moved_on=2024-03-09", "movement=issued",
         "quantity=60", "distribution=CD-DIST-0001"]


def test_issuing_the_last_kits_while_another_user_issues_them(stocked):
    def issue(session):
        ids = _ids(session)
        records.create(session, "stock_movement", dict(warehouse=WAREHOUSE, kit_type_id=ids["kit"],
                                                       moved_on=D(2024, 3, 9), movement="issued", quantity=60,
                                                       distribution_id=ids["dist"]))

    code, out, err, waited = race(stocked, issue, "add", *ISSUE)
    left, _ = committed(stocked)
    assert left >= 0, f"{left} kits in stock: {out}{err}"
    assert left == 40
    assert waited and code == 1
    assert "is more than the stock of NFI-STD in Kalemie warehouse (40 on 2024-03-09)" in err, err


def test_recording_a_receipt_while_another_user_records_it(stocked):
    def receive(session):
        ids = _ids(session)
        records.create(session, "receipt", dict(distribution_id=ids["dist"], household_id=ids["household"],
                                                received_on=D(2024, 3, 10)))

    code, out, err, waited = race(stocked, receive, "add", "receipt", "distribution=CD-DIST-0001",
                                  "household=KAL-0001", "received_on=2024-03-11")
    _, receipts = committed(stocked)
    assert receipts == 1, f"{receipts} receipts for one household: {out}{err}"
    assert waited and code == 1
    assert "already received this distribution's kits on 2024-03-10; a second receipt is not recorded" in err, err
