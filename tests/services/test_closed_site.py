"""A closed site's households and population counts are read-only (issue 17, defect 5; the site's declared `closes`):
no household is registered in, moved into or out of, changed or deleted in a closed site, and no population is
counted in it, by a form, the command line or an import. A household's payments are its own records and are still
written (the closure report lists the tranches still pending)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tests.builders import Build, refused
from workbench.io import validate
from workbench.io.reading import Table
from workbench.services import records, workflows

D = dt.date
MESSAGE = "Kalonda is closed: what belongs to it can no longer be added, changed or deleted"


@pytest.fixture
def closed_site(session):
    b = Build(session)
    _, _, territory, village = b.tanganyika()
    site = b.site(territory, "Kalonda")
    other = b.site(territory, "Mukuku")
    left = b.household(site, code="KAL-0001")
    records.update(session, "household", left.id, {"departure_date": D(2024, 3, 1), "destination_id": village.id})
    workflows.change_site_status(session, site.id, "closing", D(2024, 3, 15))
    workflows.change_site_status(session, site.id, "closed", D(2024, 3, 31))
    session.flush()
    return {"build": b, "site": site, "other": other, "left": left, "territory": territory}


def test_a_household_is_not_registered_in_a_closed_site(closed_site):
    with refused("site_id", MESSAGE):
        closed_site["build"].household(closed_site["site"], code="KAL-0002")


def test_a_household_is_not_moved_into_a_closed_site(session, closed_site):
    moved = closed_site["build"].household(closed_site["other"], code="MUK-0001")
    with refused("site_id", MESSAGE):
        records.update(session, "household", moved.id, {"site_id": closed_site["site"].id})


def test_a_household_that_was_there_is_read_only(session, closed_site):
    left = closed_site["left"]
    with refused("phone", MESSAGE):
        records.update(session, "household", left.id, {"phone": "+243 990 000 111"})
    with refused("site_id", MESSAGE):
        records.update(session, "household", left.id, {"site_id": closed_site["other"].id})
    with refused(None, f"This household cannot be deleted: {MESSAGE}."):
        records.delete(session, "household", left.id)
    session.expire_all()
    assert (left.phone, left.site_id) == (None, closed_site["site"].id)
    records.update(session, "household", left.id, {"code": "KAL-0001"})  # saved as it was: nothing to refuse
    tranche = records.create(session, "cash_tranche", {"household_id": left.id, "sequence": 4,
                                                       "purpose": "completion", "amount": 50,
                                                       "currency": "USD", "status": "planned"})
    assert tranche.id is not None


def test_an_import_into_a_closed_site_is_refused_with_its_row(session, closed_site):
    frame = pd.DataFrame({"code": ["KAL-0002", "MUK-0002"], "head_name": ["Ilunga", "Banza"],
                          "head_sex": ["male", "female"], "size": ["3", "4"], "site": ["Kalonda", "Mukuku"],
                          "registered_on": ["2024-04-02", "2024-04-02"]}, index=[2, 3], dtype=object)
    result = validate(session, "households", Table(frame=frame, source="late.csv"), {c: c for c in frame.columns})
    assert [(p.row, p.field, p.reason) for p in result.rejected] == [(2, "site", MESSAGE)]
    assert len(result.creates) == 1


def test_no_population_is_counted_in_a_site_after_it_closed(session, closed_site):
    """Issue 17, defect 5: a count was added to Cinquantenaire after it closed. Once closed, a site's counts are
    final: none is added (whatever its date), changed or deleted, by a form or by an import; a closing site still
    takes its last count, dated up to its closure."""
    site = closed_site["site"]
    values = {"site_id": site.id, "households": 0, "individuals": 0}
    for on in (D(2024, 3, 31), D(2024, 4, 30)):
        with refused("site_id", MESSAGE):
            records.create(session, "population_count", values | {"counted_on": on})
    frame = pd.DataFrame({"site": ["Kalonda", "Mukuku"], "counted_on": ["2024-04-30", "2024-04-30"],
                          "households": ["0", "10"], "individuals": ["0", "40"]}, index=[2, 3], dtype=object)
    result = validate(session, "population", Table(frame=frame, source="counts.csv"), {c: c for c in frame.columns})
    assert [(p.row, p.reason) for p in result.rejected] == [(2, MESSAGE)]
    assert len(result.creates) == 1
    closing = closed_site["build"].site(closed_site["territory"], "Kilwa")
    workflows.change_site_status(session, closing.id, "closing", D(2024, 3, 1))
    last = records.create(session, "population_count", values | {"site_id": closing.id, "counted_on": D(2024, 3, 31)})
    workflows.change_site_status(session, closing.id, "closed", D(2024, 3, 31))
    with refused("households", "Kilwa is closed: what belongs to it can no longer be added, changed or deleted"):
        records.update(session, "population_count", last.id, {"households": 5, "individuals": 20})
    with refused(None, "This population count cannot be deleted: Kilwa is closed: what belongs to it can no longer "
                       "be added, changed or deleted."):
        records.delete(session, "population_count", last.id)
