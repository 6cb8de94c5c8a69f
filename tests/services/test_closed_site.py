"""No household is registered in a closed site, by a form, the command line or an import; a household that was there
keeps its record (its departure and its payments are still written)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tests.builders import Build, refused
from workbench.io import validate
from workbench.io.reading import Table
from workbench.services import records, workflows

D = dt.date
MESSAGE = "Kalonda closed on 2024-03-31; no household can be registered there"


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
    return {"build": b, "site": site, "other": other, "left": left}


def test_a_household_is_not_registered_in_a_closed_site(closed_site):
    with refused("site_id", MESSAGE):
        closed_site["build"].household(closed_site["site"], code="KAL-0002")


def test_a_household_is_not_moved_into_a_closed_site(session, closed_site):
    moved = closed_site["build"].household(closed_site["other"], code="MUK-0001")
    with refused("site_id", MESSAGE):
        records.update(session, "household", moved.id, {"site_id": closed_site["site"].id})


def test_a_household_that_was_there_is_still_edited(session, closed_site):
    records.update(session, "household", closed_site["left"].id, {"phone": "+243 990 000 111"})
    assert session.get(type(closed_site["left"]), closed_site["left"].id).phone == "+243 990 000 111"


def test_an_import_into_a_closed_site_is_refused_with_its_row(session, closed_site):
    frame = pd.DataFrame({"code": ["KAL-0002", "MUK-0002"], "head_name": ["Ilunga", "Banza"],
                          "head_sex": ["male", "female"], "size": ["3", "4"], "site": ["Kalonda", "Mukuku"],
                          "registered_on": ["2024-04-02", "2024-04-02"]}, index=[2, 3], dtype=object)
    result = validate(session, "households", Table(frame=frame, source="late.csv"), {c: c for c in frame.columns})
    assert [(p.row, p.field, p.reason) for p in result.rejected] == [(2, "site", MESSAGE)]
    assert len(result.creates) == 1


def test_no_population_is_counted_in_a_site_after_it_closed(session, closed_site):
    """Issue 17, defect 5: a count was added to Cinquantenaire after it closed. A count dated up to the closing day
    is kept (the last count of a closing site); one dated after it is refused, by a form and by an import."""
    site = closed_site["site"]
    values = {"site_id": site.id, "households": 0, "individuals": 0}
    records.create(session, "population_count", values | {"counted_on": D(2024, 3, 31)})
    with refused("counted_on", "cannot be after the site closed (2024-03-31)"):
        records.create(session, "population_count", values | {"counted_on": D(2024, 4, 30)})
    frame = pd.DataFrame({"site": ["Kalonda"], "counted_on": ["2024-04-30"], "households": ["0"],
                          "individuals": ["0"]}, index=[2], dtype=object)
    result = validate(session, "population", Table(frame=frame, source="counts.csv"), {c: c for c in frame.columns})
    assert [(p.row, p.reason) for p in result.rejected] == [(2, "cannot be after the site closed (2024-03-31)")]
