"""The Bartella and Hamdaniya CRCs of the report tests: contacts, sessions and referrals in the first and second
halves of 2023, with figures worked out by hand in tests/reports/test_crc_report.py."""

from __future__ import annotations

import datetime as dt

from tests.builders import Build
from workbench.services import workflows

D = dt.date

# (code, referred on, service, priority, provider, steps [(status, day)], feedback on, satisfaction)
REFERRALS = [
    # First half of 2023, Bartella
    ("IQ-REF-000001", D(2023, 2, 1), "civil documentation", "normal", "LEG",
     [("sent", D(2023, 2, 1)), ("accepted", D(2023, 2, 6)), ("service delivered", D(2023, 2, 20)),
      ("closed", D(2023, 3, 1))], D(2023, 3, 5), "satisfied"),
    ("IQ-REF-000002", D(2023, 3, 10), "GBV", "emergency", "GBV",
     [("sent", D(2023, 3, 10)), ("accepted", D(2023, 3, 11)), ("service delivered", D(2023, 3, 15))],
     D(2023, 3, 20), "partly satisfied"),
    ("IQ-REF-000003", D(2023, 4, 3), "legal aid", "urgent", "LEG",
     [("sent", D(2023, 4, 3)), ("declined", D(2023, 4, 10)), ("closed", D(2023, 4, 12))], None, None),
    ("IQ-REF-000004", D(2023, 5, 15), "health", "normal", "HLT",
     [("sent", D(2023, 5, 15)), ("accepted", D(2023, 6, 5))], None, None),
    ("IQ-REF-000005", D(2023, 6, 20), "MHPSS", "urgent", "GBV",
     [("sent", D(2023, 6, 20)), ("accepted", D(2023, 7, 3))], None, None),
    ("IQ-REF-000006", D(2023, 6, 28), "civil documentation", "normal", "LEG",
     [("sent", D(2023, 7, 1)), ("withdrawn", D(2023, 7, 20))], None, None),
    # Second half of 2023, Bartella
    ("IQ-REF-000007", D(2023, 7, 5), "GBV", "normal", "GBV",
     [("sent", D(2023, 7, 5)), ("accepted", D(2023, 7, 8)), ("service delivered", D(2023, 7, 30)),
      ("closed", D(2023, 8, 15))], D(2023, 8, 10), "satisfied"),
    ("IQ-REF-000008", D(2023, 8, 1), "child protection", "emergency", "GBV",
     [("sent", D(2023, 8, 1)), ("accepted", D(2023, 8, 4)), ("service delivered", D(2023, 8, 20))], None, None),
    ("IQ-REF-000009", D(2023, 9, 12), "legal aid", "normal", "LEG",
     [("sent", D(2023, 9, 12)), ("declined", D(2023, 9, 22))], D(2023, 10, 1), "not satisfied"),
    ("IQ-REF-000010", D(2023, 10, 2), "health", "urgent", "HLT",
     [("sent", D(2023, 10, 2)), ("declined", D(2023, 10, 4)), ("closed", D(2023, 10, 6))], None, None),
    ("IQ-REF-000011", D(2023, 11, 20), "civil documentation", "normal", "LEG",
     [("sent", D(2023, 11, 20)), ("withdrawn", D(2023, 11, 25))], None, None),
]
CONTACTS = [(D(2023, 2, 10), "walk-in", "IDP", "female", "18-59"), (D(2023, 3, 5), "call", "returnee", "male", "18-59"),
            (D(2023, 4, 12), "walk-in", "returnee", "female", "60+"),
            (D(2023, 6, 1), "outreach", "host community", "female", "0-17"),
            (D(2023, 8, 8), "call", "IDP", "male", "60+"), (D(2023, 9, 9), "walk-in", "returnee", "female", "18-59")]
SESSIONS = [
    (D(2023, 3, 15), "awareness", "Civil documentation after return", dict(
        participants=20, girls=2, boys=3, women=8, men=5, older_women=1, older_men=1, idps=6, returnees=10,
        host_community=4)),
    (D(2023, 5, 20), "legal counselling (group)", "Housing, land and property", dict(
        participants=10, girls=0, boys=0, women=5, men=5, older_women=0, older_men=0, idps=4, returnees=4,
        host_community=2)),
    (D(2023, 9, 1), "skills", "Tailoring", dict(
        participants=12, girls=0, boys=0, women=9, men=3, older_women=0, older_men=0, idps=2, returnees=8,
        host_community=2)),
]
NAMED = "Zainab Khalil Testname"  # the head of the household linked to a referral: printed nowhere


def build_crcs(session, town) -> None:
    b = Build(session)
    bartella = b.create("crc", code="IQ-CRC-BAR-01", name="Bartella CRC", centre_type="walk-in", location_id=town.id,
                        managing_organisation="IOM Iraq", opened_on=D(2023, 1, 10))
    hamdaniya = b.create("crc", code="IQ-CRC-HAM-01", name="Hamdaniya hotline", centre_type="virtual hotline",
                         location_id=town.id, opened_on=D(2023, 1, 10))
    providers = {key: b.create("service_provider", code=f"IQ-SP-{key}-01", organisation=key, services=services,
                               location_id=town.id, accepts_referrals=True)
                 for key, services in (("LEG", "legal aid, civil documentation"),
                                       ("GBV", "GBV, MHPSS, protection, child protection"), ("HLT", "health"))}
    # In no site: an Iraqi household registered by the CRC, outside the sites' figures of the other reports.
    household = b.create("household", code="BAR-0001", head_name=NAMED, head_sex="female", size=4,
                         registered_on=D(2022, 11, 1), intention="stay")
    for code, on, service, priority, provider, steps, feedback_on, satisfaction in REFERRALS:
        referral = b.create("referral", code=code, crc_id=bartella.id, referred_on=on, case_code=f"BAR-C-{code[-3:]}",
                            sex="female", age_group="18-59", service=service, provider_id=providers[provider].id,
                            priority=priority, consent_given=True, consent_on=on, consent_by="the person",
                            household_id=household.id if code == "IQ-REF-000001" else None,
                            feedback_on=feedback_on, satisfaction=satisfaction,
                            feedback="Followed up by phone" if feedback_on else "")
        for status, day in steps:
            workflows.change_referral_status(session, referral.id, status, day)
    b.create("referral", code="IQ-REF-000012", crc_id=hamdaniya.id, referred_on=D(2023, 3, 1), case_code="HAM-C-001",
             sex="male", age_group="60+", service="health", provider_id=providers["HLT"].id, priority="normal")
    for on, channel, group, sex, age in CONTACTS:
        b.create("crc_contact", crc_id=bartella.id, contacted_on=on, channel=channel, population_group=group, sex=sex,
                 age_group=age, question="Return grant")
    for on, kind, topic, counts in SESSIONS:
        b.create("crc_session", crc_id=bartella.id, held_on=on, session_kind=kind, topic=topic,
                 facilitator="ICLA team", **counts)
