"""The HXL exports: core HXL 1.1 hashtags and attributes (or x_ ones) only, no contradictory attributes, dates and
numbers where the hashtags want them, workflow columns tagged, phone numbers without the formula guard's quote;
read back with the strict reader of tests/io/hxl_strict.py (libhxl is not installed beside the workbench)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.conftest import demo_office
from tests.io.hxl_strict import read_hxl_csv, tag_problems
from workbench.io import export_records, read_table, validate
from workbench.io.export import export_kind, safe_text
from workbench.io.fields import KINDS
from workbench.io.mapping import auto_mapping
from workbench.services import workflows

D = dt.date


def test_the_strict_reader_knows_the_dictionary():
    assert tag_problems("#affected+f+children") == []
    assert tag_problems("#x_household+x_size") == []
    assert tag_problems("#description+i_ar") == []
    assert tag_problems("#household+id") == ["#household+id: #household is no core hashtag and has no x_ prefix"]
    assert tag_problems("#value+budget") == ["#value+budget: +budget is no core attribute and has no x_ prefix"]
    assert tag_problems("#affected+ind+hh") == ["#affected+ind+hh: +hh and +ind contradict each other"]


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_exported_column_has_a_core_or_custom_hashtag(name):
    _, columns = export_kind(name)
    found = {c.field.label: (c.field.hxl, tag_problems(c.field.hxl) if c.field.hxl else ["no hashtag"])
             for c in columns}
    assert {label: problems for label, (_, problems) in found.items() if problems} == {}


def test_households_read_back_strictly_with_phones_as_dialled(session, office, tmp_path):
    b = office["build"]
    b.household(office["kalonda"], code="KAL-0001", head_name="=HYPERLINK(\"http://x\")", phone="+243 812 345 678",
                size=6, latitude=-5.94751, longitude=29.19473, departure_date=D(2023, 6, 20), intention="relocate",
                destination_id=office["village"].id)
    b.household(office["kalonda"], code="KAL-0002", head_name="Ilunga Banza", phone="-1", size=3)
    out = tmp_path / "hh.csv"
    for level in ("all", "masked", "none", "anonymised"):
        assert export_records(session, "households", out, hxl=True, personal_data=level, order_by="code") == 2
        read_hxl_csv(out)
    # Anonymised, a site is the P-code of its area, and its tag says so.
    assert read_hxl_csv(out).column("#loc+code+x_site+x_area") == ["CD7401", "CD7401"]
    export_records(session, "households", out, hxl=True, personal_data="all", order_by="code")
    table = read_hxl_csv(out)
    assert table.column("#contact+phone") == ["+243 812 345 678", "-1"]
    assert table.column("#x_household+name+x_head") == ["'=HYPERLINK(\"http://x\")", "Ilunga Banza"]
    assert table.column("#x_household+x_size") == ["6", "3"]
    assert table.column("#date+x_departure") == ["2023-06-20", ""]
    # The workbench reads its HXL file back as it was written.
    result = validate(session, "households", read_table(out), on_duplicate="update")
    assert result.ok, result.rejected


def test_the_guard_still_quotes_whatever_could_be_a_formula():
    assert safe_text("+243 812 345 678", digits_unquoted=True) == "+243 812 345 678"
    assert safe_text("+243 812 345 678") == "'+243 812 345 678"        # a plain CSV, opened in a spreadsheet
    for formula in ("=1+1", "+A1", "-2+cmd|' /C calc'!A0", "@SUM(A1)", "+HYPERLINK(\"http://x\")", "\t=1"):
        assert safe_text(formula, digits_unquoted=True) == "'" + formula


def test_periods_are_dates_and_workflow_columns_are_tagged(session, office, tmp_path):
    b = office["build"]
    project = office["project"]
    indicator = b.create("indicator", project_id=project.id, code="1.1.1", title="People supported to leave sites")
    b.create("indicator_value", indicator_id=indicator.id, period_label="2023 Q1", period_start=D(2023, 1, 1),
             period_end=D(2023, 3, 31), target=Decimal("4500"), achieved=Decimal("4812"))
    out = tmp_path / "values.csv"
    export_records(session, "indicator_value", out, hxl=True)
    table = read_hxl_csv(out)
    assert (table.column("#x_period+name"), table.column("#date+start"), table.column("#date+end")) == (
        ["2023 Q1"], ["2023-01-01"], ["2023-03-31"])
    assert table.column("#indicator+num+x_achieved") == ["4812.00"]
    grant = b.approved_grant(office["iraq"], office["bartella"], approved_on=D(2023, 3, 1))
    workflows.pay_grant_tranche(session, grant.id, Decimal("5000"), D(2023, 3, 15))
    session.flush()
    out = tmp_path / "grants.csv"
    export_records(session, "grants", out, hxl=True)
    table = read_hxl_csv(out)
    assert table.column("#date+approved") == ["2023-03-01"]
    assert table.column("#status")[0] in ("disbursed", "approved")


def test_files_tagged_before_still_map_to_the_same_fields():
    columns = ["a", "b", "c", "d"]
    old = auto_mapping("households", columns, dict(zip(columns, [
        "#household+id", "#household+name+head", "#affected+ind+hh", "#meta+version"])))
    new = auto_mapping("households", columns, dict(zip(columns, [
        "#x_household+id", "#x_household+name+x_head", "#x_household+x_size", "#meta+x_version"])))
    assert old == new
    assert [old.get(c) for c in columns[:3]] == ["code", "head_name", "size"]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request, tmp_path_factory):
    """A small demo office, one per backend: every kind has records."""
    yield from demo_office(request, tmp_path_factory, 0.1)


def test_every_kind_of_the_demo_reads_back_strictly_at_every_level(demo, tmp_path):
    """Each export holds what its hashtags promise (a contact's population group is no #population count)."""
    broken = {}
    with demo.session(user="tester") as s:
        for name in sorted(KINDS):
            for level in ("all", "masked", "none", "anonymised"):
                out = tmp_path / f"{name}-{level}.csv"
                assert export_records(s, name, out, hxl=True, personal_data=level) > 0, name
                try:
                    read_hxl_csv(out)
                except AssertionError as problems:
                    broken[f"{name} {level}"] = str(problems).splitlines()[:3]
        s.rollback()
    assert broken == {}


def test_libhxl_reads_the_exports_cleanly_when_it_is_installed(session, office, tmp_path):
    hxl = pytest.importorskip("hxl")  # HXL's reference library; not among the workbench's packages
    office["build"].household(office["kalonda"], code="KAL-0001", phone="+243 812 345 678")
    for name in ("households", "sites", "projects", "locations"):
        out = tmp_path / f"{name}.csv"
        export_records(session, name, out, hxl=True)
        found = []
        source = hxl.data(str(out), hxl.InputOptions(allow_local=True))
        assert all(c.tag for c in source.columns)
        hxl.schema(callback=found.append).validate(hxl.data(str(out), hxl.InputOptions(allow_local=True)))
        assert [e.message for e in found if e.rule.severity == "error"] == []
