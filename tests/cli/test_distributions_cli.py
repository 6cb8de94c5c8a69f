"""A distribution from the command line, as staff type it: kits and a distribution added, its list built, its
workflow stepped, a receipt added and verified, its list printed; each mistake one line, exit 1, nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.builders import Build
from tests.cli.test_one_line_errors import one_line, run
from tests.reports.conftest import pdf_text
from workbench import models as m
from workbench.db import open_database


@pytest.fixture
def kalonda(fresh_url) -> str:
    db = open_database(fresh_url)
    with db.session("tests", write=True) as s, s.begin():
        b = Build(s)
        _, _, territory, _ = b.tanganyika()
        b.project()
        site = b.site(territory, "Kalonda")
        b.household(site, code="KAL-0001", size=9, head_name="Mwamba Kasongo")
        b.household(site, code="KAL-0002", size=3, head_name="Ilunga Banza")
    db.close()
    return fresh_url


def receipts(url: str) -> int:
    db = open_database(url)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(m.Receipt))
    finally:
        db.close()


def test_a_distribution_from_planned_to_completed(capsys, kalonda, tmp_path):
    db = ["--db", kalonda]
    for argv in (["add", "kit_type", "code=SHL-STD", "name=Shelter kit", "category=shelter kit",
                  "rule=by household size", "people_per_kit=4", "minimum=1"],
                 ["add", "distribution", "code=CD-DIST-0001", "project=DRC-ECHO-2023-01", "site=Kalonda",
                  "planned_on=2024-03-10", "modality=in kind"]):
        code, out, err = run(capsys, *argv, *db)
        assert code == 0, err
    code, _, err = run(capsys, "add", "distribution_kit", "distribution=CD-DIST-0001", "kit_type=SHL-STD", *db)
    one_line(code, err)
    assert "SHL-STD has no items; a kit with no items cannot be distributed" in err
    for argv in (["add", "kit_item", "kit_type=SHL-STD", "item=Tarpaulin 4x6 m", "quantity=2"],
                 ["add", "distribution_kit", "distribution=CD-DIST-0001", "kit_type=SHL-STD"]):
        code, _, err = run(capsys, *argv, *db)
        assert code == 0, err
    code, out, err = run(capsys, "entitle", "CD-DIST-0001", *db)
    assert (code, out) == (0, "Added 2 entitlements to the list of distribution CD-DIST-0001\n"), err
    code, out, err = run(capsys, "status", "distribution", "CD-DIST-0001", "in progress", "--on", "2024-03-10", *db)
    assert (code, out) == (0, "Distribution CD-DIST-0001 is now in progress (on 2024-03-10)\n"), err
    receipt = ["add", "receipt", "distribution=CD-DIST-0001", "household=KAL-0001", "proof=thumbprint"]
    code, _, err = run(capsys, *receipt, "received_on=2024-03-09", *db)
    one_line(code, err)
    assert "received_on: cannot be before the distribution's date (2024-03-10)" in err and receipts(kalonda) == 0
    code, _, err = run(capsys, *receipt, "received_on=2024-03-10", *db)
    assert code == 0, err
    code, out, err = run(capsys, "verify", "CD-DIST-0001", "KAL-0001", "received with issues", "--on", "2024-03-20",
                         "--note", "one tarpaulin torn", *db)
    assert code == 0 and out.startswith("Receipt of household KAL-0001 on CD-DIST-0001: received with issues "
                                        "(verified on 2024-03-20); complaint "), err
    code, out, err = run(capsys, "status", "distribution", "CD-DIST-0001", "completed", "--on", "2024-03-11", *db)
    assert code == 0, err
    pdf = tmp_path / "list.pdf"
    code, out, err = run(capsys, "report", "distribution-list", "--distribution", "CD-DIST-0001", "--out", str(pdf),
                         "--hide-names", *db)
    assert code == 0, err
    text = pdf_text(pdf, layout=True)
    assert "KAL-0001" in text and "KAL-0002" in text and "Mwamba" not in text
    code, _, err = run(capsys, "status", "distribution", "CD-DIST-0001", "cancelled", "--on", "2024-03-12", *db)
    one_line(code, err)
    assert "A distribution that is completed cannot become cancelled; next steps: none" in err
