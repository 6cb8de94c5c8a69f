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
    assert tags[:4] == ["#loc+code+x_crc", "#loc+name+x_crc", "#loc+code", "#loc+type+x_crc"]
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


def _centre_and_providers(b, office):
    b.create("crc", code="IQ-CRC-BAR-01", name="Bartella CRC", centre_type="walk-in", location_id=office["bartella"].id,
             opened_on=D(2023, 5, 2))
    for code, services, accepts in (("IQ-SP-LEG-01", "legal aid, civil documentation", True),
                                    ("IQ-SP-GBV-01", "GBV, MHPSS", True), ("IQ-SP-SHL-01", "shelter", False)):
        b.create("service_provider", code=code, organisation=code, services=services,
                 location_id=office["bartella"].id, accepts_referrals=accepts)


def test_a_french_file_of_sessions_is_checked_and_written(session, office, tmp_path):
    b = office["build"]
    _centre_and_providers(b, office)
    header = ["Code du centre", "Date de la session", "Type de session", "Sujet", "Animateur", "Nombre de participants",
              "Filles 0-17", "Garçons 0-17", "Femmes 18-59", "Hommes 18-59", "Femmes 60+", "Hommes 60+", "PDI",
              "Retournés", "Communauté hôte"]
    path = write_xlsx(tmp_path / "sessions.xlsx", [
        header,
        ["IQ-CRC-BAR-01", "12/06/2023", "sensibilisation", "Documents civils", "Équipe ICLA", 20, 2, 3, 8, 5, 1, 1,
         6, 10, 4],
        ["IQ-CRC-BAR-01", "13/06/2023", "conseil juridique", "Logement", "Avocat", 10, 0, 0, 5, 5, 0, 0, 6, 3, 2],
        ["IQ-CRC-BAR-01", "14/06/2023", "compétences", "Couture", "Formatrice", 8, 0, 0, 8, 0, 0, 0, 2, 6, 0],
    ])
    result = _run(session, "crc-sessions", path)
    assert [(p.row, p.field, p.reason) for p in result.rejected] == [
        (3, "participants", "population groups add up to 11, not 10")]
    assert count(session, m.CrcSession) == 0
    import_rows(session, result, valid_only=True)
    sessions = session.scalars(select(m.CrcSession).order_by(m.CrcSession.held_on)).all()
    assert [(s.held_on, s.session_kind, s.participants, s.women, s.returnees) for s in sessions] == [
        (D(2023, 6, 12), "awareness", 20, 8, 10), (D(2023, 6, 14), "skills", 8, 8, 6)]


