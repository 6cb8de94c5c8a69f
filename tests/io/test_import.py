"""Importing real-looking files of every record type: exactly what is written, and nothing when rows are rejected."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.builders import audit, count
from tests.io.conftest import write_xlsx
from workbench import models as m
from workbench.io import (
    ImportCancelled,
    auto_mapping,
    import_rows,
    load_mapping,
    mapping_names,
    read_table,
    save_mapping,
    validate,
    write_rejected,
)
from workbench.services.errors import DomainError

D = dt.date
DATA = Path(__file__).parent / "data"
FRENCH = ["Code ménage", "Nom du chef de ménage", "Sexe", "Taille du ménage", "Site", "Date d'enregistrement",
          "Intention", "Visite go and see", "Date de départ", "Village de destination", "Téléphone",
          "Filles", "Garçons", "Femmes", "Hommes", "Femmes âgées", "Hommes âgés"]


def households(session, code):
    return session.scalars(select(m.Household).where(m.Household.code == code)).one()


def run(session, kind, path, **options):
    table = read_table(path, sheet=options.pop("sheet", None))
    result = validate(session, kind, table, options.pop("mapping", None), **options)
    return table, result


def test_french_households_are_written_exactly_with_their_audit(session, office, tmp_path):
    path = write_xlsx(tmp_path / "ménages kalonda.xlsx", [
        FRENCH,
        ["KAL-0001", "Mwamba Kasongo", "F", 5, "Kalonda", "10/05/2022", "retour", "oui", None, None,
         "+243 812 345 678", 2, 1, 1, 1, 0, 0],
        ["KAL-0002", "Ilunga Banza", "Homme", "3", "Mukuku", D(2022, 5, 11), "relocalisation", "non",
         "20 juin 2023", "CD740105", None, None, None, None, None, None, None],
    ], sheet="Ménages")
    table, result = run(session, "households", path)
    assert result.ok and result.summary() == \
        "2 rows: 2 to create, 0 to update, 0 duplicates skipped, 0 rejected"
    summary = import_rows(session, result)
    assert (summary.created, summary.updated, summary.skipped, summary.rejected) == (2, 0, 0, 0)
    first, second = households(session, "KAL-0001"), households(session, "KAL-0002")
    assert (first.head_name, first.head_sex, first.size, first.site_id, first.registered_on, first.intention,
            first.went_go_and_see, first.phone, first.status, first.vulnerabilities) == (
        "Mwamba Kasongo", "female", 5, office["kalonda"].id, D(2022, 5, 10), "return", True, "+243 812 345 678",
        "displaced", "")
    assert first.sadd_values() == {"girls": 2, "boys": 1, "women": 1, "men": 1, "older_women": 0, "older_men": 0}
    assert (second.head_sex, second.site_id, second.intention, second.departure_date, second.destination_id,
            second.went_go_and_see, second.girls, second.version) == (
        "male", office["mukuku"].id, "relocate", D(2023, 6, 20), office["village"].id, False, None, 1)
    entries = audit(session, "households", first.id, "create")
    assert len(entries) == 1 and entries[0].source == "ménages kalonda.xlsx" and entries[0].user_name == "tester"
    assert '"head_name": "Mwamba Kasongo"' in entries[0].new_value.replace('":"', '": "')
    # Each imported record has its own global id, a random version-4 UUID as the window's records get.
    ids = [uuid.UUID(h.uid) for h in (first, second)]
    assert ids[0] != ids[1] and all(u.version == 4 and u.variant == uuid.RFC_4122 and u.hex == h.uid
                                    for u, h in zip(ids, (first, second)))


def test_a_rejected_row_means_nothing_is_written(session, office, tmp_path):
    before = count(session, m.Household), count(session, m.AuditEntry)
    path = write_xlsx(tmp_path / "hh.xlsx", [
        FRENCH[:9] + ["Village de destination"],
        ["KAL-0001", "Mwamba", "F", 5, "Kalonda", "2022-05-10", "retour", "oui", None, None],
        ["KAL-0002", "Ilunga", "M", "cinq", "Kalonda", "2022-05-10", "retour", "oui", None, None],
        ["KAL-0003", "Kyungu", "M", 4, "Kilwa", "2022-05-10", "retour", "oui", None, None],
        ["KAL-0004", "Ngoy", "F", 4, "Kalonda", "2022-05-10", "retour", "peut-être", None, None],
        ["KAL-0005", "Banza", "F", 4, "Kalonda", "2022-05-10", "retour", "non", "2022-05-01", "CD740105"],
        ["KAL-0006", "Mujinga", "X", 4, "Kalonda", "2022-05-10", "retour", "non", None, None],
        ["KAL-0007", None, "F", 4, "Kalonda", "2022-05-10", "retour", "non", "2023-01-01", None],
    ])
    _, result = run(session, "households", path)
    assert [str(p) for p in result.rejected] == [
        "row 3, size: must be a whole number, not 'cinq'",
        "row 4, site: unknown site 'Kilwa'",
        "row 5, went_go_and_see: must be yes or no, not 'peut-être'",
        "row 6, departure_date: cannot be before the household's registration date (2022-05-10)",
        "row 7, head_sex: must be one of: female, male (not 'X')",
        "row 8, head_name: is required",
    ]
    assert result.rejected[0].column == "Taille du ménage"
    with pytest.raises(DomainError, match="6 rows of hh.xlsx were rejected, so nothing was imported"):
        import_rows(session, result)
    assert (count(session, m.Household), count(session, m.AuditEntry)) == before


def test_valid_rows_only_and_the_rejected_rows_for_correction(session, office, tmp_path):
    path = write_xlsx(tmp_path / "hh.xlsx", [
        ["Household ID", "Head of household", "Sex of head", "Household size", "Site", "Registered on"],
        ["#household+id", "#household+name+head", "#household+sex+head", "#affected+ind+hh", "#loc+name+site",
         "#date+registered"],
        ["KAL-0001", "Mwamba", "female", 5, "Kalonda", D(2022, 5, 10)],
        ["KAL-0002", "Ilunga", "male", 0, "Kalonda", D(2022, 5, 10)],
    ])
    table, result = run(session, "households", path)
    assert [str(p) for p in result.rejected] == ["row 4, size: must be at least 1"]
    summary = import_rows(session, result, valid_only=True)
    assert (summary.created, summary.rejected) == (1, 1)
    assert count(session, m.Household, m.Household.code == "KAL-0002") == 0
    out = tmp_path / "rejected.xlsx"
    assert write_rejected(result, out) == 1
    again = read_table(out)
    assert again.columns == ["Row", "Household ID", "Head of household", "Sex of head", "Household size", "Site",
                             "Registered on", "Reason"]
    assert again.hxl["Household ID"] == "#household+id"
    row = again.frame.iloc[0]
    assert (row["Row"], row["Household ID"], row["Reason"]) == (4, "KAL-0002", "size: must be at least 1")
    # Corrected and imported again: the Row and Reason columns are not mapped to anything.
    again.frame.loc[again.frame.index[0], "Household size"] = 2
    result = validate(session, "households", again)
    assert result.ok and import_rows(session, result).created == 1
    assert households(session, "KAL-0002").size == 2


def test_duplicates_are_skipped_or_update_the_record(session, office, tmp_path):
    office["build"].household(office["kalonda"], code="KAL-0001", size=5)
    rows = [["Household ID", "Head of household", "Sex of head", "Household size", "Site", "Registered on"],
            ["KAL-0001", "Mwamba Kasongo", "female", 6, "Kalonda", D(2022, 5, 10)],
            ["KAL-0009", "Kyungu", "male", 2, "Kalonda", D(2022, 5, 10)],
            ["KAL-0009", "Kyungu Mbuyu", "male", 3, "Kalonda", D(2022, 5, 10)]]
    path = write_xlsx(tmp_path / "hh.xlsx", rows)
    _, result = run(session, "households", path)
    assert [str(d) for d in result.duplicates] == [
        "row 2: household KAL-0001 is already in the database; skipped",
        "row 4: household KAL-0009 is also in row 3; skipped"]
    assert result.ok and import_rows(session, result).created == 1
    assert households(session, "KAL-0001").size == 5 and households(session, "KAL-0009").size == 2
    session.info["source"] = None
    _, result = run(session, "households", path, on_duplicate="update")
    assert [str(d) for d in result.duplicates] == [
        "row 2: household KAL-0001 is already in the database; updated",
        "row 3: household KAL-0009 is replaced by row 4 of the file; skipped",
        "row 4: household KAL-0009 is already in the database; updated"]
    summary = import_rows(session, result, source="hh-v2.xlsx")
    assert (summary.created, summary.updated) == (0, 2)
    first = households(session, "KAL-0001")
    assert (first.size, first.head_name, first.version) == (6, "Mwamba Kasongo", 2)
    assert households(session, "KAL-0009").head_name == "Kyungu Mbuyu"
    change = audit(session, "households", first.id, "update")
    assert {(e.field, e.old_value, e.new_value, e.source) for e in change} == {
        ("size", "5", "6", "hh-v2.xlsx"), ("head_name", "Mwamba Kasongo", "Mwamba Kasongo", "hh-v2.xlsx")} - {
        ("head_name", "Mwamba Kasongo", "Mwamba Kasongo", "hh-v2.xlsx")}


def test_locations_tree_from_a_french_csv(session, tmp_path):
    path = tmp_path / "lieux.csv"
    path.write_text("Code P;Nom;Niveau;Code parent;Latitude;Longitude\n"
                    "CD;République démocratique du Congo;0;;;\n"
                    "CD74;Tanganyika;1;CD;;\n"
                    "CD7404;Nyunzu;2;CD74;-5,95;28,02\n"
                    "CD7499;Nulle part;2;CD75;;\n"
                    "CD7401;Kalemie;3;CD74;;\n"
                    "CD740199;Sous Kalemie;3;CD7401;;\n"
                    "CD749901;Ailleurs;3;CD7499;;\n", encoding="cp1252")
    table, result = run(session, "locations", path)
    assert (table.encoding, table.separator) == ("cp1252", ";")
    assert [str(p) for p in result.rejected] == [
        "row 5, parent: unknown P-code 'CD75'",
        "row 6, parent: must be one level up (level 2); CD74 is level 1",
        "row 7, parent: must be one level up (level 2); CD7401 is level 3",
        "row 8, parent: its parent CD7499 (row 5) is rejected"]
    assert import_rows(session, result, valid_only=True).created == 3
    nyunzu = session.scalars(select(m.Location).where(m.Location.pcode == "CD7404")).one()
    assert (nyunzu.parent.pcode, nyunzu.parent.parent.pcode, nyunzu.latitude, nyunzu.longitude,
            nyunzu.admin_level) == ("CD74", "CD", -5.95, 28.02, 2)
    assert nyunzu.parent.parent.name == "République démocratique du Congo"


def test_sites_name_their_location_by_pcode_and_unknown_ones_are_not_created(session, office, tmp_path):
    path = write_xlsx(tmp_path / "sites.xlsx", [
        ["Nom du site", "Type de site", "Lieu", "Gestionnaire", "Date d'ouverture"],
        ["Kilwa", "site spontané", "CD7401", "OIM", "01/02/2021"],
        ["Majengo Mapya", "camp planifié", "CD7499", "OIM", "01/02/2021"]])
    _, result = run(session, "sites", path)
    assert [str(p) for p in result.rejected] == ["row 3, location: unknown P-code 'CD7499'"]
    import_rows(session, result, valid_only=True)
    kilwa = session.scalars(select(m.Site).where(m.Site.name == "Kilwa")).one()
    assert (kilwa.site_type, kilwa.location_id, kilwa.managing_agency, kilwa.opened_on, kilwa.status) == (
        "spontaneous site", office["territory"].id, "OIM", D(2021, 2, 1), "open")
    assert count(session, m.Location, m.Location.pcode == "CD7499") == 0


def test_population_counts_by_hxl_tags(session, office, tmp_path):
    path = write_xlsx(tmp_path / "dtm.xlsx", [
        ["Site", "Date", "Ménages", "Personnes", "F 0-17", "M 0-17", "F 18-59", "M 18-59", "F 60+", "M 60+"],
        ["#loc+name", "#date+reported", "#affected+hh", "#affected+ind", "#affected+f+children",
         "#affected+m+children", "#affected+f+adults", "#affected+m+adults", "#affected+f+elderly",
         "#affected+m+elderly"],
        ["Kalonda", "31/01/2023", "1 200", "5 400", 1500, 1400, 1100, 900, 300, 200],
        ["Kalonda", "28/02/2023", 1100, 5000, 1400, 1300, 1000, 900, 250, 100],
        ["Kalonda", "01/01/2019", 10, 40, None, None, None, None, None, None]])
    _, result = run(session, "population", path)
    assert [str(p) for p in result.rejected] == [
        "row 4, individuals: sex and age groups add up to 4950, not 5000",
        "row 5, counted_on: cannot be before the site opened (2020-03-01)"]
    import_rows(session, result, valid_only=True)
    counts = session.scalars(select(m.PopulationCount).where(m.PopulationCount.site_id == office["kalonda"].id)).all()
    assert [(c.counted_on, c.households, c.individuals, c.girls, c.older_men) for c in counts] == [
        (D(2023, 1, 31), 1200, 5400, 1500, 200)]


def test_cash_tranches_with_decimal_commas_and_foreign_currency(session, office, tmp_path):
    office["build"].household(office["kalonda"], code="KAL-0001", project_id=office["project"].id)
    path = tmp_path / "tranches.csv"
    path.write_text("Code ménage;Tranche;Objet;Statut;Montant;Devise;Taux de change;Date du taux;Payé le\n"
                    "KAL-0001;1;transport;payé;45,50;USD;;;15/06/2023\n"
                    "KAL-0001;2;abri;prévu;120 000;CDF;;;\n"
                    "KAL-0001;3;subsistance;payé;150 000,00;CDF;0,00042;15/06/2023;15/06/2023\n"
                    "KAL-0002;1;transport;payé;45,50;USD;;;15/06/2023\n", encoding="utf-8")
    _, result = run(session, "tranches", path)
    assert [str(p) for p in result.rejected] == [
        "row 3, exchange_rate: is required for an amount in CDF (the project is in USD)",
        "row 5, household: unknown household 'KAL-0002'"]
    import_rows(session, result, valid_only=True)
    tranches = session.scalars(select(m.CashTranche).order_by(m.CashTranche.sequence)).all()
    assert [(t.sequence, t.purpose, t.status, t.amount, t.currency, t.exchange_rate, t.paid_on) for t in tranches] \
        == [(1, "transport", "paid", Decimal("45.50"), "USD", None, D(2023, 6, 15)),
            (3, "subsistence", "paid", Decimal("150000.00"), "CDF", Decimal("0.00042000"), D(2023, 6, 15))]


def test_livelihood_grants_of_each_programme(session, office, tmp_path):
    path = write_xlsx(tmp_path / "grants.xlsx", [
        ["Grant code", "Project", "Programme", "Recipient", "Sex of recipient", "Location P-code", "Sector",
         "Applied on", "Amount", "Currency", "Business name", "ILA kind", "Days worked", "Daily rate"],
        ["IQ-EDF-0001", "IRQ-BHA-2023-02", "EDF", "Ahmed Khalil", "male", "IQD086S01", "food processing",
         D(2023, 2, 1), 15000, "USD", "Al-Noor Bakery", None, None, None],
        ["IQ-ILA-0001", "IRQ-BHA-2023-02", "ILA", "Noor Hassan", "female", "IQD086S01", "tailoring",
         D(2023, 2, 1), 1200, "USD", None, "business kit", None, None],
        ["IQ-CFW-0001", "IRQ-BHA-2023-02", "cash for work", "Omar Saleh", "male", "IQD086S01", "debris clearing",
         D(2023, 2, 1), None, "USD", None, None, 20, 15],
        ["IQ-CFW-0002", "IRQ-BHA-2023-02", "CfW", "Omar Saleh", "male", "IQD086S01", "debris clearing",
         D(2023, 2, 1), 400, "USD", None, None, 20, 15],
        ["IQ-EDF-0002", "IRQ-BHA-2023-02", "EDF", "Sara Ali", "female", "IQD086S01", "retail",
         D(2023, 2, 1), 9000, "USD", None, None, None, None],
    ])
    _, result = run(session, "grants", path)
    assert [str(p) for p in result.rejected] == [
        "row 5, amount: must be days worked x daily rate = 300.00",
        "row 6, business_name: is required"]
    import_rows(session, result, valid_only=True)
    grants = {g.code: g for g in session.scalars(select(m.LivelihoodGrant))}
    assert sorted(grants) == ["IQ-CFW-0001", "IQ-EDF-0001", "IQ-ILA-0001"]
    assert (grants["IQ-CFW-0001"].amount, grants["IQ-CFW-0001"].programme, grants["IQ-CFW-0001"].status) == (
        Decimal("300.00"), "CfW", "application")
    assert grants["IQ-ILA-0001"].ila_kind == "business kit"
    assert grants["IQ-EDF-0001"].location_id == office["bartella"].id


def test_works_and_their_progress_reports(session, office, tmp_path):
    works = write_xlsx(tmp_path / "works.xlsx", [
        ["Code des travaux", "Projet", "Intitulé", "Type de travaux", "Lieu", "Entrepreneur", "Valeur du contrat",
         "Devise", "Début prévu", "Fin prévue", "Personnes servies"],
        ["IQ-WRK-001", "IRQ-BHA-2023-02", "Bartella water plant", "water plant", "IQD086S01", "Nineveh Builders",
         "240 000", "USD", "01/03/2023", "30/09/2023", "12 000"],
        ["IQ-WRK-002", "IRQ-BHA-2023-02", "Bartella school", "school", "IQD086S01", "Nineveh Builders",
         "80 000", "USD", "01/03/2023", "01/02/2023", 900]])
    _, result = run(session, "works", works)
    assert [str(p) for p in result.rejected] == ["row 3, planned_end: cannot be before the planned start (2023-03-01)"]
    import_rows(session, result, valid_only=True)
    work = session.scalars(select(m.InfrastructureWork)).one()
    assert (work.code, work.contract_value, work.people_served, work.status, work.planned_end) == (
        "IQ-WRK-001", Decimal("240000.00"), 12000, "planned", D(2023, 9, 30))
    progress = write_xlsx(tmp_path / "progress.xlsx", [
        ["Work code", "Reported on", "Avancement %", "Commentaire"],
        ["IQ-WRK-001", D(2023, 4, 30), "35,5", "Pumps delivered"],
        ["IQ-WRK-001", D(2023, 5, 31), 120, ""]])
    _, result = run(session, "progress", progress)
    assert [str(p) for p in result.rejected] == ["row 3, progress_percent: must be between 0 and 100"]
    import_rows(session, result, valid_only=True)
    report = session.scalars(select(m.WorkProgressReport)).one()
    assert (report.work_id, report.progress_percent, report.note) == (work.id, Decimal("35.5"), "Pumps delivered")


def test_a_progress_file_is_judged_with_the_works_reports_and_its_own_rows(session, office, tmp_path):
    """Progress does not go down (issue 17, defect 8): a file's row below the work's earlier report, or below an
    earlier row of the same file, is refused with its row number; a row for a reported day replaces that report."""
    b = office["build"]
    work = b.work(office["project"], office["village"], code="KAL-WRK-001")
    b.progress(work, D(2023, 4, 30), "40")
    b.progress(work, D(2023, 6, 30), "70")
    path = write_xlsx(tmp_path / "progress.xlsx", [
        ["Work code", "Reported on", "Progress %"],
        ["KAL-WRK-001", D(2023, 5, 31), 30],    # below the 50 of 15 May, two rows down (the days' order counts)
        ["KAL-WRK-001", D(2023, 5, 15), 50],    # between April's 40 and June's 70
        ["KAL-WRK-001", D(2023, 5, 20), 45],    # below the row above, of 15 May
        ["KAL-WRK-001", D(2023, 4, 10), 41],    # above April's 40, reported later
        ["KAL-WRK-001", D(2023, 6, 30), 65],    # June's report, replaced: still above 50
        ["KAL-WRK-001", D(2023, 7, 31), 64]])   # below June's new 65
    _, result = run(session, "progress", path, on_duplicate="update")
    assert [str(p) for p in result.rejected] == [
        "row 2, progress_percent: is less than the 50 % reported on 2023-05-15; a work's progress does not go down",
        "row 4, progress_percent: is less than the 50 % reported on 2023-05-15; a work's progress does not go down",
        "row 5, progress_percent: is more than the 40 % reported later, on 2023-04-30; a work's progress does not "
        "go down",
        "row 7, progress_percent: is less than the 65 % reported on 2023-06-30; a work's progress does not go down",
    ]


def test_a_household_registered_twice_in_a_file_or_again_is_refused(session, office, tmp_path):
    """The same head of household and phone under a new code (issue 17, defect 8): against the database and against
    the file's rows above, however the name and phone were typed; an update of the household itself passes."""
    b = office["build"]
    b.household(office["kalonda"], code="KAL-0001", head_name="Mwamba Kasongo", phone="+243 812 345 678")
    path = write_xlsx(tmp_path / "households.xlsx", [
        FRENCH,
        ["KAL-0101", "MWAMBA kasongo", "F", 5, "Kalonda", "10/05/2022", "retour", "oui", None, None,
         "0812 345 678", 2, 1, 1, 1, 0, 0],
        ["KAL-0102", "Ilunga Banza", "M", 3, "Kalonda", "10/05/2022", "retour", "non", None, None,
         "+243 990 000 111", 1, 1, 0, 1, 0, 0],
        ["KAL-0103", "Ilunga  Banza", "M", 3, "Kalonda", "10/05/2022", "retour", "non", None, None,
         "990-000-111", 1, 1, 0, 1, 0, 0],
    ])
    _, result = run(session, "households", path)
    assert [str(p) for p in result.rejected] == [
        "row 2, head_name: household KAL-0001 has the same head of household and phone; a household is registered once",
        "row 4, head_name: household KAL-0102 has the same head of household and phone; a household is registered once",
    ]


