"""A small office for the report tests: the Kalemie/Nyunzu sites of an ECHO project and an Iraq livelihoods project.

Every figure the tests assert is worked out by hand in the comments below.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.builders import Build
from tests.reports.crc_world import build_crcs
from workbench import models as m
from workbench.services import distributions, workflows

D = dt.date


@dataclass
class Office:
    drc: object
    iraq: object
    sites: dict


def pay(session, grant, amount, on):
    workflows.pay_grant_tranche(session, grant.id, Decimal(amount), on)


def build_office(session) -> Office:
    b = Build(session)
    # --- DR Congo: Tanganyika, three sites of the ECHO project ----------------------------------
    drc = b.project()
    _, province, kalemie, kabubili = b.tanganyika()
    katanika = b.create("location", pcode="CD740106", name="Katanika", admin_level=3, parent_id=kalemie.id)
    nyunzu = b.nyunzu(province)
    kalonda = b.site(kalemie, "Kalonda", project_id=drc.id)
    mukuku = b.site(kalemie, "Mukuku", project_id=drc.id, site_type="planned camp")
    kilwa = b.site(nyunzu, "Kilwa", project_id=drc.id, opened_on=D(2021, 5, 10))

    def household(site, code, size, intention, departed=None, to=None, tranches=()):
        hh = b.household(site, code=code, size=size, intention=intention, project_id=drc.id,
                         departure_date=departed, destination_id=to.id if to else None)
        for seq, (purpose, amount, status, paid_on) in enumerate(tranches, 1):
            b.create("cash_tranche", household_id=hh.id, sequence=seq, purpose=purpose, amount=Decimal(amount),
                     currency="USD", status=status, paid_on=paid_on, planned_on=paid_on or D(2023, 10, 1))
        return hh

    # Kalonda: 3 households (16 people) left; 2 returned to Kabubili (9 people), 1 relocated to Katanika (7).
    # Paid: transport 3 x 50 = 150, construction 2 x 150 = 300, subsistence 40; pending: completion 2 x 100,
    # construction 150.
    household(kalonda, "KAL-0001", 5, "return", D(2023, 7, 10), kabubili, [
        ("transport", 50, "paid", D(2023, 7, 10)), ("construction", 150, "paid", D(2023, 7, 20)),
        ("subsistence", 40, "paid", D(2023, 7, 10)), ("completion", 100, "planned", None)])
    household(kalonda, "KAL-0002", 7, "relocate", D(2023, 8, 5), katanika, [
        ("transport", 50, "paid", D(2023, 8, 5)), ("construction", 150, "paid", D(2023, 8, 15)),
        ("completion", 100, "planned", None)])
    household(kalonda, "KAL-0003", 4, "return", D(2023, 8, 20), kabubili, [
        ("transport", 50, "paid", D(2023, 8, 20)), ("construction", 150, "planned", None)])
    # Mukuku: 1 household (6 people) relocated to Katanika, 1 (3 people) still there with its transport pending.
    household(mukuku, "MUK-0001", 6, "relocate", D(2023, 8, 1), katanika, [("transport", 50, "paid", D(2023, 8, 1))])
    household(mukuku, "MUK-0002", 3, "return", tranches=[("transport", 50, "planned", None)])
    # Kilwa: still open; one household undecided, one staying.
    household(kilwa, "KIL-0001", 8, "undecided")
    household(kilwa, "KIL-0002", 2, "stay")

    workflows.change_site_status(session, kalonda.id, "closing", D(2023, 6, 1), "provincial closure plan")
    workflows.change_site_status(session, kalonda.id, "closed", D(2023, 9, 30))
    workflows.change_site_status(session, mukuku.id, "closing", D(2023, 7, 1))

    # Kilwa's population: 610, 680 then 742 people.
    b.create("population_count", site_id=kilwa.id, counted_on=D(2023, 1, 15), households=120, individuals=610,
             girls=160, boys=150, women=140, men=110, older_women=30, older_men=20)
    b.create("population_count", site_id=kilwa.id, counted_on=D(2023, 4, 15), households=135, individuals=680)
    b.create("population_count", site_id=kilwa.id, counted_on=D(2023, 7, 15), households=150, individuals=742)
    # Committees: 18 members, 11 women = 61.1%.
    central = b.committee(kilwa, "Comité central", members=10, women_members=6)
    b.committee(kilwa, "Comité WASH", members=8, women_members=5)
    b.create("committee_training", committee_id=central.id, topic="Roles and responsibilities",
             held_on=D(2023, 2, 1), participants=10)
    # Complaints: 6 received, 4 resolved in 10, 4, 7 and 2 days (average 5.8).
    for channel, received, resolved, status in [
            ("suggestion box", D(2023, 3, 1), D(2023, 3, 11), "resolved"),
            ("suggestion box", D(2023, 4, 1), D(2023, 4, 5), "resolved"),
            ("suggestion box", D(2023, 5, 20), None, "open"),
            ("hotline", D(2023, 5, 2), D(2023, 5, 9), "resolved"),
            ("hotline", D(2023, 6, 10), None, "in progress"),
            ("focal point", D(2023, 6, 1), D(2023, 6, 3), "resolved")]:
        b.create("complaint", site_id=kilwa.id, channel=channel, category="distribution", received_on=received,
                 resolved_on=resolved, status=status)
    for kind, quantity, condition in [("emergency latrine", 20, "good"), ("emergency latrine", 4, "needs repair"),
                                      ("shower", 10, "good"), ("handwashing station", 6, "good"),
                                      ("water point", 1, "good"), ("water point", 1, "out of order"),
                                      ("shelter kit", 150, "good")]:
        b.create("site_infrastructure", site_id=kilwa.id, kind=kind, quantity=quantity, condition=condition,
                 recorded_on=D(2023, 3, 1))

    # --- Iraq: Ninewa and Anbar, a BHA livelihoods and infrastructure project --------------------
    iraq = b.iraq_project()
    _, ninewa, hamdaniya, bartella = b.ninewa()
    anbar = b.create("location", pcode="IQG01", name="Anbar", name_local="الأنبار", admin_level=1,
                     parent_id=ninewa.parent_id)
    ramadi = b.create("location", pcode="IQD001", name="Ramadi", admin_level=2, parent_id=anbar.id)

    # Grants, USD: counted 6 for 32,250 (paid 23,000); EDF-0003 rejected (20,000, not counted); one in IQD.
    g1 = b.approved_grant(iraq, bartella, "IQ-EDF-0001", D(2023, 3, 1))
    pay(session, g1, 10000, D(2023, 3, 15))
    g2 = b.approved_grant(iraq, bartella, "IQ-EDF-0002", D(2023, 3, 10), recipient_name="Layla Hassan",
                          recipient_sex="female", business_name="Layla Tailoring", sector="tailoring",
                          amount=Decimal(12000), jobs_created=3)
    pay(session, g2, 12000, D(2023, 4, 1))
    b.approved_grant(iraq, bartella, "IQ-ILA-0001", D(2023, 3, 5), programme="ILA", recipient_name="Noor Saleh",
                     recipient_sex="female", business_name=None, jobs_created=None, sector="vocational training",
                     ila_kind="vocational training", amount=Decimal(1500), applied_on=D(2023, 2, 10))
    g4 = b.approved_grant(iraq, hamdaniya, "IQ-CFW-0001", D(2023, 3, 20), programme="CfW",
                          recipient_name="Omar Yousif", business_name=None, jobs_created=None, sector="debris clearing",
                          days_worked=40, daily_rate=Decimal(25), amount=None, work_site="Bartella market")
    pay(session, g4, 1000, D(2023, 4, 10))
    b.grant(iraq, hamdaniya, "IQ-CFW-0002", programme="CfW", recipient_name="Huda Jasim", recipient_sex="female",
            business_name=None, jobs_created=None, sector="debris clearing", days_worked=30,
            daily_rate=Decimal(25), amount=None, applied_on=D(2023, 3, 20))
    rejected = b.grant(iraq, bartella, "IQ-EDF-0003", recipient_name="Karim Abbas", business_name="Abbas Garage",
                       sector="car repair", amount=Decimal(20000), jobs_created=5)
    workflows.change_grant_status(session, rejected.id, "rejected", D(2023, 2, 20))
    b.grant(iraq, bartella, "IQ-ILA-0002", programme="ILA", recipient_name="Salim Ali", business_name=None,
            jobs_created=None, sector="business kit", ila_kind="business kit", amount=Decimal(2000),
            applied_on=D(2023, 6, 15))
    b.grant(iraq, ramadi, "IQ-ILA-0003", programme="ILA", recipient_name="Zainab Ahmed", recipient_sex="female",
            business_name=None, jobs_created=None, sector="business kit", ila_kind="business kit",
            amount=Decimal(1950000), currency="IQD", exchange_rate=Decimal("0.00076923"), rate_date=D(2023, 3, 1),
            applied_on=D(2023, 3, 5))

    # Works, as of 2023-12-31: 4 works, 535,000 USD, 17,600 people; WRK-001 92 days late, WRK-004 184.
    w1 = b.work(iraq, bartella)
    workflows.change_work_status(session, w1.id, "ongoing", D(2023, 3, 10))
    b.progress(w1, D(2023, 6, 30), 45)
    b.progress(w1, D(2023, 10, 31), 80)
    w2 = b.work(iraq, bartella, "IQ-WRK-002", title="Rehabilitation of Bartella girls' school", work_type="school",
                contractor="Al-Rafidain Construction", contract_value=Decimal(85000), planned_start=D(2023, 4, 1),
                planned_end=D(2023, 8, 31), people_served=600)
    workflows.change_work_status(session, w2.id, "ongoing", D(2023, 4, 1))
    workflows.change_work_status(session, w2.id, "completed", D(2023, 8, 20))
    b.work(iraq, ramadi, "IQ-WRK-003", title="Ramadi central market", work_type="market",
           contractor="Anbar Reconstruction Ltd", contract_value=Decimal(150000), planned_start=D(2023, 6, 1),
           planned_end=D(2024, 3, 31), people_served=5000)
    w4 = b.work(iraq, hamdaniya, "IQ-WRK-004", title="Irrigation canal of Al-Hamdaniya", work_type="irrigation",
                contractor="Nineveh Builders Co.", contract_value=Decimal(60000), planned_start=D(2023, 2, 1),
                planned_end=D(2023, 6, 30), people_served=0)
    workflows.change_work_status(session, w4.id, "ongoing", D(2023, 2, 15))
    b.progress(w4, D(2023, 4, 30), 30)
    workflows.change_work_status(session, w4.id, "suspended", D(2023, 5, 1), "contractor left the site")

    # Logframe: over Q1+Q2 2023, IND-1 50 targeted, 39 achieved (78.0%); IND-2 3 targeted, 1 achieved (33.3%).
    outcome = b.create("outcome", project_id=iraq.id, code="OC1", title="Improved livelihoods of returnees")
    ind1 = b.create("indicator", project_id=iraq.id, outcome_id=outcome.id, code="IND-1",
                    title="Number of people with a new job", unit="people")
    ind2 = b.create("indicator", project_id=iraq.id, outcome_id=outcome.id, code="IND-2",
                    title="Infrastructure works completed", unit="works")
    b.create("indicator_value", indicator_id=ind1.id, period_label="Q1 2023", period_start=D(2023, 1, 1),
             period_end=D(2023, 3, 31), target=Decimal(20), achieved=Decimal(12), girls=0, boys=0, women=5, men=7,
             older_women=0, older_men=0)
    b.create("indicator_value", indicator_id=ind1.id, period_label="Q2 2023", period_start=D(2023, 4, 1),
             period_end=D(2023, 6, 30), target=Decimal(30), achieved=Decimal(27), girls=0, boys=0, women=10,
             men=15, older_women=1, older_men=1)
    b.create("indicator_value", indicator_id=ind1.id, period_label="Q3 2023", period_start=D(2023, 7, 1),
             period_end=D(2023, 9, 30), target=Decimal(30), achieved=None)
    b.create("indicator_value", indicator_id=ind2.id, period_label="Q1 2023", period_start=D(2023, 1, 1),
             period_end=D(2023, 3, 31), target=Decimal(1), achieved=Decimal(0))
    b.create("indicator_value", indicator_id=ind2.id, period_label="Q2 2023", period_start=D(2023, 4, 1),
             period_end=D(2023, 6, 30), target=Decimal(2), achieved=Decimal(1))
    # --- Iraq: the Bartella and Hamdaniya CRCs (tests/reports/crc_world.py) -------------------------
    build_crcs(session, bartella)
    # Distributions: NFI kits at Kilwa on 2023-08-01, one each for KIL-0001 (8 people) and KIL-0002 (2), and a
    # shelter kit per 4 people (2 + 1); both received, 40 NFI and 20 shelter kits in the Nyunzu warehouse.
    nfi = b.create("kit_type", code="NFI-STD", name="NFI kit", category="NFI kit", per_household=1)
    shelter = b.create("kit_type", code="SHL-STD", name="Shelter kit", category="shelter kit",
                       rule="by household size", people_per_kit=4, minimum=1)
    for kit in (nfi, shelter):
        b.create("kit_item", kit_type_id=kit.id, item="Tarpaulin", quantity=2)
    dist = b.create("distribution", code="CD-NYZ-KLW-01", project_id=drc.id, site_id=kilwa.id,
                    planned_on=D(2023, 8, 1), warehouse="Nyunzu warehouse")
    for kit, n in ((nfi, 40), (shelter, 20)):
        b.create("distribution_kit", distribution_id=dist.id, kit_type_id=kit.id)
        b.create("stock_movement", warehouse="Nyunzu warehouse", kit_type_id=kit.id, moved_on=D(2023, 7, 1),
                 movement="received", quantity=n)
    distributions.build_list(session, dist.id)
    for hh in session.scalars(select(m.Household).where(m.Household.site_id == kilwa.id)):
        b.create("receipt", distribution_id=dist.id, household_id=hh.id, received_on=D(2023, 8, 1))
    session.flush()
    return Office(drc=drc, iraq=iraq, sites={"Kalonda": kalonda, "Mukuku": mukuku, "Kilwa": kilwa})


@pytest.fixture
def office(session) -> Office:
    return build_office(session)


def pdf_text(path: Path, layout: bool = False) -> str:
    """The text of a PDF as poppler's pdftotext reads it."""
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</word>')