def test_a_file_of_referrals_gets_its_deadlines_and_refuses_what_the_form_refuses(session, office, tmp_path):
    b = office["build"]
    _centre_and_providers(b, office)
    b.household(office["kalonda"], code="KAL-0001", head_name="Zainab Khalil Testname")
    header = ["Code du référencement", "Code du centre", "Date du référencement", "Code du cas", "Code ménage", "Sexe",
              "Tranche d'âge", "Service demandé", "Code du prestataire", "Priorité", "Consentement",
              "Date du consentement", "Consentement donné par"]
    path = write_xlsx(tmp_path / "referrals.xlsx", [
        header,
        ["IQ-REF-000001", "IQ-CRC-BAR-01", "12/06/2023", "BAR-C-01", "KAL-0001", "F", "adulte",
         "documentation civile", "IQ-SP-LEG-01", "72h", "oui", "12/06/2023", "la personne"],
        ["IQ-REF-000002", "IQ-CRC-BAR-01", "12/06/2023", "BAR-C-02", None, "F", "enfant", "VBG", "IQ-SP-GBV-01",
         "urgence", "oui", "12/06/2023", "parent"],
        ["IQ-REF-000003", "IQ-CRC-BAR-01", "13/06/2023", "BAR-C-03", "KAL-0001", "F", "adulte", "VBG",
         "IQ-SP-GBV-01", "urgence", "oui", "13/06/2023", "la personne"],
        ["IQ-REF-000004", "IQ-CRC-BAR-01", "13/06/2023", "BAR-C-04", None, "H", "adulte", "abri", "IQ-SP-SHL-01",
         "routine", "non", None, None],
    ])
    result = _run(session, "referrals", path)
    assert [(p.row, p.field, p.reason) for p in result.rejected] == [
        (4, "household", "cannot be linked to a protection, GBV, child-protection or MHPSS referral: give the "
                         "case code only"),
        (5, "provider", "does not accept referrals now (the service map says so); choose another provider")]
    import_rows(session, result, valid_only=True)
    referrals = session.scalars(select(m.Referral).order_by(m.Referral.code)).all()
    assert [(r.code, r.service, r.priority, r.due_on, r.status, r.consent_by, r.household_id is not None)
            for r in referrals] == [
        ("IQ-REF-000001", "civil documentation", "urgent", D(2023, 6, 15), "draft", "the person", True),
        ("IQ-REF-000002", "GBV", "emergency", D(2023, 6, 13), "draft", "parent or caregiver", False)]
    out = tmp_path / "back.csv"
    export_records(session, "referrals", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [(r["Referral code"], r["Household ID"], r["Answer due by"]) for r in rows] == [
        ("IQ-REF-000001", "KAL-0001", "2023-06-15"), ("IQ-REF-000002", "", "2023-06-13")]
    assert "Testname" not in out.read_text(encoding="utf-8-sig")


def test_an_excel_register_brings_each_referrals_steps_and_an_export_comes_back_whole(session, office, tmp_path):
    """An office's old register gives each referral's status and the days of its steps: they are taken through the
    workflow (consent before sending, days in order), so a closed referral arrives closed with its history; a row
    whose steps the workflow refuses stops the file. The export carries the steps, and imports again as duplicates."""
    b = office["build"]
    _centre_and_providers(b, office)
    header = ["Referral code", "CRC code", "Referred on", "Case code", "Sex", "Age group", "Service", "Provider code",
              "Priority", "Consent given", "Consent given on", "Consent given by", "Status", "Sent on",
              "Answered on", "Service delivered on", "Closed on"]
    common = ["F", "18-59", "civil documentation", "IQ-SP-LEG-01", "normal", "yes", "01/03/2024", "the person"]
    path = write_xlsx(tmp_path / "register.xlsx", [
        header,
        ["IQ-REF-000001", "IQ-CRC-BAR-01", "01/03/2024", "BAR-C-01", *common, "closed", "01/03/2024", "05/03/2024",
         "20/03/2024", "02/04/2024"],
        ["IQ-REF-000002", "IQ-CRC-BAR-01", "01/03/2024", "BAR-C-02", *common, "accepted", "02/03/2024",
         "04/03/2024", None, None],
        ["IQ-REF-000003", "IQ-CRC-BAR-01", "01/03/2024", "BAR-C-03", *common, "draft", None, None, None, None],
    ])
    result = _run(session, "referrals", path)
    assert result.ok, result.rejected
    import_rows(session, result)
    got = {r.code: (r.status, r.sent_on, r.responded_on, r.delivered_on, r.closed_on, [h.to_status for h in r.history])
           for r in session.scalars(select(m.Referral))}
    assert got == {
        "IQ-REF-000001": ("closed", D(2024, 3, 1), D(2024, 3, 5), D(2024, 3, 20), D(2024, 4, 2),
                          ["sent", "accepted", "service delivered", "closed"]),
        "IQ-REF-000002": ("accepted", D(2024, 3, 2), D(2024, 3, 4), None, None, ["sent", "accepted"]),
        "IQ-REF-000003": ("draft", None, None, None, None, [])}
    out = tmp_path / "back.xlsx"
    export_records(session, "referrals", out)
    again = _run(session, "referrals", out)
    assert again.summary() == "3 rows: 0 to create, 0 to update, 3 duplicates skipped, 0 rejected"
    bad = write_xlsx(tmp_path / "bad.xlsx", [
        header,
        ["IQ-REF-000004", "IQ-CRC-BAR-01", "01/03/2024", "BAR-C-04", *common[:5], "no", None, None, "sent",
         "02/03/2024", None, None, None],
        ["IQ-REF-000005", "IQ-CRC-BAR-01", "01/03/2024", "BAR-C-05", *common, "accepted", "02/03/2024", None,
         None, None],
    ])
    refused = _run(session, "referrals", bad)
    assert [(p.row, p.field, p.reason) for p in refused.rejected] == [
        (2, "consent_given", "is required before the referral is sent: record who gave it and when"),
        (3, "responded_on", "is required for a referral that is accepted")]
    assert count(session, m.Referral) == 3
    # An update of a sent referral that would untick its consent is refused as in the window.
    untick = write_xlsx(tmp_path / "untick.xlsx", [
        header[:12], ["IQ-REF-000002", "IQ-CRC-BAR-01", "01/03/2024", "BAR-C-02", *common[:5], "no", None, None]])
    table = read_table(untick)
    undone = validate(session, "referrals", table, on_duplicate="update")
    assert [(p.row, p.field) for p in undone.rejected] == [(2, "consent_given")], undone.rejected


DATA = __import__("pathlib").Path(__file__).parent / "data"


def _bartella(office):
    office["build"].create("crc", code="IQ-CRC-BAR-01", name="Bartella CRC", centre_type="walk-in",
                           location_id=office["bartella"].id, opened_on=D(2023, 5, 2))


def test_a_kobo_export_of_contacts_imported_twice_never_doubles_them(session, office):
    """Each submission's `_uuid` is its contact's reference, without a --map: the same export imported again (or
    a later one holding the same submissions) adds nothing; two women who asked the same thing on one day, two
    submissions, stay two contacts."""
    _bartella(office)
    table = read_table(DATA / "kobo-crc-contacts-bartella.csv")
    result = validate(session, "crc-contacts", table)
    assert result.mapping["_uuid"] == "contact_ref" and not result.rejected
    import_rows(session, result)
    contacts = session.scalars(select(m.CrcContact).order_by(m.CrcContact.id)).all()
    assert [(c.contacted_on, c.sex, c.question, c.contact_ref) for c in contacts] == [
        (D(2023, 6, 12), "female", "Return grant", "0d3b6f2a-8c1e-4a7b-9f20-6e5d4c3b2a11"),
        (D(2023, 6, 12), "female", "Return grant", "5e7a9c1b-2d3f-4e6a-8b0c-1f2e3d4c5b22"),
        (D(2023, 6, 13), "male", "Civil documentation", "a4c6e8f0-1b3d-4f5a-9c7e-3b5d7f9a1c33")]
    again = validate(session, "crc-contacts", read_table(DATA / "kobo-crc-contacts-bartella.csv"))
    assert [(d.row, d.where, d.action) for d in again.duplicates] == [
        (2, "already in the database", "skipped"), (3, "already in the database", "skipped"),
        (4, "already in the database", "skipped")]
    import_rows(session, again)
    assert count(session, m.CrcContact) == 3


def test_a_register_with_numbers_is_not_doubled_and_rows_without_one_stay_apart(session, office, tmp_path):
    _bartella(office)
    path = write_xlsx(tmp_path / "registre.xlsx", [
        ["Code du centre", "N°", "Date du contact", "Canal", "Groupe de population", "Sexe", "Tranche d'âge",
         "Demande"],
        ["IQ-CRC-BAR-01", "BAR-2023-0001", "12/06/2023", "appel", "PDI", "F", "adulte", "Return grant"],
        ["IQ-CRC-BAR-01", "BAR-2023-0001", "12/06/2023", "appel", "PDI", "F", "adulte", "Return grant"],
        ["IQ-CRC-BAR-01", None, "13/06/2023", "sur place", "PDI", "F", "adulte", "School"],
        ["IQ-CRC-BAR-01", None, "13/06/2023", "sur place", "PDI", "F", "adulte", "School"],
    ])
    result = _run(session, "crc-contacts", path)
    assert result.mapping["N°"] == "contact_ref"
    assert [(d.row, d.where) for d in result.duplicates] == [(3, "also in row 2")]  # the same number twice
    import_rows(session, result)
    # Two contacts without a number are two people: nothing says they are one.
    assert sorted((c.contact_ref or "", c.question) for c in session.scalars(select(m.CrcContact))) == [
        ("", "School"), ("", "School"), ("BAR-2023-0001", "Return grant")]


def test_an_odk_central_export_of_contacts_takes_each_submissions_key(session, office, tmp_path):
    """ODK Central's CSV (central-backend's layout: SubmissionDate first, the groups joined by "-", KEY and the
    review columns last): KEY ("uuid:...") is the contact's reference; imported twice, nothing is doubled."""
    _bartella(office)
    path = tmp_path / "contacts_crc.csv"
    path.write_text(
        "SubmissionDate,start,end,contact-crc_code,contact-date_du_contact,contact-canal,contact-groupe_de_population,"
        "contact-sexe,contact-tranche_d_age,contact-demande,meta-instanceID,KEY,SubmitterID,SubmitterName,"
        "AttachmentsPresent,AttachmentsExpected,Status,ReviewState,DeviceID,Edits,FormVersion\n"
        "2023-06-12T06:10:02.114Z,2023-06-12T09:02:11.000+03:00,2023-06-12T09:09:40.000+03:00,IQ-CRC-BAR-01,"
        "2023-06-12,appel,PDI,F,adulte,Return grant,uuid:7f0c2a9e-3b1d-4e5f-8a6b-9c0d1e2f3a44,"
        "uuid:7f0c2a9e-3b1d-4e5f-8a6b-9c0d1e2f3a44,12,crc_bartella,0,0,,approved,collect:Bq81Zt4RwK2mLp,0,2023061201\n",
        encoding="utf-8")
    result = validate(session, "crc-contacts", read_table(path))
    assert result.mapping["KEY"] == "contact_ref" and not result.rejected
    import_rows(session, result)
    assert session.scalars(select(m.CrcContact.contact_ref)).all() == ["uuid:7f0c2a9e-3b1d-4e5f-8a6b-9c0d1e2f3a44"]
    again = validate(session, "crc-contacts", read_table(path))
    assert [d.where for d in again.duplicates] == ["already in the database"]
