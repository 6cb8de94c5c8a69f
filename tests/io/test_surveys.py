"""KoboToolbox and ODK Central exports, in their publishers' layouts (tests/io/data/README.md), import with no --map:
meta columns never taken for fields, repeat groups joined to the right rows at any depth, select-multiple answers
and coded choices read (or refused in one line), rosters counted by what their questions mean."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.builders import count
from workbench import models as m
from workbench.cli import main
from workbench.io import import_rows, read_table, validate
from workbench.io.mapping import table_mapping
from workbench.io.reading import ImportFileError
from workbench.services.errors import DomainError

D = dt.date
DATA = Path(__file__).parent / "data"
KOBO = DATA / "kobo-enquete-menages-kalemie.xlsx"
FORM = DATA / "kobo-enquete-menages-kalemie-xlsform.xlsx"
KOBO_CSV = DATA / "kobo-enquete-menages-kalemie.csv"
ODK = DATA / "enquete_menages_kalemie.zip"
MAIN_SHEET = "Enquête ménages déplacés - K..."
SHELTERS = "abris_occupes_par_le_menage_..."
OCCUPANTS = "occupants_de_l_abri_membres_..."


def household(session, code):
    return session.scalars(select(m.Household).where(m.Household.code == code)).one()


def sadd(session, code):
    return household(session, code).sadd_values()


EXPECTED = {
    "KAL-0301": {"girls": 1, "boys": 1, "women": 1, "men": 0, "older_women": 0, "older_men": 0},
    "KAL-0302": {"girls": 0, "boys": 0, "women": 0, "men": 0, "older_women": 1, "older_men": 1},
    "KAL-0303": {"girls": 1, "boys": 1, "women": 1, "men": 1, "older_women": 0, "older_men": 0},
}


# --- KoboToolbox -----------------------------------------------------------------------------------------------

def test_kobo_meta_columns_never_map_to_a_field():
    table = read_table(KOBO, form=FORM)
    mapping = table_mapping("households", table)
    assert mapping == {"menage/code_menage": "code", "menage/nom_du_chef": "head_name",
                       "menage/sexe_du_chef": "head_sex", "menage/taille_du_menage": "size", "menage/site": "site",
                       "menage/date_d_enregistrement": "registered_on", "menage/vulnerabilites": "vulnerabilities",
                       "Girls (0-17)": "girls", "Boys (0-17)": "boys", "Women (18-59)": "women", "Men (18-59)": "men",
                       "Older women (60+)": "older_women", "Older men (60+)": "older_men"}
    for meta in ("_status", "start", "end", "today", "deviceid", "__version__", "_validation_status", "_id",
                 "_uuid", "_submission_time", "_notes", "_index", "menage/vulnerabilites/female_headed"):
        assert meta in table.meta
    # The same meta columns, were they mapped by hand, are still the user's choice (--map wins).
    for kind in ("works", "indicators", "sites"):
        assert not set(table_mapping(kind, table)) & set(table.meta)


def test_a_kobo_household_survey_with_a_roster_two_repeats_down_imports_without_a_map(session, office):
    table = read_table(KOBO, form=FORM)
    assert table.sheet == MAIN_SHEET and table.sheets == [MAIN_SHEET, SHELTERS, OCCUPANTS]
    assert table.repeat_groups == [OCCUPANTS]
    assert ("Members of repeat group 'occupants_de_l_abri_membres_...' counted by sex "
            "(abris_occupes_par_le_menage_kalemie/occupants_de_l_abri_membres_du_menage/sexe_occupant) and age "
            "(abris_occupes_par_le_menage_kalemie/occupants_de_l_abri_membres_du_menage/age_en_annees)") in table.notes
    result = validate(session, "households", table)
    assert result.ok, [str(p) for p in result.rejected]
    assert import_rows(session, result).created == 3
    for code, counts in EXPECTED.items():
        assert sadd(session, code) == counts
    first = household(session, "KAL-0301")
    assert (first.head_sex, first.status, first.vulnerabilities, first.site_id) == (
        "female", "displaced", "female-headed, chronic illness", office["kalonda"].id)
    assert household(session, "KAL-0302").head_sex == "male"
    assert household(session, "KAL-0303").vulnerabilities == "disability"


def test_a_third_level_repeat_sheet_is_joined_through_its_parent_not_to_the_main_sheet():
    # Occupants name their shelter by _parent_index; shelter 3 belongs to household 2. The old reader joined the
    # occupants' _parent_index to the main sheet's _index: shelter 3's occupants went to household 3.
    table = read_table(KOBO, sheet=OCCUPANTS, form=FORM)
    assert table.repeat_groups == [SHELTERS, MAIN_SHEET]
    assert list(table.frame["menage/code_menage"]) == ["KAL-0301"] * 3 + ["KAL-0302"] * 2 + ["KAL-0303"] * 4
    assert list(table.frame["abris_occupes_par_le_menage_kalemie/type_abri"]) == [
        "bache", "bache", "case_paille", "bache", "bache", "maison_hote", "maison_hote", "maison_hote", "maison_hote"]


def test_a_repeat_sheet_whose_cut_name_two_sheets_could_be_is_refused_in_one_line(tmp_path):
    path = tmp_path / "kobo.xlsx"
    book = openpyxl.load_workbook(KOBO)
    # A second repeat group whose name starts like the shelters' one: KoboToolbox names its sheet
    # 'abris_occupes_par_le_menag... (1)' (formpack's unique_name_for_xls), so both sheets could be the parent.
    other = book.create_sheet("abris_occupes_par_le_men... (1)", 2)
    other.append(["abris_occupes_par_le_menage_avant_deplacement/note", "_index", "_parent_table_name",
                  "_parent_index"])
    other.append(["-", 1, "Enquête ménages déplacés - Kalemie 2023", 1])
    book.save(path)
    with pytest.raises(ImportFileError) as refused:
        read_table(path, form=FORM)
    assert str(refused.value) == (
        "kobo.xlsx: the rows of sheet 'occupants_de_l_abri_membres_...' belong to the table "
        "'abris_occupes_par_le_menage_kalemie', whose name KoboToolbox cut to 31 characters, and sheets "
        "'abris_occupes_par_le_menage_...' and 'abris_occupes_par_le_men... (1)' could both be it; export again "
        "with shorter repeat group names (or as XML headers), so each sheet is named whole")


def test_a_repeat_sheet_whose_parent_no_sheet_is_is_refused(tmp_path):
    path = tmp_path / "kobo.xlsx"
    book = openpyxl.load_workbook(KOBO)
    del book[SHELTERS]
    book.save(path)
    with pytest.raises(ImportFileError, match="belong to the table 'abris_occupes_par_le_menage_kalemie', and no "
                                              "sheet is that table"):
        read_table(path, sheet=OCCUPANTS, form=FORM)


def test_an_unjoinable_repeat_of_other_questions_does_not_stop_the_main_sheet(tmp_path):
    path = tmp_path / "kobo.xlsx"
    book = openpyxl.load_workbook(KOBO)
    visits = book.create_sheet("suivi_des_visites_du_menage_...")
    visits.append(["suivi/date_visite", "_index", "_parent_table_name", "_parent_index"])
    visits.append(["2023-06-01", 1, "visites_de_suivi_du_menage_kalemie_2023", 1])
    book.save(path)
    assert read_table(path, form=FORM).roster[0] == OCCUPANTS
    with pytest.raises(ImportFileError, match="belong to the table 'visites_de_suivi_du_menage_kalemie_2023', and no "
                                              "sheet is that table"):
        read_table(path, sheet="suivi_des_visites_du_menage_...", form=FORM)


def test_coded_sex_without_the_form_is_refused_in_one_line(session, office):
    with pytest.raises(ImportFileError) as refused:
        read_table(KOBO)
    assert "the sex of the members in 'occupants_de_l_abri_membres_...' (abris_occupes_par_le_menage_kalemie/" \
           "occupants_de_l_abri_membres_du_menage/sexe_occupant) is typed by codes (1, 2); give the form's " \
           "XLSForm (--form)" in str(refused.value)
    # Kobo's CSV export (the main section only): the head's sex as codes.
    table = read_table(KOBO_CSV)
    assert table.origin == "KoboToolbox" and table.separator == ";"
    with pytest.raises(DomainError) as refused:
        validate(session, "households", table)
    assert str(refused.value) == (
        "head_sex: column 'menage/sexe_du_chef' holds codes (1, 2), not the words of a head_sex: female, male; "
        "import it with --form, the XLSForm whose choices say what each code means, or export the file with labels")
    result = validate(session, "households", read_table(KOBO_CSV, form=FORM))
    assert result.ok, [str(p) for p in result.rejected]


def test_a_roster_without_an_age_question_is_not_counted_and_says_so(tmp_path):
    path = tmp_path / "kobo.xlsx"
    book = openpyxl.load_workbook(KOBO)
    sheet = book[OCCUPANTS]
    sheet.cell(1, 3).value = "abris_occupes_par_le_menage_kalemie/occupants_de_l_abri_membres_du_menage/annee_naissance"
    book.save(path)
    table = read_table(path, form=FORM)
    assert "Girls (0-17)" not in table.columns and table.roster is None
    assert ("The members of repeat group 'occupants_de_l_abri_membres_...' are not counted: it has "
            "abris_occupes_par_le_menage_kalemie/occupants_de_l_abri_membres_du_menage/sexe_occupant but no question "
            "of age") in table.notes


def test_select_multiple_as_option_columns_only_is_read(session, office, tmp_path):
    # Exported with "details" only: no answer column, one 1/0 column per option.
    path = tmp_path / "kobo.xlsx"
    book = openpyxl.load_workbook(KOBO)
    sheet = book[MAIN_SHEET]
    column = next(c[0].column for c in sheet.iter_cols(min_row=1, max_row=1) if c[0].value == "menage/vulnerabilites")
    sheet.delete_cols(column)
    book.save(path)
    table = read_table(path, form=FORM)
    assert "menage/vulnerabilites: read from its option columns" in table.notes[0] or any(
        n.startswith("menage/vulnerabilites: read from its option columns") for n in table.notes)
    result = validate(session, "households", table)
    assert result.ok, [str(p) for p in result.rejected]
    import_rows(session, result)
    assert household(session, "KAL-0301").vulnerabilities == "female-headed, chronic illness"
    assert household(session, "KAL-0302").vulnerabilities == ""


def test_the_command_line_prints_the_mapping_and_what_it_counted(fresh_url, capsys):
    assert main(["db", "upgrade", "--db", fresh_url]) == 0
    main(["import", "households", str(KOBO), "--form", str(FORM), "--db", fresh_url, "--dry-run"])
    out, _ = capsys.readouterr()
    assert "Columns mapped: menage/code_menage -> code, menage/nom_du_chef -> head_name" in out
    assert "_status ->" not in out and "start ->" not in out
    assert "Members of repeat group 'occupants_de_l_abri_membres_...' counted by sex" in out
    assert "KoboToolbox columns about the submission, never imported: start, end, today, deviceid" in out
    # Any column can still be given by hand.
    main(["import", "households", str(KOBO), "--form", str(FORM), "--db", fresh_url, "--dry-run",
          "--map", "_submitted_by=phone"])
    out, _ = capsys.readouterr()
    assert "_submitted_by -> phone" in out


def test_indicator_values_without_a_project_column_are_refused_in_one_line(fresh_url, tmp_path, capsys):
    assert main(["db", "upgrade", "--db", fresh_url]) == 0
    path = tmp_path / "indicators.csv"
    path.write_text("Indicator,Period start,Target,Achieved\nIND-1,2023-01-01,100,50\n", encoding="utf-8")
    assert main(["import", "indicators", str(path), "--db", fresh_url, "--dry-run"]) == 1
    _, err = capsys.readouterr()
    assert err.strip().splitlines() == [
        "workbench: refused: project: an indicator is named by its code within its project, and no column of the "
        "file gives the project (its code, e.g. DRC-ECHO-2023-01): add one, or map it with --map COLUMN=project"]


# --- ODK Central -------------------------------------------------------------------------------------------------

def test_an_odk_central_zip_of_csv_files_imports_with_its_repeats(session, office):
    table = read_table(ODK)
    assert table.origin == "ODK Central" and table.sheet == "enquete_menages_kalemie"
    assert table.sheets == ["enquete_menages_kalemie", "enquete_menages_kalemie-abris_occupes_par_le_menage_kalemie",
                            "enquete_menages_kalemie-abris_occupes_par_le_menage_kalemie-"
                            "occupants_de_l_abri_membres_du_menage"]
    mapping = table_mapping("households", table)
    assert mapping["menage-code_menage"] == "code" and mapping["menage-taille_du_menage"] == "size"
    assert mapping["menage-vulnerabilites"] == "vulnerabilities" and mapping["Girls (0-17)"] == "girls"
    for meta in ("Status", "ReviewState", "SubmissionDate", "KEY", "meta-instanceID", "start", "deviceid",
                 "DeviceID", "FormVersion", "SubmitterName"):
        assert meta in table.meta and meta not in mapping
    result = validate(session, "households", table)
    assert result.ok, [str(p) for p in result.rejected]
    assert import_rows(session, result).created == 3
    for code, counts in EXPECTED.items():
        assert sadd(session, code) == counts
    first = household(session, "KAL-0301")
    assert (first.status, first.vulnerabilities) == ("displaced", "female-headed, chronic illness")


def test_an_odk_repeat_file_gets_its_parents_columns_by_parent_key():
    name = "enquete_menages_kalemie-abris_occupes_par_le_menage_kalemie-occupants_de_l_abri_membres_du_menage"
    table = read_table(ODK, sheet=name)
    assert list(table.frame["menage-code_menage"]) == ["KAL-0301"] * 3 + ["KAL-0302"] * 2 + ["KAL-0303"] * 4
    assert "ReviewState" in table.meta and "Status" in table.meta


def test_an_odk_zip_names_its_files_when_one_is_asked_that_it_lacks(tmp_path):
    shutil.copy(ODK, tmp_path / "odk.zip")
    with pytest.raises(ImportFileError, match="odk.zip has no file members.csv; its files are: "
                                              "enquete_menages_kalemie.csv, "):
        read_table(tmp_path / "odk.zip", sheet="members")


def test_nothing_is_written_when_a_row_is_refused(session, office):
    before = count(session, m.Household)
    table = read_table(KOBO, form=FORM)
    mapping = {c: f for c, f in table_mapping("households", table).items() if f != "site"} | {"_submitted_by": "site"}
    result = validate(session, "households", table, mapping=mapping)
    assert [str(p) for p in result.rejected] == [f"row {r}, site: unknown site 'enqueteur_kalemie'" for r in (2, 3, 4)]
    assert not result.ok
    with pytest.raises(DomainError):
        import_rows(session, result)
    assert count(session, m.Household) == before