def test_indicator_values(session, office, tmp_path):
    project = office["project"]
    office["build"].create("indicator", project_id=project.id, code="1.1", title="People supported to leave sites")
    path = write_xlsx(tmp_path / "indicators.xlsx", [
        ["Projet", "Indicateur", "Période", "Début", "Fin", "Cible", "Réalisé", "Filles", "Garçons", "Femmes",
         "Hommes", "Femmes âgées", "Hommes âgés"],
        ["DRC-ECHO-2023-01", "1.1", "2023 Q1", "01/01/2023", "31/03/2023", 5000, 4200, 1300, 1200, 800, 700,
         100, 100],
        ["DRC-ECHO-2023-01", "9.9", "2023 Q1", "01/01/2023", "31/03/2023", 5000, 4200, None, None, None, None,
         None, None],
    ])
    _, result = run(session, "indicators", path)
    assert [str(p) for p in result.rejected] == ["row 3, indicator: project DRC-ECHO-2023-01 has no indicator '9.9'"]
    import_rows(session, result, valid_only=True)
    value = session.scalars(select(m.IndicatorValue)).one()
    assert (value.period_label, value.period_start, value.target, value.achieved, value.girls) == (
        "2023 Q1", D(2023, 1, 1), Decimal("5000.00"), Decimal("4200.00"), 1300)


