"""What a new user tried, on SQLite and PostgreSQL: amounts of inf, 1e308, three decimals or more digits than a float
keeps, a 10,000-character name, a household of 99,999,999,999 people, and an update that lowers a grant below what
was paid. Each is refused with its row number and reason, and nothing is written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.builders import Build
from workbench import models as m
from workbench.db import open_database

D = dt.date
GRANT_HEADER = "Grant code,Project,Programme,Recipient,Sex of recipient,Location P-code,Sector,Applied on,Amount," \
               "Currency,Business name"


@pytest.fixture
def office_db(fresh_url):
    db = open_database(fresh_url)
    with db.session("tester") as s, s.begin():
        b = Build(s)
        _, _, territory, _ = b.tanganyika()
        b.site(territory, "Kalonda")
        _, _, _, town = b.ninewa()
        iraq = b.iraq_project()
        grant = b.approved_grant(iraq, town, code="IQ-EDF-0001", amount=Decimal("1000"))
        from workbench.services import workflows
        workflows.pay_grant_tranche(s, grant.id, Decimal("600"), D(2023, 3, 15))
    db.close()
    return fresh_url


def said_by(workbench, *argv) -> tuple[int, str]:
    """The exit code and all the command printed: a refusal may go to either stream."""
    code, out, err = workbench(*argv)
    return code, out + err


def _grants(url) -> list[tuple[str, Decimal]]:
    db = open_database(url)
    try:
        with db.session("probe") as s:
            return [tuple(r) for r in s.execute(select(m.LivelihoodGrant.code, m.LivelihoodGrant.amount)
                                                .order_by(m.LivelihoodGrant.code))]
    finally:
        db.close()


@pytest.mark.parametrize("amount, reason", [
    ("inf", "row 2, amount: must be a number, not 'inf'"),
    ("Infinity", "row 2, amount: must be a number, not 'Infinity'"),
    ("NaN", "row 2, amount: must be a number, not 'NaN'"),
    ("1e308", "row 2, amount: is too large: at most 9,999,999,999,999.99"),
    ("12.345", "row 2, amount: has at most 2 decimals (12.345 given)"),
    ("1e-5", "row 2, amount: has at most 2 decimals (0.00001 given)"),
    ("99999999999999.99", "row 2, amount: is too large: at most 9,999,999,999,999.99"),
])
def test_an_amount_no_column_holds_is_refused_with_its_row(workbench, office_db, tmp_path, amount, reason):
    path = tmp_path / "grants.csv"
    path.write_text(f"{GRANT_HEADER}\nIQ-EDF-0002,IRQ-BHA-2023-02,EDF,Ahmed Khalil,male,IQD086S01,bakery,"
                    f"2023-02-01,{amount},USD,Al-Noor\n", encoding="utf-8")
    code, said = said_by(workbench, "import", "grants", path, "--db", office_db)
    assert code == 1 and reason in said, said
    assert _grants(office_db) == [("IQ-EDF-0001", Decimal("1000.00"))]


def test_an_amount_with_all_its_digits_is_stored_exactly(workbench, office_db, tmp_path):
    path = tmp_path / "grants.csv"
    path.write_text(f"{GRANT_HEADER}\nIQ-EDF-0002,IRQ-BHA-2023-02,EDF,Ahmed Khalil,male,IQD086S01,bakery,"
                    f"2023-02-01,9999999999999.99,USD,Al-Noor\n", encoding="utf-8")
    code, said = said_by(workbench, "import", "grants", path, "--db", office_db)
    assert code == 0, said
    assert _grants(office_db)[1] == ("IQ-EDF-0002", Decimal("9999999999999.99"))


def test_a_long_name_and_a_huge_household_are_refused_on_both_backends(workbench, office_db, tmp_path):
    path = tmp_path / "households.csv"
    path.write_text("Household ID,Head of household,Sex of head,Household size,Site,Registered on\n"
                    f"KAL-0001,{'N' * 10_000},female,5,Kalonda,2022-05-10\n"
                    "KAL-0002,Ilunga,male,99999999999,Kalonda,2022-05-10\n"
                    "KAL-0003,Kyungu,male,1e19,Kalonda,2022-05-10\n", encoding="utf-8")
    code, said = said_by(workbench, "import", "households", path, "--db", office_db)
    assert code == 1
    assert "row 2, head_name: is too long: at most 200 characters (10,000 given)" in said
    assert "row 3, size: is too large: at most 2,147,483,647" in said
    assert "row 4, size: is too large: at most 2,147,483,647" in said
    db = open_database(office_db)
    with db.session("probe") as s:
        assert s.scalar(select(func.count()).select_from(m.Household)) == 0
    db.close()
    code, said = said_by(workbench, "add", "household", "code=KAL-0009", "head_name=Ilunga", "head_sex=male",
                           "size=99999999999", "site=Kalonda", "registered_on=2022-05-10", "--db", office_db)
    assert code == 1 and "size: is too large: at most 2,147,483,647" in said, said


def test_an_update_below_what_was_paid_is_refused_by_the_dry_run(workbench, office_db, tmp_path):
    path = tmp_path / "grants.csv"
    path.write_text(f"{GRANT_HEADER}\nIQ-EDF-0001,IRQ-BHA-2023-02,EDF,Ahmed Khalil,male,IQD086S01,bakery,"
                    f"2023-02-01,500,USD,Al-Noor\n", encoding="utf-8")
    code, said = said_by(workbench, "import", "grants", path, "--db", office_db, "--on-duplicate", "update", "--dry-run")
    assert code == 1, said
    assert "row 2, amount: cannot be less than what was already paid (600.00)" in said
    code, said = said_by(workbench, "import", "grants", path, "--db", office_db, "--on-duplicate", "update")
    assert code == 1 and "row 2, amount: cannot be less than what was already paid (600.00)" in said
    assert _grants(office_db) == [("IQ-EDF-0001", Decimal("1000.00"))]
