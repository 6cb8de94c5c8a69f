"""Rules of locations: P-code format, the parent one level up in the same country, coordinates, unique P-codes."""

import pytest

from tests.builders import count, refused
from workbench import models as m
from workbench.services import records


@pytest.fixture
def drc(build):
    return build.tanganyika()


def test_the_hierarchy_is_stored_with_levels_and_parents(session, drc):
    country, province, territory, village = drc
    session.expire_all()
    stored = [session.get(m.Location, loc.id) for loc in drc]
    assert [(loc.pcode, loc.admin_level, loc.parent_id) for loc in stored] == [
        ("CD", 0, None), ("CD74", 1, country.id), ("CD7401", 2, province.id), ("CD740105", 3, territory.id)]
    assert [c.pcode for c in stored[1].children] == ["CD7401"]


@pytest.mark.parametrize("pcode", ["C74", "74CD", "CD-74", "CD 74"])
def test_badly_formed_pcodes_are_refused(build, drc, pcode):
    with refused("pcode", "two capital letters", "e.g. CD74"):
        build.create("location", pcode=pcode, name="Kalemie", admin_level=2, parent_id=drc[1].id)


@pytest.mark.parametrize("typed", ["cd7404", " CD7404 ", "COD-7404"])
def test_a_pcode_in_lower_case_or_in_dtms_form_is_stored_in_ochas(build, drc, typed):
    """As an import stores it: DTM writes the country's ISO3 code and a dash (COD-7404 for OCHA's CD7404)."""
    assert build.create("location", pcode=typed, name="Nyunzu", admin_level=2, parent_id=drc[1].id).pcode == "CD7404"


def test_a_pcode_longer_than_its_column_is_refused_as_too_long(build, drc):
    with refused("pcode", "is too long: at most 20 characters (21 given)"):
        build.create("location", pcode="CD" + "1" * 19, name="Kalemie", admin_level=2, parent_id=drc[1].id)


@pytest.mark.parametrize("pcode", ["IQ", "IQG15", "CD7402", "CD" + "1" * 18])
def test_well_formed_pcodes_are_accepted(build, pcode):
    country = build.create("location", pcode=pcode[:2], name="Country", admin_level=0)
    if pcode == pcode[:2]:
        assert country.pcode == pcode
        return
    assert build.create("location", pcode=pcode, name="Area", admin_level=1, parent_id=country.id).pcode == pcode


@pytest.mark.parametrize("missing", ["pcode", "name", "admin_level"])
def test_location_required_fields(build, missing):
    values = dict(pcode="CD", name="République démocratique du Congo", admin_level=0) | {missing: None}
    with refused(missing, "is required"):
        build.create("location", **values)
    with refused("pcode", "is required"):
        build.create("location", pcode=" ", name="Tanganyika", admin_level=0)


def test_a_country_has_no_parent(session, build, drc):
    with refused("parent_id", "a country has no parent area"):
        build.create("location", pcode="CG", name="Congo-Brazzaville", admin_level=0, parent_id=drc[0].id)
    assert build.create("location", pcode="CG", name="Congo-Brazzaville", admin_level=0).parent_id is None


def test_below_country_a_parent_is_required(build):
    with refused("parent_id", "is required below country level"):
        build.create("location", pcode="CD74", name="Tanganyika", admin_level=1)


@pytest.mark.parametrize("level, parent_index, expected", [
    (3, 1, "must be one level up (level 2); CD74 is level 1"),
    (2, 0, "must be one level up (level 1); CD is level 0"),
    (1, 2, "must be one level up (level 0); CD7401 is level 2"),
])
def test_the_parent_is_exactly_one_level_up(build, drc, level, parent_index, expected):
    with refused("parent_id", expected):
        build.create("location", pcode="CD7499", name="Mukuku", admin_level=level, parent_id=drc[parent_index].id)


def test_a_child_in_another_country_than_its_parent_is_refused(build, drc):
    with refused("pcode", "IQG15 is not in the same country as its parent CD"):
        build.create("location", pcode="IQG15", name="Ninewa", admin_level=1, parent_id=drc[0].id)


def test_a_child_with_its_parents_pcode_is_refused(build, drc):
    with refused("pcode", "CD74 is not in the same country as its parent CD74"):
        build.create("location", pcode="CD74", name="Tanganyika bis", admin_level=2, parent_id=drc[1].id)


@pytest.mark.parametrize("level", [-1, 4, 7])
def test_admin_level_is_0_to_3(build, level):
    with refused("admin_level", "must be one of: 0, 1, 2, 3"):
        build.create("location", pcode="CD", name="DR Congo", admin_level=level)


def test_pcode_is_unique(session, build, drc):
    with refused("pcode", "another location already has pcode 'CD7401'"):
        build.create("location", pcode="CD7401", name="Kalemie (copy)", admin_level=2, parent_id=drc[1].id)
    nyunzu = build.nyunzu(drc[1])
    assert (nyunzu.pcode, nyunzu.admin_level, nyunzu.parent_id) == ("CD7404", 2, drc[1].id)
    assert count(session, m.Location) == 5


@pytest.mark.parametrize("field, value, words", [
    ("latitude", -90.5, "must be between -90 and 90"),
    ("latitude", 95.0, "must be between -90 and 90"),
    ("longitude", 181.0, "must be between -180 and 180"),
    ("longitude", -180.01, "must be between -180 and 180"),
])
def test_coordinates_out_of_range_are_refused(build, drc, field, value, words):
    with refused(field, words):
        build.create("location", pcode="CD7402", name="Nyemba", admin_level=2, parent_id=drc[1].id,
                     **{field: value})


def test_coordinates_at_the_limits_are_accepted(build, drc):
    loc = build.create("location", pcode="CD7402", name="Nyemba", admin_level=2, parent_id=drc[1].id,
                       latitude=-90.0, longitude=180.0)
    assert (loc.latitude, loc.longitude) == (-90.0, 180.0)


def test_a_location_moved_under_a_wrong_parent_is_refused_and_left_as_it_was(session, build, drc):
    country, province, territory, village = drc
    iraq = build.create("location", pcode="IQ", name="Iraq", admin_level=0)
    with refused("pcode", "CD74 is not in the same country as its parent IQ"):
        records.update(session, "location", province.id, {"parent_id": iraq.id})
    assert province.parent_id == country.id
    session.flush()
    session.expire_all()
    assert session.get(m.Location, province.id).parent_id == country.id
