"""Files of the Community Resource Centres: French headers or HXL tags in, every value written as the file says,
a bad row refused with its row number and nothing written, and an export that imports again."""

from __future__ import annotations

import csv
import datetime as dt

from sqlalchemy import select

from tests.builders import count
from tests.io.conftest import write_xlsx
from workbench import models as m
from workbench.io import export_records, import_rows, read_table, validate

D = dt.date


def _run(session, kind, path):
    table = read_table(path)
    return validate(session, kind, table)


def test_french_crcs_are_written_exactly(session, office, tmp_path):
    path = write_xlsx(tmp_path / "centres.xlsx", [
        ["Code du centre", "Nom du centre", "Type de centre", "P-code du lieu", "Code projet",
         "Organisation gestionnaire", "Date d'ouverture", "Date de fermeture", "Point focal"],
        ["IQ-CRC-BAR-01", "Bartella CRC", "sur place", "IQD086S01", "IRQ-BHA-2023-02", "IOM Iraq", "02/05/2023",
         None, "Huda Saleh Al-Hadidi"],
        ["IQ-CRC-HOT-01", "Durable solutions hotline", "ligne verte", "IQD086", None, "IOM Iraq", "16 avril 2023",
         "2024-03-31", None],
    ])
    result = _run(session, "crcs", path)
    assert result.ok and result.summary() == "2 rows: 2 to create, 0 to update, 0 duplicates skipped, 0 rejected"
    import_rows(session, result)
    crcs = {c.code: c for c in session.scalars(select(m.ResourceCentre))}
    bartella, hotline = crcs["IQ-CRC-BAR-01"], crcs["IQ-CRC-HOT-01"]
    assert (bartella.centre_type, bartella.location_id, bartella.project_id, bartella.opened_on,
            bartella.closed_on, bartella.focal_point) == (
        "walk-in", office["bartella"].id, office["iraq"].id, D(2023, 5, 2), None, "Huda Saleh Al-Hadidi")
    assert (hotline.centre_type, hotline.project_id, hotline.opened_on, hotline.closed_on, hotline.focal_point) == (
        "virtual hotline", None, D(2023, 4, 16), D(2024, 3, 31), "")


def test_a_crc_closed_before_it_opened_stops_the_file(session, office, tmp_path):
    path = tmp_path / "crcs.csv"
    path.write_text("CRC code,CRC,Kind of centre,Location P-code,Opened on,Closed on\n"
                    "#loc+code+crc,#loc+name+crc,#loc+type+crc,#loc+code,#date+opened,#date+closed\n"
                    "IQ-CRC-BAR-01,Bartella CRC,walk-in,IQD086S01,2023-05-02,\n"
                    "IQ-CRC-TAF-01,Tal Afar CRC,mobile team,IQD086S01,2023-07-09,2023-07-01\n", encoding="utf-8")
    result = _run(session, "crcs", path)
    assert [(p.row, p.field, p.reason) for p in result.rejected] == [
        (4, "closed_on", "cannot be before the opening date (2023-07-09)")]
    assert count(session, m.ResourceCentre) == 0


def test_exported_crcs_import_again_as_duplicates(session, office, tmp_path):
    office["build"].create("crc", code="IQ-CRC-BAR-01", name="Bartella CRC", centre_type="mobile",
                           location_id=office["bartella"].id, opened_on=D(2023, 9, 3), focal_point="Saad Younis")
    out = tmp_path / "crcs.csv"
    export_records(session, "crcs", out, hxl=True, personal_data="drop")
    with open(out, encoding="utf-8-sig") as f:
        header, tags, row = list(csv.reader(f))
    assert "Focal point" not in header and "Saad Younis" not in row
    assert header[:4] == ["CRC code", "CRC", "Location P-code", "Kind of centre"]
    assert tags[:4] == ["#loc+code+crc", "#loc+name+crc", "#loc+code", "#loc+type+crc"]
    assert row[:4] == ["IQ-CRC-BAR-01", "Bartella CRC", "IQD086S01", "mobile"]
    result = _run(session, "crcs", out)
    assert result.summary() == "1 rows: 0 to create, 0 to update, 1 duplicates skipped, 0 rejected"