def test_excel_97_and_kobo_exports(session, office, tmp_path):
    _, result = run(session, "households", DATA / "households.xls")
    assert result.ok and import_rows(session, result).created == 2
    assert households(session, "KAL-0102").site_id == office["mukuku"].id
    main = [["start", "household/code", "household/head_name", "household/head_sex", "household/size",
             "household/site", "household/registered_on", "_id", "_index"],
            ["2023-05-10T09:12:00", "KAL-0201", "Kyungu Mbuyu", "female", 3, "Kalonda", "2023-05-10", 501, 1],
            ["2023-05-10T09:40:00", "KAL-0202", "Ilunga Kasongo", "male", 2, "Mukuku", "2023-05-10", 502, 2]]
    members = [["member/sex", "member/age", "_index", "_parent_table_name", "_parent_index"],
               ["female", 34, 1, "survey", 1], ["male", 9, 2, "survey", 1], ["female", 4, 3, "survey", 1],
               ["male", 67, 4, "survey", 2], ["female", 61, 5, "survey", 2]]
    path = write_xlsx(tmp_path / "kobo.xlsx", main, sheet="survey", more={"member": members})
    _, result = run(session, "households", path)
    assert result.ok, result.rejected
    import_rows(session, result)
    assert households(session, "KAL-0201").sadd_values() == {
        "girls": 1, "boys": 1, "women": 1, "men": 0, "older_women": 0, "older_men": 0}
    assert households(session, "KAL-0202").sadd_values() == {
        "girls": 0, "boys": 0, "women": 0, "men": 0, "older_women": 1, "older_men": 1}


