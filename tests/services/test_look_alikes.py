"""Records that look the same are the same: text is stored in Unicode NFC without invisible characters, so a
zero-width twin of a site or a household is a duplicate, and a name turned around by a direction control is refused;
by a form or the command line (the services) and by an import alike."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.builders import Build, refused
from workbench import models as m
from workbench.io import validate
from workbench.io.reading import Table


@pytest.fixture
def kalonda(session):
    b = Build(session)
    _, _, territory, _ = b.tanganyika()
    site = b.site(territory, "Kalonda")
    b.household(site, code="U-1")
    session.flush()
    return {"build": b, "territory": territory, "site": site}


@pytest.mark.parametrize("name", ["Kalonda\u200b", "Ka\u200dlonda", " Kalonda ", "\ufeffKalonda"])
def test_a_zero_width_twin_of_a_site_is_the_same_site(kalonda, name):
    with refused("name", "another site already has name 'Kalonda'"):
        kalonda["build"].site(kalonda["territory"], name)


def test_a_name_turned_around_on_screen_is_refused(kalonda):
    with refused("name", "direction control"):
        kalonda["build"].site(kalonda["territory"], "\u202eadnolaK")


def test_accented_names_are_stored_composed(session, kalonda):
    household = kalonda["build"].household(kalonda["site"], code="U-2", head_name="De\u0301sire\u0301 Kasongo")
    assert session.get(m.Household, household.id).head_name == "D\u00e9sir\u00e9 Kasongo"


def test_a_zero_width_twin_of_a_household_is_a_duplicate_in_an_import(session, kalonda):
    frame = pd.DataFrame({"code": ["U-1\u200b", "U-3"], "head_name": ["Mwamba", "\u202eagnulI"],
                          "head_sex": ["female", "male"], "size": ["5", "3"], "site": ["Kalonda", "Kalonda"],
                          "registered_on": ["2022-05-10", "2022-05-10"]}, index=[2, 3], dtype=object)
    result = validate(session, "households", Table(frame=frame, source="twins.csv"), {c: c for c in frame.columns})
    assert [str(d) for d in result.duplicates] == ["row 2: household U-1 is already in the database; skipped"]
    assert [(p.row, p.field) for p in result.rejected] == [(3, "head_name")]
    assert "direction control" in result.rejected[0].reason