def drawn_words(path: Path) -> list[tuple[int, float, float, str]]:
    """(page, x, y, word) of every word as drawn (pdftotext -bbox), in points from the page's top left; a drawn
    Arabic word is given back in its logical spelling (each run of its Arabic glyphs reversed, presentation forms
    folded by NFKC), Latin words as drawn."""
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    words = []
    for page, content in enumerate(out.split("<page ")[1:], 1):
        for x, y, word in _WORD.findall(content):
            word = _ARABIC_RUN.sub(lambda a: unicodedata.normalize("NFKC", a.group(0)[::-1]), html.unescape(word))
            words.append((page, float(x), float(y), word))
    return words


def visual_lines(path: Path) -> list[str]:
    """Each printed line's words in the order they are drawn, left to right (sorted by x), so a test sees what
    the reader sees, not what a PDF reader's own bidi step makes of it: "قيمة العقود" drawn right to left reads
    "العقود قيمة" (see drawn_words). Non-breaking and narrow spaces are plain spaces."""
    lines: list[str] = []
    pages: dict[int, dict[float, list[tuple[float, str]]]] = {}
    for page, x, y, word in drawn_words(path):
        rows = pages.setdefault(page, {})
        key = next((k for k in rows if abs(k - y) < 1.5), y)
        rows.setdefault(key, []).append((x, word))
    for page in sorted(pages):
        rows = pages[page]
        for y in sorted(rows):
            lines.append(" ".join(w for _, w in sorted(rows[y])).replace("\u00a0", " ").replace("\u202f", " "))
    return lines


_ARABIC_RUN = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]+")
