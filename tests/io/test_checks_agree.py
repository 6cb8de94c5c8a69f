"""The import's vectorised checks and the services' rules give the same verdict, field and words on the same rows.

Each case is one row: run through validate() (whole columns at once: each rule's `many` half) and through
records.create (each rule's `one` half, in a savepoint that is rolled back). A rule whose two halves in
workbench/kinds/rules.py or a kind's module disagree fails here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pandas as pd
import pytest
from sqlalchemy import select

from workbench import models as m
from workbench.io import import_kind, validate
from workbench.io.reading import Table
from workbench.services import distributions, records, workflows
from workbench.services.errors import DomainError

D = dt.date

BASE = {
    "households": dict(code="KAL-9001", head_name="Mwamba Kasongo", head_sex="female", size=5, site="Kalonda",
                       registered_on=D(2022, 5, 10), intention="return"),
    "tranches": dict(household="KAL-0001", sequence=1, purpose="transport", status="planned",
                     amount=Decimal("45.5"), currency="USD"),
    "grants": dict(code="IQ-EDF-9001", project="IRQ-BHA-2023-02", programme="EDF", recipient_name="Ahmed Khalil",
                   recipient_sex="male", location="IQD086S01", sector="food processing", applied_on=D(2023, 2, 1),
                   amount=Decimal("15000"), currency="USD", business_name="Al-Noor Bakery"),
    "works": dict(code="IQ-WRK-9001", project="IRQ-BHA-2023-02", title="Bartella water plant",
                  work_type="water plant", location="IQD086S01", contractor="Nineveh Builders",
                  contract_value=Decimal("240000"), currency="USD", planned_start=D(2023, 3, 1),
                  planned_end=D(2023, 9, 30), people_served=12000),
    "progress": dict(work="IQ-WRK-001", reported_on=D(2023, 4, 30), progress_percent=Decimal("35.5"), note="ok"),
    "work payments": dict(work="IQ-WRK-001", paid_on=D(2023, 3, 15), amount=Decimal("48000"), currency="USD",
                          reference="IPC-01"),
    "population": dict(site="Kalonda", counted_on=D(2023, 1, 31), households=1200, individuals=5400),
    "sites": dict(name="Kilwa", site_type="spontaneous site", location="CD7401", opened_on=D(2021, 2, 1)),
    "locations": dict(pcode="CD740188", name="Kabeya-Mikena", admin_level=3, parent="CD7401"),
    "donors": dict(code="SIDA", name="Swedish International Development Cooperation Agency"),
    "projects": dict(code="DRC-SIDA-2024-01", title="Return support in Kalemie", donor="ECHO",
                     start_date=D(2024, 1, 1), end_date=D(2024, 12, 31), budget=Decimal("500000"), currency="USD"),
    "committees": dict(site="Kalonda", name="Women's committee", formed_on=D(2021, 4, 1), members=12, women_members=12),
    "complaints": dict(site="Kalonda", received_on=D(2023, 2, 1), channel="hotline", category="distribution",
                       status="open", description="Kit missing"),
    "infrastructure": dict(site="Kalonda", kind="water point", quantity=4, condition="good",
                           recorded_on=D(2023, 3, 1)),
    "indicators": dict(indicator="1.1", period_label="2023 Q1", period_start=D(2023, 1, 1),
                       period_end=D(2023, 3, 31), target=Decimal("5000"), achieved=Decimal("4200")),
    "crcs": dict(code="IQ-CRC-9001", name="Bartella CRC", centre_type="walk-in", location="IQD086S01",
                 project="IRQ-BHA-2023-02", managing_organisation="IOM Iraq", opened_on=D(2023, 5, 2),
                 focal_point="Huda Saleh Al-Hadidi"),
    "service-providers": dict(code="IQ-SP-HAM-01", organisation="Norwegian Refugee Council (ICLA)",
                              services="legal aid, civil documentation", location="IQD086S01",
                              contact="ICLA referral line: +964 750 647 5889", accepts_referrals=True,
                              last_verified_on=D(2023, 8, 9)),
    "crc-contacts": dict(crc="IQ-CRC-BAR-01", contacted_on=D(2023, 6, 12), channel="walk-in",
                         population_group="returnee", sex="female", age_group="18-59",
                         question="How to replace a lost national ID card",
                         information_given="Referred to the ICLA legal aid team", contact_ref="BAR-2023-0001"),
    "crc-sessions": dict(crc="IQ-CRC-BAR-01", held_on=D(2023, 6, 12), session_kind="awareness",
                         topic="Civil documentation after return", facilitator="ICLA team", participants=20,
                         girls=2, boys=3, women=8, men=5, older_women=1, older_men=1, idps=6, returnees=10,
                         host_community=4),
    "referrals": dict(code="IQ-REF-900001", crc="IQ-CRC-BAR-01", referred_on=D(2023, 6, 12), case_code="BAR-C-0101",
                      sex="female", age_group="18-59", service="civil documentation", provider="IQ-SP-LEG-01",
                      priority="urgent", consent_given=True, consent_on=D(2023, 6, 12), consent_by="the person"),
    "kit-types": dict(code="SHL-9001", name="Shelter kit", category="shelter kit", rule="by household size",
                      people_per_kit=4, minimum=1, description="Tarpaulins, rope, tools"),
    "kit-items": dict(kit_type="NFI-STD", item="Blanket", quantity=2, unit="piece"),
    "distributions": dict(code="CD-DIST-9001", project="DRC-ECHO-2023-01", site="Kalonda", modality="in kind",
                          planned_on=D(2024, 3, 10), warehouse="Kalemie warehouse"),
    "receipts": dict(distribution="CD-DIST-0001", household="KAL-0001", received_on=D(2024, 3, 10),
                     received_by="head of household", proof="thumbprint", recorded_by="Esther Mujinga"),
    "stock": dict(warehouse="Kalemie warehouse", kit_type="NFI-STD", moved_on=D(2024, 3, 9), movement="issued",
                  quantity=40, distribution="CD-DIST-0001"),
}
SADD = dict(girls=2, boys=1, women=1, men=1, older_women=0, older_men=0)
CASES = {
    "donors": [{}, {"name": None}, {"code": None}],
    "projects": [{}, {"end_date": D(2023, 12, 31)}, {"budget": Decimal("-1")}, {"currency": "GBP"},
                 {"status": "dormant"}, {"donor": "NOPE"}, {"title": None}],
    "committees": [{}, {"women_members": 13}, {"members": -1}, {"site": "Nowhere"}],
    "complaints": [{}, {"channel": "letter"}, {"status": "resolved"},
                   {"status": "resolved", "resolved_on": D(2023, 1, 1)},
                   {"status": "resolved", "resolved_on": D(2023, 2, 3)}, {"resolved_on": D(2023, 2, 3)},
                   {"received_on": None}],
    "infrastructure": [{}, {"kind": "bridge"}, {"condition": "broken"}, {"quantity": -2}],
    "households": [{}, {"size": 0}, {"head_sex": "other"}, {"status": "refugee"}, {"intention": "migrate"},
                   SADD, SADD | {"men": 2}, SADD | {"men": None}, SADD | {"girls": -1, "boys": 4},
                   {"vulnerabilities": "disability, chronic illness"}, {"vulnerabilities": "disability, poverty"},
                   {"departure_date": D(2022, 5, 1), "destination": "CD740105"},
                   {"departure_date": D(2023, 5, 1)}, {"head_name": None}, {"registered_on": None},
                   {"size": None, "head_sex": "x"}, {"latitude": -5.9, "longitude": 29.2}, {"latitude": 95.0},
                   {"longitude": 181.0}, {"site": "Mukuku"}],
    "tranches": [{}, {"purpose": "food"}, {"status": "lost"}, {"currency": "GBP"}, {"amount": Decimal("0")},
                 {"status": "paid"}, {"status": "paid", "paid_on": D(2022, 1, 1)},
                 {"status": "paid", "paid_on": D(2023, 1, 1)}, {"currency": "CDF"},
                 {"currency": "CDF", "exchange_rate": Decimal("0.0004")},
                 {"currency": "CDF", "exchange_rate": Decimal("0.0004"), "rate_date": D(2023, 1, 1)},
                 {"amount": None}, {"sequence": None}],
    "grants": [{}, {"programme": "XYZ"}, {"recipient_sex": "?"}, {"currency": "CDF"},
               {"currency": "EUR", "exchange_rate": Decimal("1.1"), "rate_date": D(2023, 1, 1)},
               {"jobs_created": -1}, {"business_name": None},
               {"programme": "ILA", "business_name": None}, {"programme": "ILA", "ila_kind": "toolkit"},
               {"programme": "ILA", "ila_kind": "business kit"},
               {"programme": "CfW", "amount": None, "days_worked": 20, "daily_rate": Decimal("15")},
               {"programme": "CfW", "amount": Decimal("400"), "days_worked": 20, "daily_rate": Decimal("15")},
               {"programme": "CfW", "amount": None, "days_worked": None, "daily_rate": Decimal("15")},
               {"amount": Decimal("0")}, {"amount": None}, {"sector": None}, {"applied_on": D(2030, 1, 15)}],
    "works": [{}, {"work_type": "bridge"}, {"currency": "XXX"}, {"contract_value": Decimal("-1")},
              {"people_served": -5}, {"planned_end": D(2023, 1, 1)}, {"currency": "IQD"},
              {"currency": "IQD", "exchange_rate": Decimal("0.00068"), "rate_date": D(2023, 3, 1)},
              {"contractor": None}],
    "progress": [{}, {"progress_percent": Decimal("101")}, {"progress_percent": Decimal("-1")},
                 {"reported_on": None}, {"work": "IQ-WRK-002"}],
    "work payments": [{}, {"amount": Decimal("0")}, {"amount": None}, {"currency": "IQD"},
                      {"currency": "IQD", "exchange_rate": Decimal("0.00068")},
                      {"currency": "IQD", "exchange_rate": Decimal("0.00068"), "rate_date": D(2023, 3, 1)},
                      {"reference": None}, {"paid_on": None}, {"work": "NOPE"}],
    "population": [{}, {"households": -1}, {"households": 6000}, SADD | {"individuals": 5},
                   {"girls": 1}, {"counted_on": D(2019, 1, 1)}, {"individuals": None}, {"site": "Mukuku"},
                   {"site": "Mukuku", "counted_on": D(2021, 1, 31)}],
    "sites": [{}, {"site_type": "camp"}, {"opened_on": None}, {"name": None}, {"dtm_site_id": "CD-SSID-0042"},
              {"dtm_site_id": "CD-SSID-0001"}, {"latitude": -5.93, "longitude": 29.19}, {"latitude": 95.0},
              {"longitude": -200.0}],
    "locations": [{}, {"pcode": "CD-7401"}, {"admin_level": 7}, {"admin_level": 2}, {"parent": None},
                  {"admin_level": 0, "parent": "CD7401"}, {"pcode": "IQ740188"}, {"latitude": 95.0},
                  {"longitude": -200.0}, {"admin_level": 0, "parent": None, "pcode": "UG"}],
    "crcs": [{}, {"centre_type": "kiosk"}, {"closed_on": D(2023, 5, 1)}, {"closed_on": D(2024, 3, 31)},
             {"location": "IQ999"}, {"project": "NOPE"}, {"opened_on": None}, {"name": None}],
    "service-providers": [{}, {"services": "legal aid, psychosocial"}, {"services": None}, {"services": "GBV"},
                          {"location": None}, {"organisation": None}, {"accepts_referrals": False},
                          {"location": "IQ999"}],
    "crc-contacts": [{}, {"contacted_on": D(2023, 5, 1)}, {"crc": "IQ-CRC-SUM-01", "contacted_on": D(2024, 1, 10)},
                     {"crc": "IQ-CRC-SUM-01", "contacted_on": D(2023, 12, 14)}, {"channel": "letter"},
                     {"population_group": "refugee"}, {"sex": None}, {"age_group": "30-40"},
                     {"household": "KAL-0001"}, {"household": "NOPE"}, {"crc": "NOPE"}, {"crc": None},
                     {"contacted_on": None}],
    "crc-sessions": [{}, {"held_on": D(2023, 5, 1)}, {"crc": "IQ-CRC-SUM-01", "held_on": D(2023, 12, 15)},
                     {"session_kind": "sports"}, {"participants": 0, "girls": None, "boys": None, "women": None,
                                                  "men": None, "older_women": None, "older_men": None,
                                                  "idps": None, "returnees": None, "host_community": None},
                     {"participants": 21}, {"women": 9}, {"idps": 7}, {"idps": None},
                     {"host_community": -1, "returnees": 15}, {"topic": None}, {"participants": None},
                     {"girls": None, "boys": None, "women": None, "men": None, "older_women": None,
                      "older_men": None, "idps": None, "returnees": None, "host_community": None}],
    "referrals": [{}, {"referred_on": D(2023, 5, 1)}, {"crc": "IQ-CRC-SUM-01", "referred_on": D(2023, 12, 15)},
                  {"household": "KAL-0001"}, {"household": "KAL-0001", "service": "GBV", "provider": "IQ-SP-GBV-01"},
                  {"service": "GBV"}, {"service": "shelter", "provider": "IQ-SP-SHL-01"}, {"provider": "NOPE"},
                  {"consent_on": None}, {"consent_given": False}, {"consent_given": False, "consent_on": None,
                                                                   "consent_by": None},
                  {"consent_by": "neighbour"}, {"priority": "someday"}, {"priority": None}, {"case_code": None},
                  {"feedback_on": D(2023, 6, 1)}, {"satisfaction": "happy"}],
    "kit-types": [{}, {"category": "food basket"}, {"rule": "by household size", "people_per_kit": None},
                  {"rule": "fixed"}, {"rule": "fixed", "per_household": 2}, {"people_per_kit": 0},
                  {"minimum": -1}, {"code": None}, {"rule": "by age"}],
    "kit-items": [{}, {"quantity": 0}, {"kit_type": "NOPE"}, {"item": None}],
    "distributions": [{}, {"site": None}, {"site": None, "location": "CD7401"}, {"modality": "barter"},
                      {"project": None}, {"planned_on": None}, {"site": "Nowhere"}],
    "receipts": [{}, {"household": "KAL-0002"}, {"received_on": D(2024, 3, 9)}, {"received_by": "proxy"},
                 {"received_by": "proxy", "proxy_name": "Kabila Ngoy"}, {"proof": "stamp"},
                 {"distribution": "NOPE"}, {"received_on": None}, {"household": "NOPE"},
                 {"distribution": "CD-DIST-0002", "received_on": D(2024, 3, 9)}],
    "stock": [{}, {"quantity": 101}, {"quantity": 100}, {"moved_on": D(2024, 2, 28)}, {"movement": "received"},
              {"movement": "received", "distribution": None}, {"distribution": None},
              {"movement": "lost or damaged", "distribution": None, "quantity": 101}, {"quantity": 0},
              {"kit_type": "SHL-STD", "movement": "received", "distribution": None},
              {"kit_type": "SHL-STD", "quantity": 1}, {"warehouse": "Nyunzu warehouse"}, {"movement": "stolen"}],
    "indicators": [{}, {"period_end": D(2022, 12, 31)}, {"target": Decimal("-1")}, SADD | {"achieved": Decimal("5")},
                   SADD | {"achieved": Decimal("4")}, SADD | {"achieved": None}, {"achieved": Decimal("4.5")},
                   SADD | {"achieved": Decimal("5.5")}, {"achieved": None}],
}


@pytest.fixture
def world(session, office):
    b = office["build"]
    b.household(office["kalonda"], code="KAL-0001", project_id=office["project"].id)
    b.work(office["iraq"], office["bartella"])
    # A closed site and a completed work: nothing is added to them (their declared `closes`).
    workflows.change_site_status(session, office["mukuku"].id, "closing", D(2022, 1, 10))
    workflows.change_site_status(session, office["mukuku"].id, "closed", D(2022, 1, 31))
    done = b.work(office["iraq"], office["bartella"], code="IQ-WRK-002")
    workflows.change_work_status(session, done.id, "ongoing", D(2023, 3, 1))
    workflows.change_work_status(session, done.id, "completed", D(2023, 9, 1))
    office["kalonda"].dtm_site_id = "CD-SSID-0001"  # DTM's site ID of Kalonda: no other site may take it
    b.create("indicator", project_id=office["project"].id, code="1.1", title="People supported to leave sites")
    for code, opened, closed in (("IQ-CRC-BAR-01", D(2023, 5, 2), None), ("IQ-CRC-SUM-01", D(2023, 4, 23),
                                                                             D(2023, 12, 14))):
        b.create("crc", code=code, name=code, centre_type="walk-in", location_id=office["bartella"].id,
                 opened_on=opened, closed_on=closed)
    for code, services, accepts in (("IQ-SP-LEG-01", "legal aid, civil documentation", True),
                                    ("IQ-SP-GBV-01", "GBV, MHPSS", True), ("IQ-SP-SHL-01", "shelter", False)):
        b.create("service_provider", code=code, organisation=code, services=services,
                 location_id=office["bartella"].id, accepts_referrals=accepts)
    # A distribution at Kalonda on 2024-03-10 with KAL-0001 on its list, another started early (2024-03-08) with
    # it too, and 100 NFI kits in the Kalemie warehouse since 2024-03-01; a shelter kit with no items.
    nfi = b.create("kit_type", code="NFI-STD", name="NFI kit", category="NFI kit", per_household=1)
    b.create("kit_item", kit_type_id=nfi.id, item="Blanket", quantity=2)
    b.create("kit_type", code="SHL-STD", name="Shelter kit", category="shelter kit", per_household=1)
    for code, started in (("CD-DIST-0001", None), ("CD-DIST-0002", D(2024, 3, 8))):
        dist = b.create("distribution", code=code, project_id=office["project"].id, site_id=office["kalonda"].id,
                        planned_on=D(2024, 3, 10), warehouse="Kalemie warehouse")
        b.create("distribution_kit", distribution_id=dist.id, kit_type_id=nfi.id)
        distributions.build_list(session, dist.id)
        if started:
            workflows.change_distribution_status(session, dist.id, "in progress", started)
    b.create("stock_movement", warehouse="Kalemie warehouse", kit_type_id=nfi.id, moved_on=D(2024, 3, 1),
             movement="received", quantity=100)
    session.flush()
    return office


def _import_verdict(session, kind, values: dict):
    ikind = import_kind(kind)
    cells = {k: [v if not isinstance(v, Decimal) else float(v)] for k, v in values.items()}
    if kind == "indicators":
        cells["project"] = ["DRC-ECHO-2023-01"]
    frame = pd.DataFrame(cells, index=[2], dtype=object)
    table = Table(frame=frame, source="case.xlsx")
    result = validate(session, kind, table, {c: c for c in frame.columns})
    if not result.rejected:
        return None
    problem = result.rejected[0]
    return ikind.field(problem.field).column, problem.reason


@pytest.mark.parametrize("kind", list(CASES))
def test_checks_agree_with_the_rules(session, world, kind):
    if kind == "indicators":
        # The services' path names the indicator by its id.
        indicator_id = session.scalars(select(m.Indicator.id).where(m.Indicator.code == "1.1")).one()
    else:
        indicator_id = None
    verdicts = []
    for change in CASES[kind]:
        values = BASE[kind] | change
        services = _services_verdict(session, kind, values, indicator_id)
        imported = _import_verdict(session, kind, values)
        verdicts.append((change, services, imported))
    disagree = [(c, s, i) for c, s, i in verdicts if s != i]
    assert not disagree, "\n".join(f"{c}: services {s} / import {i}" for c, s, i in disagree)
    # The cases test something: most of them break a rule.
    assert sum(s is not None for _, s, _ in verdicts) >= len(verdicts) // 2


def _services_verdict(session, kind, values, indicator_id):
    ikind = import_kind(kind)
    rkind = records.KINDS[ikind.record]
    values = {k: v for k, v in values.items() if v is not None}
    if indicator_id is not None:
        values.pop("indicator")
        values["indicator_id"] = indicator_id
    nested = session.begin_nested()
    try:
        records.create(session, ikind.record, records.coerce(session, rkind, values))
        return None
    except DomainError as exc:
        return exc.field, exc.message
    finally:
        nested.rollback()


# Kinds a file row can update: those with a key naming one record (a complaint or a contact has none: a row is a new
# one). An indicator value is named by its indicator's code within the project, which the services' path does not
# take.
UPDATED = [k for k in CASES if records.KINDS[import_kind(k).record].import_key and k != "indicators"]


@pytest.mark.parametrize("kind", UPDATED)
def test_checks_agree_with_the_rules_for_updates(session, world, kind):
    """The same cases as changes of a record that exists: `--on-duplicate update` of a file row naming it, and
    records.update of the same values. Cases that change the row's key name another record and are left out."""
    ikind = import_kind(kind)
    rkind = records.KINDS[ikind.record]
    key = [f.name for f in ikind.fields if f.column in rkind.import_key or f.name in rkind.import_key]
    verdicts = []
    for change in CASES[kind]:
        if not change or any(k in change for k in key):
            continue
        nested = session.begin_nested()
        try:
            base = {k: v for k, v in BASE[kind].items() if v is not None}
            obj = records.create(session, ikind.record, records.coerce(session, rkind, base))
            session.flush()
            values = BASE[kind] | change
            imported = _import_update_verdict(session, kind, values)
            services = _services_update_verdict(session, kind, obj.id, values)
        finally:
            nested.rollback()
        verdicts.append((change, services, imported))
    disagree = [(c, s, i) for c, s, i in verdicts if s != i]
    assert not disagree, "\n".join(f"{c}: services {s} / import {i}" for c, s, i in disagree)
    assert verdicts, f"no update case for {kind}"


