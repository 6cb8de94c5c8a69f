"""Files in the layouts real offices bring (OCHA COD-AB workbooks, HDX's global P-code list, IOM DTM site lists, HXL
hashtag-only files) import with no --map and no hand edit: all or nothing, each refused row named with its row."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.builders import count
from tests.io.conftest import write_xlsx
from workbench import models as m
from workbench.cli import main
from workbench.io import auto_mapping, import_rows, read_table, validate, write_rejected
from workbench.services.errors import DomainError

D = dt.date
DATA = Path(__file__).parent / "data"
COD_AB = DATA / "irq_adminboundaries_tabulardata.xlsx"


def location(session, pcode):
    return session.scalars(select(m.Location).where(m.Location.pcode == pcode)).one_or_none()


def imported(session, kind, path, **options):
    table = read_table(path, levels=(kind == "locations"))
    result = validate(session, kind, table, **options)
    assert result.ok, [str(p) for p in result.rejected]
    import_rows(session, result)
    return table, result


# --- OCHA COD-AB tabular workbooks -------------------------------------------------------------------------

def test_a_cod_ab_workbook_imports_every_level_from_its_sheets(session):
    table, result = imported(session, "locations", COD_AB)
    assert table.sheets == ["ADM0", "ADM1", "ADM2", "ADM3"] and result.summary() == \
        "8 rows: 8 to create, 0 to update, 0 duplicates skipped, 0 rejected"
    assert result.mapping == {"ADMn_EN": "name", "ADMn_AR": "name_local", "ADMn_PCODE": "pcode",
                              "ADMn-1_PCODE": "parent", "Admin level": "admin_level"}
    iraq, ninewa, hamdaniya, bartella = (location(session, p) for p in ("IQ", "IQG15", "IQG15Q03", "IQG15Q03N02"))
    assert (iraq.name, iraq.name_local, iraq.admin_level, iraq.parent_id) == ("Iraq", "العراق", 0, None)
    assert (ninewa.name, ninewa.name_local, ninewa.admin_level, ninewa.parent_id) == ("Ninewa", "نينوى", 1, iraq.id)
    assert (hamdaniya.admin_level, hamdaniya.parent_id) == (2, ninewa.id)
    assert (bartella.name, bartella.name_local, bartella.admin_level, bartella.parent_id) == (
        "Bartella", "برطلة", 3, hamdaniya.id)
    assert location(session, "IQG15Q05").name == "Mosul"


def test_a_refused_row_of_a_cod_ab_sheet_is_named_by_its_sheet_and_row_and_nothing_is_written(session, tmp_path):
    path = tmp_path / "irq.xlsx"
    shutil.copy(COD_AB, path)
    book = openpyxl.load_workbook(path)
    book["ADM1"]["C3"] = "iq-g13"             # Kirkuk, row 3 of sheet ADM1
    book["ADM2"]["K3"] = "IQG99"              # Al-Hamdaniya's governorate is not in the file
    book["ADM3"]["K2"] = "IQG15Q09"           # nor Bartella's district
    book.save(path)
    before = count(session, m.Location)
    result = validate(session, "locations", read_table(path, levels=True))
    assert [str(p) for p in result.rejected] == [
        "row 3 of sheet ADM1, pcode: must be two capital letters (the country) followed by letters or digits, "
        "e.g. CD74",
        "row 3 of sheet ADM2, parent: unknown P-code 'IQG99'",
        "row 2 of sheet ADM3, parent: unknown P-code 'IQG15Q09'",
        "row 3 of sheet ADM3, parent: its parent IQG15Q03 (row 3 of sheet ADM2) is rejected",
    ]
    # The rejected rows go back to the user with their sheet and row.
    rejected = tmp_path / "rejected.xlsx"
    write_rejected(result, rejected)
    back = read_table(rejected)
    assert list(back.frame["Sheet"]) == ["ADM1", "ADM2", "ADM3", "ADM3"] and list(back.frame["Row"]) == [3, 3, 2, 3]
    assert list(back.frame["ADMn_EN"]) == ["Kirkuk", "Al-Hamdaniya", "Bartella", "Markaz Al-Hamdaniya"]
    with pytest.raises(DomainError):
        import_rows(session, result)
    assert count(session, m.Location) == before


def test_a_cod_ab_workbook_from_the_command_line_without_a_map(fresh_url, capsys):
    assert main(["db", "upgrade", "--db", fresh_url]) == 0
    code = main(["import", "locations", str(COD_AB), "--db", fresh_url])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert "sheets ADM0, ADM1, ADM2, ADM3: 8 rows: 8 to create" in out
    assert "Imported from irq_adminboundaries_tabulardata.xlsx: 8 created" in out
    assert "ADMn_PCODE -> pcode" in out   # the mapping used is printed


def test_a_country_sheet_alone_without_a_parent_column_is_written(session, tmp_path):
    """The country row has no parent column at all: its parent is written as NULL (it crashed with 'boolean value
    of NA is ambiguous')."""
    path = write_xlsx(tmp_path / "adm0.xlsx", [["ADM0_EN", "ADM0_PCODE", "Admin level"], ["Iraq", "IQ", 0]])
    table = read_table(path)
    result = validate(session, "locations", table, {"ADM0_EN": "name", "ADM0_PCODE": "pcode",
                                                    "Admin level": "admin_level"})
    assert result.ok
    import_rows(session, result)
    assert (location(session, "IQ").name, location(session, "IQ").parent_id) == ("Iraq", None)


# --- HDX global P-code list ------------------------------------------------------------------------------

def test_the_global_pcode_list_attaches_admin_1_rows_to_the_country_of_their_iso3_parent(session, office):
    path = DATA / "global_pcodes_adm_1_2-excerpt.csv"
    table = read_table(path)
    assert auto_mapping("locations", table.columns, table.hxl) == {
        "Admin Level": "admin_level", "P-Code": "pcode", "Name": "name", "Parent P-Code": "parent"}
    _, result = imported(session, "locations", path)
    assert result.summary() == "7 rows: 6 to create, 0 to update, 1 duplicates skipped, 0 rejected"
    congo, iraq = location(session, "CD"), location(session, "IQ")
    assert location(session, "CD61").parent_id == congo.id and location(session, "CD62").parent_id == congo.id
    assert location(session, "IQG13").parent_id == iraq.id and location(session, "IQG01").admin_level == 1
    assert location(session, "IQG13Q01").parent_id == location(session, "IQG13").id
    assert location(session, "IQG15Q05").parent_id == office["bartella"].parent.parent.id  # Ninewa


def test_an_iso3_parent_unknown_as_a_country_is_refused_with_its_row(session, office, tmp_path):
    path = tmp_path / "pcodes.csv"
    path.write_text("Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n"
                    "#country+code,#geo+admin_level,#adm+code,#adm+name,#adm+code+parent,#date+start\n"
                    "AFG,1,AF01,Kabul,AFG,2021-11-17\n", encoding="utf-8")
    result = validate(session, "locations", read_table(path))
    assert [str(p) for p in result.rejected] == ["row 3, parent: unknown P-code 'AFG'"]


# --- HXL hashtags as the only header row ---------------------------------------------------------------

def test_a_file_whose_only_header_is_hxl_hashtags_takes_the_most_specific_level(session, office):
    path = DATA / "sites-hxl-hashtags-only.csv"
    table = read_table(path)
    assert table.hxl["#adm2+code"] == "#adm2+code" and len(table.frame) == 2
    mapping = auto_mapping("sites", table.columns, table.hxl)
    assert mapping["#adm2+code"] == "location" and "#adm1+code" not in mapping
    _, result = imported(session, "sites", path)
    katanika = session.scalars(select(m.Site).where(m.Site.name == "Katanika")).one()
    assert (katanika.location_id, katanika.site_type, katanika.opened_on, katanika.managing_agency) == (
        office["territory"].id, "spontaneous site", D(2021, 2, 14), "IOM")


def test_hashtag_only_locations_take_the_lower_level_as_the_parent(session, office):
    path = DATA / "locations-hxl-hashtags-only.csv"
    table = read_table(path)
    assert auto_mapping("locations", table.columns, table.hxl) == {
        "#adm1+code": "parent", "#adm2+code": "pcode", "#adm2+name": "name", "#adm2+name+i_ar": "name_local",
        "#geo+admin_level": "admin_level"}
    imported(session, "locations", path)
    mosul = location(session, "IQG15Q05")
    assert (mosul.name, mosul.name_local, mosul.parent_id) == ("Mosul", "الموصل", office["bartella"].parent.parent.id)


# --- DTM P-codes ----------------------------------------------------------------------------------------

def test_dtm_pcodes_are_read_as_ocha_pcodes(session, office):
    imported(session, "locations", COD_AB)            # Iraq and Ninewa are there already: skipped
    path = DATA / "dtm-irq-site-list.csv"
    table = read_table(path)
    mapping = auto_mapping("sites", table.columns, table.hxl)
    assert mapping["District Pcode"] == "location" and "Governorate Pcode" not in mapping
    imported(session, "sites", path)
    hasansham = session.scalars(select(m.Site).where(m.Site.name == "Hasansham U2")).one()
    informal = session.scalars(select(m.Site).where(m.Site.name == "Al-Jadida informal site")).one()
    assert (hasansham.location_id, hasansham.site_type) == (location(session, "IQG15Q03").id, "planned camp")
    assert (informal.location_id, informal.site_type) == (location(session, "IQG15Q05").id, "spontaneous site")
    # The site's DTM ID (SSID) and where it lies come along, with no --map.
    assert (mapping["SSID"], mapping["Latitude"], mapping["Longitude"]) == ("dtm_site_id", "latitude", "longitude")
    assert (hasansham.dtm_site_id, hasansham.latitude, hasansham.longitude) == ("IRQ-S-0101", 36.2996, 43.6136)
    assert (informal.dtm_site_id, informal.latitude, informal.longitude) == ("IRQ-S-0102", 36.1906, 43.3589)


def test_a_dtm_site_id_another_site_holds_is_refused_with_its_row(session, office, tmp_path):
    """A site list naming a new site by an SSID another site holds already is refused, row by row; the site that
    holds it may be updated with its own SSID."""
    imported(session, "locations", COD_AB)
    imported(session, "sites", DATA / "dtm-irq-site-list.csv")
    path = tmp_path / "sites-again.csv"
    path.write_text("SSID,Site Name,Site Type,District Pcode,Site Opening Date\n"
                    "IRQ-S-0101,Hasansham U2,Planned,IRQ-G15Q03,2016-11-03\n"
                    "IRQ-S-0101,Hasansham U3,Planned,IRQ-G15Q03,2016-12-01\n"
                    "IRQ-S-0103,Khazer M1,Planned,IRQ-G15Q03,2016-12-01\n"
                    "IRQ-S-0103,Khazer M2,Planned,IRQ-G15Q03,2016-12-02\n", encoding="utf-8")
    result = validate(session, "sites", read_table(path), on_duplicate="update")
    assert [(p.row, p.reason) for p in result.rejected] == [
        (3, "another site already has DTM site ID 'IRQ-S-0101'"),
        (5, "another site already has DTM site ID 'IRQ-S-0103'"),
    ]
    assert len(result.updates) == 1 and len(result.creates) == 1


def test_a_dtm_pcode_of_a_new_location_is_stored_in_ochas_form(session, office, tmp_path):
    path = tmp_path / "dtm.csv"
    path.write_text("P-code,Name,Admin level,Parent P-code\nIRQ-G15Q05,Mosul,2,IRQ-G15\niqg15q07,Telafar,2,iqg15\n",
                    encoding="utf-8")
    imported(session, "locations", path)
    ninewa = location(session, "IQG15")
    assert location(session, "IQG15Q05").parent_id == ninewa.id
    assert location(session, "IQG15Q07").parent_id == ninewa.id


# --- the office's own site workbook ------------------------------------------------------------------------

SITE_WORKBOOK = [
    ["Nom du site", "Type de site", "Code P", "Date d'ouverture", "Statut", "Date de fermeture"],
    ["Cinquantenaire", "Site spontané", "CD7401", D(2020, 3, 1), "Fermé", D(2023, 9, 30)],
    ["Kalunga", "Site spontané", "CD7401", D(2020, 5, 12), "En fermeture", D(2023, 10, 15)],
    ["Kilwa", "Site spontané", "CD7401", D(2021, 1, 4), "Ouvert", None],
]


def test_a_site_workbook_brings_its_status_and_closure_dates_through_the_workflow(session, office, tmp_path):
    """The office's site workbook (French headers, "Code P"): a closed site is stored closed, with its dated steps,
    not as open; a site still closing is closing; an open one stays open with no step."""
    path = write_xlsx(tmp_path / "sites.xlsx", SITE_WORKBOOK, sheet="Sites")
    table, result = imported(session, "sites", path)
    assert {"Statut": "status", "Date de fermeture": "closed_on", "Code P": "location"}.items() <= \
        auto_mapping("sites", table.columns, table.hxl).items()
    session.expire_all()
    sites = {s.name: s for s in session.scalars(select(m.Site).where(m.Site.name.in_(
        ["Cinquantenaire", "Kalunga", "Kilwa"])))}
    assert (sites["Cinquantenaire"].status, sites["Cinquantenaire"].closed_on) == ("closed", D(2023, 9, 30))
    assert [(c.from_status, c.to_status, c.changed_on) for c in sites["Cinquantenaire"].status_changes] == [
        ("open", "closing", D(2023, 9, 30)), ("closing", "closed", D(2023, 9, 30))]
    assert (sites["Kalunga"].status, sites["Kalunga"].closed_on) == ("closing", None)
    assert [(c.to_status, c.changed_on) for c in sites["Kalunga"].status_changes] == [("closing", D(2023, 10, 15))]
    assert (sites["Kilwa"].status, sites["Kilwa"].status_changes) == ("open", [])


def test_a_closure_before_the_opening_or_without_a_date_is_refused_and_nothing_written(session, office, tmp_path):
    rows = [SITE_WORKBOOK[0],
            ["Cinquantenaire", "Site spontané", "CD7401", D(2020, 3, 1), "Fermé", D(2019, 9, 30)],
            ["Kalunga", "Site spontané", "CD7401", D(2020, 5, 12), "Fermé", None],
            ["Kilwa", "Site spontané", "CD7401", D(2021, 1, 4), "Ouvert", None]]
    path = write_xlsx(tmp_path / "sites.xlsx", rows, sheet="Sites")
    before = count(session, m.Site)
    result = validate(session, "sites", read_table(path))
    assert [(p.row, p.field, p.reason) for p in result.rejected] == [
        (2, "closed_on", "cannot be before the opening date (2020-03-01)"),
        (3, "closed_on", "is required for a site that is closed: the date of its closure"),
    ]
    with pytest.raises(DomainError):
        import_rows(session, result)
    assert count(session, m.Site) == before


def test_an_update_closes_an_existing_site_through_its_workflow(session, office, tmp_path):
    rows = [["Site", "Site type", "P-code", "Opened on", "Status", "Closure date"],
            ["Mukuku", "spontaneous site", "CD7401", D(2019, 6, 1), "closed", D(2023, 6, 30)]]
    path = write_xlsx(tmp_path / "closures.xlsx", rows)
    _, result = imported(session, "sites", path, on_duplicate="update")
    session.expire_all()
    mukuku = session.get(m.Site, office["mukuku"].id)
    assert (mukuku.status, mukuku.closed_on, len(mukuku.status_changes)) == ("closed", D(2023, 6, 30), 2)