def test_formula_signs_are_stored_as_text(session, office, tmp_path):
    path = tmp_path / "hh.csv"
    path.write_text("Household ID,Head of household,Sex of head,Household size,Site,Registered on,Phone\n"
                    'KAL-0001,"=HYPERLINK(""http://x"",""y"")",female,2,Kalonda,2022-05-10,+243812345678\n',
                    encoding="utf-8")
    _, result = run(session, "households", path)
    import_rows(session, result)
    household = households(session, "KAL-0001")
    assert (household.head_name, household.phone) == ('=HYPERLINK("http://x","y")', "+243812345678")


def test_cancel_leaves_the_database_untouched(session, office, tmp_path):
    rows = [["Household ID", "Head of household", "Sex of head", "Household size", "Site", "Registered on"]]
    rows += [[f"KAL-{i:04d}", "Mwamba", "female", 2, "Kalonda", D(2022, 5, 10)] for i in range(30)]
    _, result = run(session, "households", write_xlsx(tmp_path / "hh.xlsx", rows))
    before = count(session, m.Household), count(session, m.AuditEntry)
    calls = []
    with pytest.raises(ImportCancelled):
        with session.begin_nested():
            import_rows(session, result, progress=lambda f, t: calls.append(f), cancelled=lambda: bool(calls))
    assert (count(session, m.Household), count(session, m.AuditEntry)) == before