def _services_update_verdict(session, kind, ident: int, values: dict):
    """records.update of the values on the record, in a savepoint rolled back: None, or the refusal."""
    ikind = import_kind(kind)
    inner = session.begin_nested()
    try:
        records.update(session, ikind.record, ident, records.coerce(session, records.KINDS[ikind.record], values))
        return None
    except DomainError as exc:
        return exc.field, exc.message
    finally:
        inner.rollback()


def _import_update_verdict(session, kind, values: dict):
    ikind = import_kind(kind)
    cells = {k: [v if not isinstance(v, Decimal) else float(v)] for k, v in values.items()}
    frame = pd.DataFrame(cells, index=[2], dtype=object)
    table = Table(frame=frame, source="case.xlsx")
    result = validate(session, kind, table, {c: c for c in frame.columns}, on_duplicate="update")
    if not result.rejected:
        assert len(result.updates) == 1, f"{values}: the row should update the record it names"
        return None
    problem = result.rejected[0]
    return ikind.field(problem.field).column, problem.reason


def test_an_update_lowering_a_grant_below_what_was_paid_is_refused_alike(session, world):
    """Issue 10's example: `--on-duplicate update` lowering a grant below what was already paid passed the check
    and aborted at write time. Both halves refuse it now, with the same words."""
    from workbench.services import workflows

    rkind = records.KINDS["grant"]
    nested = session.begin_nested()
    try:
        obj = records.create(session, "grant", records.coerce(session, rkind, BASE["grants"]))
        workflows.change_grant_status(session, obj.id, "vetting", D(2023, 2, 10), "")
        workflows.change_grant_status(session, obj.id, "approved", D(2023, 2, 20), "")
        workflows.pay_grant_tranche(session, obj.id, Decimal("9000"), D(2023, 3, 1), "")
        session.flush()
        values = BASE["grants"] | {"amount": Decimal("5000")}
        imported = _import_update_verdict(session, "grants", values)
        services = _services_update_verdict(session, "grants", obj.id, {"amount": Decimal("5000")})
    finally:
        nested.rollback()
    assert services is not None and services == imported, (services, imported)


@pytest.mark.parametrize("kind, change, name", [("households", {"site": "Mukuku"}, "Mukuku"),
                                                ("population", {"site": "Mukuku"}, "Mukuku"),
                                                ("progress", {"work": "IQ-WRK-002"}, "IQ-WRK-002")])
def test_a_closed_parent_refuses_new_records_in_both_halves(session, world, kind, change, name):
    """Issue 17, defect 5: the closed-record cases above are refused, not let through by both halves alike."""
    values = BASE[kind] | change
    state = "completed" if kind == "progress" else "closed"
    message = f"{name} is {state}: what belongs to it can no longer be added, changed or deleted"
    column = {"households": "site_id", "population": "site_id", "progress": "work_id"}[kind]
    assert _services_verdict(session, kind, values, None) == (column, message)
    assert _import_verdict(session, kind, values) == (column, message)