def test_a_french_service_map_is_written_with_its_services(session, office, tmp_path):
    path = write_xlsx(tmp_path / "cartographie.xlsx", [
        ["Code prestataire", "Prestataire", "Services offerts", "P-code du lieu", "Coordonnées",
         "Accepte les référencements", "Vérifié le"],
        ["IQ-SP-HAM-01", "Harikar NGO", "protection, GBV", "IQD086S01", "+964 750 647 5889", "oui", "09/08/2023"],
        ["IQ-SP-HAM-02", "Directorate of Labour", "livelihoods", "IQD086", None, "non", None],
        ["IQ-SP-HAM-03", "Legal Clinic Network", "legal aid, psychosocial", "IQD086", None, "oui", None],
    ])
    result = _run(session, "service-providers", path)
    assert [(p.row, p.field, p.reason) for p in result.rejected] == [
        (4, "services", "unknown service 'psychosocial'; use: legal aid, civil documentation, protection, "
                        "child protection, GBV, MHPSS, health, education, livelihoods, shelter, cash")]
    import_rows(session, result, valid_only=True)
    providers = {p.code: p for p in session.scalars(select(m.ServiceProvider))}
    assert sorted(providers) == ["IQ-SP-HAM-01", "IQ-SP-HAM-02"]
    first, second = providers["IQ-SP-HAM-01"], providers["IQ-SP-HAM-02"]
    assert (first.services, first.accepts_referrals, first.last_verified_on, first.location_id) == (
        "protection, GBV", True, D(2023, 8, 9), office["bartella"].id)
    assert (second.accepts_referrals, second.last_verified_on, second.contact) == (False, None, "")


def test_a_file_of_contacts_is_checked_against_each_crcs_dates(session, office, tmp_path):
    b = office["build"]
    b.create("crc", code="IQ-CRC-BAR-01", name="Bartella CRC", centre_type="walk-in", location_id=office["bartella"].id,
             opened_on=D(2023, 5, 2))
    b.create("crc", code="IQ-CRC-SUM-01", name="Sumel camps CRC", centre_type="walk-in",
             location_id=office["bartella"].id, opened_on=D(2023, 4, 23), closed_on=D(2023, 12, 14))
    b.household(office["kalonda"], code="KAL-0001")
    path = write_xlsx(tmp_path / "contacts.xlsx", [
        ["Code du centre", "Date du contact", "Canal", "Groupe de population", "Sexe", "Tranche d'âge",
         "Code ménage", "Demande", "Information donnée"],
        ["IQ-CRC-BAR-01", "12/06/2023", "appel", "PDI", "F", "adulte", None, "Return grant", "Criteria explained"],
        ["IQ-CRC-SUM-01", "14/12/2023", "sur place", "retourné", "H", "60 et plus", "KAL-0001", "Transport", "Given"],
        ["IQ-CRC-SUM-01", "15/12/2023", "sur place", "communauté hôte", "H", "0-17", None, "School", "Given"],
        ["IQ-CRC-BAR-01", "01/05/2023", "porte à porte", "PDI", "F", "enfant", None, "School", "Given"],
    ])
    result = _run(session, "crc-contacts", path)
    assert [(p.row, p.field, p.reason) for p in result.rejected] == [
        (4, "contacted_on", "cannot be after the CRC closed (2023-12-14)"),
        (5, "contacted_on", "cannot be before the CRC opened (2023-05-02)")]
    assert count(session, m.CrcContact) == 0
    import_rows(session, result, valid_only=True)
    contacts = session.scalars(select(m.CrcContact).order_by(m.CrcContact.contacted_on)).all()
    assert [(c.contacted_on, c.channel, c.population_group, c.sex, c.age_group, c.household_id is not None)
            for c in contacts] == [(D(2023, 6, 12), "call", "IDP", "female", "18-59", False),
                                   (D(2023, 12, 14), "walk-in", "returnee", "male", "60+", True)]