def test_saved_mappings(data_dir, tmp_path):
    assert mapping_names() == []
    save_mapping("Kalemie DTM", "population", {"Nom du site": "site", "Date": "counted_on"})
    assert mapping_names("population") == ["Kalemie DTM"] and mapping_names("households") == []
    assert load_mapping("Kalemie DTM") == {"Nom du site": "site", "Date": "counted_on"}
    assert (data_dir / "import-mappings.json").exists()
    with pytest.raises(DomainError, match="is for population, not households"):
        load_mapping("Kalemie DTM", "households")
    assert auto_mapping("households", ["HH ID", "Sexe du chef", "Unknown"], {}) == {
        "HH ID": "code", "Sexe du chef": "head_sex"}


def test_the_audit_snapshot_of_an_imported_record_is_what_the_services_write(session, office, tmp_path):
    """Snapshots are built column by column for speed: each must be the JSON services/audit.py writes."""
    from workbench.services.audit import _snapshot

    names = ['Kasongo "Papa" Mwamba', "Ilunga\\Banza", "Ngoy\nKyungu", "Mujinga 100% {%s}", "Émilie Kabulo 😀"]
    rows = [["Household ID", "Head of household", "Sex of head", "Household size", "Site", "Registered on",
             "Latitude", "Longitude", "Go-and-see visit", "Departure date", "Destination P-code", "Phone"]]
    for i in range(100):  # more rows than the distinct-value shortcut's threshold
        departed = i % 4 == 0
        rows.append([f"KAL-{i:04d}", names[i % len(names)], "F" if i % 2 else "homme", 1 + i % 5,
                     "Kalonda" if i % 3 else "Mukuku", D(2022, 5, 1 + i % 20),
                     -5.947123456789012 if i % 7 == 0 else None, 29.19 if i % 7 == 0 else None,
                     "oui" if i % 2 else "non", D(2023, 1, 2) if departed else None,
                     "CD740105" if departed else None, None if i % 5 else f"+243 812 345 {i:03d}"])
    path = write_xlsx(tmp_path / "ménages.xlsx", rows)
    _, result = run(session, "households", path)
    assert result.ok, result.rejected[:3]
    import_rows(session, result)
    session.expire_all()
    for i in (0, 1, 2, 3, 4, 7, 99):
        record = households(session, f"KAL-{i:04d}")
        (entry,) = audit(session, "households", record.id, "create")
        assert entry.new_value == _snapshot(record)
        assert entry.source == "ménages.xlsx"


def test_dates_out_of_any_plausible_range_are_rejected_not_a_crash(session, office, tmp_path):
    path = tmp_path / "hh.csv"
    path.write_text("code,head_name,head_sex,size,site,registered_on\n"
                    "KAL-0001,Mwamba,female,5,Kalonda,01/01/1600\n"
                    "KAL-0002,Ilunga,male,4,Kalonda,31/02/2023\n"
                    "KAL-0003,Kyungu,male,4,Kalonda,12/03/2023\n", encoding="utf-8")
    _, result = run(session, "households", path)
    assert [str(p) for p in result.rejected] == [
        "row 2, registered_on: must be a date (YYYY-MM-DD or DD/MM/YYYY), not '01/01/1600'",
        "row 3, registered_on: must be a date (YYYY-MM-DD or DD/MM/YYYY), not '31/02/2023'",
    ]
    assert result.summary() == "3 rows: 1 to create, 0 to update, 0 duplicates skipped, 2 rejected"
