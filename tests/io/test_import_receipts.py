"""A filled-in distribution list coming back from the field: its rows matched to the distribution's households by
their codes, imported all or nothing, and a household received once."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.builders import count
from tests.io.conftest import write_xlsx
from workbench import models as m
from workbench.io import import_rows, read_table, validate
from workbench.services import distributions
from workbench.services.errors import DomainError

D = dt.date
HEADERS = ["Code de la distribution", "Code ménage", "Nom du chef de ménage", "Taille", "Signature ou empreinte",
           "Date de réception", "Reçu par", "Mandataire", "Enregistré par"]


@pytest.fixture
def listed(session, office):
    """KAL-0001..0003 at Kalonda on the list of CD-DIST-0001 (2024-03-10); MUK-0001 at Mukuku, not on it."""
    b = office["build"]
    for code, site in (("KAL-0001", "kalonda"), ("KAL-0002", "kalonda"), ("KAL-0003", "kalonda"),
                       ("MUK-0001", "mukuku")):
        b.household(office[site], code=code)
    kit = b.create("kit_type", code="NFI-STD", name="NFI kit", category="NFI kit", per_household=1)
    b.create("kit_item", kit_type_id=kit.id, item="Blanket", quantity=2)
    dist = b.create("distribution", code="CD-DIST-0001", project_id=office["project"].id,
                    site_id=office["kalonda"].id, planned_on=D(2024, 3, 10))
    b.create("distribution_kit", distribution_id=dist.id, kit_type_id=kit.id)
    distributions.build_list(session, dist.id)
    session.flush()
    return dist


def _import(session, path):
    result = validate(session, "receipts", read_table(path))
    return result


def test_the_signed_list_comes_back_and_each_household_is_received_once(session, listed, tmp_path):
    path = write_xlsx(tmp_path / "liste signée CD-DIST-0001.xlsx", [
        HEADERS,
        ["CD-DIST-0001", "KAL-0001", "Mwamba Kasongo", 5, "empreinte", "10/03/2024", "chef de ménage", None,
         "Esther Mujinga"],
        ["CD-DIST-0001", "KAL-0002", "Mwamba Kasongo", 5, "signature", "11/03/2024", "mandataire", "Kabila Ngoy",
         "Esther Mujinga"],
    ])
    result = _import(session, path)
    assert result.ok and result.summary() == "2 rows: 2 to create, 0 to update, 0 duplicates skipped, 0 rejected"
    assert import_rows(session, result).created == 2
    got = {(r.household_id, r.received_on, r.received_by, r.proxy_name, r.proof, r.recorded_by)
           for r in session.scalars(select(m.Receipt))}
    ids = dict(session.execute(select(m.Household.code, m.Household.id)).all())
    assert got == {(ids["KAL-0001"], D(2024, 3, 10), "head of household", None, "thumbprint", "Esther Mujinga"),
                   (ids["KAL-0002"], D(2024, 3, 11), "proxy", "Kabila Ngoy", "signature", "Esther Mujinga")}
    again = _import(session, path)
    assert again.summary() == "2 rows: 0 to create, 0 to update, 2 duplicates skipped, 0 rejected"
    # Said with the codes the file gives, not the records' ids.
    assert [str(d) for d in again.duplicates] == [
        "row 2: receipt CD-DIST-0001 KAL-0001 is already in the database; skipped",
        "row 3: receipt CD-DIST-0001 KAL-0002 is already in the database; skipped"]


def test_a_row_off_the_list_or_before_the_day_means_nothing_is_written(session, listed, tmp_path):
    before = count(session, m.Receipt), count(session, m.AuditEntry)
    path = write_xlsx(tmp_path / "liste.xlsx", [
        HEADERS,
        ["CD-DIST-0001", "KAL-0001", "Mwamba", 5, "empreinte", "2024-03-10", "chef", None, "Esther"],
        ["CD-DIST-0001", "MUK-0001", "Ngoy", 6, "empreinte", "2024-03-10", "chef", None, "Esther"],
        ["CD-DIST-0001", "KAL-0002", "Ilunga", 4, "empreinte", "2024-03-09", "chef", None, "Esther"],
        ["CD-DIST-0001", "KAL-0003", "Kyungu", 4, "empreinte", "2024-03-10", "mandataire", None, "Esther"],
        ["CD-DIST-0001", "KAL-0404", "Banza", 4, "empreinte", "2024-03-10", "chef", None, "Esther"],
    ])
    result = _import(session, path)
    assert [str(p) for p in result.rejected] == [
        "row 3, household: is not on the list of this distribution",
        "row 4, received_on: cannot be before the distribution's date (2024-03-10)",
        "row 5, proxy_name: is required when a proxy received the kits",
        "row 6, household: unknown household 'KAL-0404'",
    ]
    with pytest.raises(DomainError, match="4 rows of liste.xlsx were rejected, so nothing was imported"):
        import_rows(session, result)
    assert (count(session, m.Receipt), count(session, m.AuditEntry)) == before
