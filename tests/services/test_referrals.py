"""Referrals of the CRCs: the deadline their priority gives, the workflow's legal and dated steps, the consent and the
provider they need, and the sensitive ones that no household (so no name) is ever linked to."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import Build, audit, count, refused
from workbench import models as m
from workbench.services import records, screens, workflows
from workbench.services.screens import TableQuery

D = dt.date


@pytest.fixture
def ninewa(session):
    b = Build(session)
    country, governorate, district, town = b.ninewa()
    crc = b.create("crc", code="IQ-CRC-BAR-01", name="Bartella CRC", centre_type="walk-in", location_id=town.id,
                   opened_on=D(2023, 5, 2))
    legal = b.create("service_provider", code="IQ-SP-HAM-01", organisation="NRC ICLA Hamdaniya",
                     services="legal aid, civil documentation", location_id=town.id, accepts_referrals=True)
    gbv = b.create("service_provider", code="IQ-SP-HAM-02", organisation="UNFPA women's centre",
                   services="GBV, MHPSS, protection", location_id=town.id, accepts_referrals=True)
    closed = b.create("service_provider", code="IQ-SP-HAM-03", organisation="Shelter cluster partner",
                      services="shelter", location_id=town.id, accepts_referrals=False)
    _, _, territory, _ = b.tanganyika()
    household = b.household(b.site(territory), code="BAR-0001", head_name="Zainab Khalil Testname")
    session.flush()
    return {"build": b, "town": town, "crc": crc, "legal": legal, "gbv": gbv, "closed": closed,
            "household": household}


def referral(w, code="IQ-REF-000001", **values):
    defaults = dict(code=code, crc_id=w["crc"].id, referred_on=D(2024, 3, 1), case_code="BAR-C-0101", sex="female",
                    age_group="18-59", service="civil documentation", provider_id=w["legal"].id, priority="normal",
                    consent_given=True, consent_on=D(2024, 3, 1), consent_by="the person")
    return w["build"].create("referral", **(defaults | values))


def test_the_priority_gives_the_answer_deadline_and_the_table_shows_codes(session, ninewa):
    normal = referral(ninewa, household_id=ninewa["household"].id)
    urgent = referral(ninewa, "IQ-REF-000002", priority="urgent")
    emergency = referral(ninewa, "IQ-REF-000003", priority="emergency", service="GBV", provider_id=ninewa["gbv"].id)
    assert [(r.status, r.due_on) for r in (normal, urgent, emergency)] == [
        ("draft", D(2024, 3, 15)), ("draft", D(2024, 3, 4)), ("draft", D(2024, 3, 2))]
    records.update(session, "referral", urgent.id, {"priority": "emergency"})
    assert urgent.due_on == D(2024, 3, 2)
    created = audit(session, "referrals", normal.id, "create")
    assert len(created) == 1 and '"IQ-REF-000001"' in created[0].new_value
    rows = screens.fetch_rows(session, "referral", TableQuery(filters={"crc_id": ninewa["crc"].id}), 0, 10)
    keys = ["id", *screens.TABLES["referral"].columns]
    shown = [dict(zip(keys, row)) for row in rows]
    assert [(r["code"], r["crc"], r["provider"], r["due_on"]) for r in shown] == [  # newest first
        ("IQ-REF-000003", "IQ-CRC-BAR-01", "IQ-SP-HAM-02", D(2024, 3, 2)),
        ("IQ-REF-000002", "IQ-CRC-BAR-01", "IQ-SP-HAM-01", D(2024, 3, 2)),
        ("IQ-REF-000001", "IQ-CRC-BAR-01", "IQ-SP-HAM-01", D(2024, 3, 15))]
    assert not any("Testname" in str(v) for r in shown for v in r.values())
    with refused("due_on", "is changed through the referral's workflow, not edited"):
        records.update(session, "referral", normal.id, {"due_on": D(2024, 4, 1)})


def test_the_workflow_goes_step_by_step_on_dates_that_follow(session, ninewa):
    r = referral(ninewa)
    with refused("status", "A referral that is draft cannot become accepted; next steps: sent, withdrawn."):
        workflows.change_referral_status(session, r.id, "accepted", D(2024, 3, 2))
    with refused("date", "cannot be before the referral date (2024-03-01)"):
        workflows.change_referral_status(session, r.id, "sent", D(2024, 2, 28))
    assert (r.status, r.sent_on, len(r.history)) == ("draft", None, 0)
    workflows.change_referral_status(session, r.id, "sent", D(2024, 3, 1))
    with refused("date", "cannot be before the referral's last step (2024-03-01)"):
        workflows.change_referral_status(session, r.id, "accepted", D(2024, 2, 29))
    workflows.change_referral_status(session, r.id, "accepted", D(2024, 3, 5), "appointment on 10 March")
    assert screens.next_steps(session, "referral", r.id) == ["service delivered", "withdrawn"]
    workflows.change_referral_status(session, r.id, "service delivered", D(2024, 3, 20))
    workflows.change_referral_status(session, r.id, "closed", D(2024, 4, 2))
    with refused("status", "A referral that is closed cannot become withdrawn; next steps: none: this is a final "
                           "step."):
        workflows.change_referral_status(session, r.id, "withdrawn", D(2024, 4, 3))
    assert (r.status, r.sent_on, r.responded_on, r.delivered_on, r.closed_on) == (
        "closed", D(2024, 3, 1), D(2024, 3, 5), D(2024, 3, 20), D(2024, 4, 2))
    assert [(h.from_status, h.to_status, h.changed_on) for h in r.history] == [
        ("draft", "sent", D(2024, 3, 1)), ("sent", "accepted", D(2024, 3, 5)),
        ("accepted", "service delivered", D(2024, 3, 20)), ("service delivered", "closed", D(2024, 4, 2))]
    rows = screens.fetch_rows(session, "referral_history", TableQuery(filters={"referral_id": r.id}), 0, 10)
    assert [row[3] for row in rows] == ["sent", "accepted", "service delivered", "closed"]
    other = referral(ninewa, "IQ-REF-000002")
    workflows.change_referral_status(session, other.id, "sent", D(2024, 3, 2))
    workflows.change_referral_status(session, other.id, "declined", D(2024, 3, 4))
    assert screens.next_steps(session, "referral", other.id) == ["closed"]


def test_no_referral_is_sent_without_consent_nor_to_a_provider_that_takes_none(session, ninewa):
    with refused("consent_on", "is required when the consent to share was given"):
        referral(ninewa, consent_on=None)
    with refused("consent_by", "must be empty when no consent to share was given"):
        referral(ninewa, consent_given=False, consent_on=None)
    r = referral(ninewa, consent_given=False, consent_on=None, consent_by=None)
    with refused("consent_given", "is required before the referral is sent: record who gave it and when"):
        workflows.change_referral_status(session, r.id, "sent", D(2024, 3, 2))
    assert (r.status, r.sent_on, len(r.history)) == ("draft", None, 0)
    with refused("provider_id", "does not accept referrals now"):
        referral(ninewa, "IQ-REF-000002", service="shelter", provider_id=ninewa["closed"].id)
    with refused("provider_id", "does not offer GBV; it offers: legal aid, civil documentation"):
        referral(ninewa, "IQ-REF-000002", service="GBV")
    records.update(session, "referral", r.id, {"consent_given": True, "consent_on": D(2024, 3, 3),
                                               "consent_by": "parent or caregiver"})
    with refused("consent_on", "is after the day it would be sent (2024-03-02): consent comes first"):
        workflows.change_referral_status(session, r.id, "sent", D(2024, 3, 2))
    # The provider stops taking referrals before this one is sent.
    records.update(session, "service_provider", ninewa["legal"].id, {"accepts_referrals": False})
    with refused("provider_id", "IQ-SP-HAM-01 does not accept referrals now"):
        workflows.change_referral_status(session, r.id, "sent", D(2024, 3, 4))
    assert r.status == "draft"
    with refused(None, "This service provider cannot be deleted: it still has 1 referrals"):
        records.delete(session, "service_provider", ninewa["legal"].id)
    with refused("referred_on", "cannot be before the CRC opened (2023-05-02)"):
        referral(ninewa, "IQ-REF-000003", referred_on=D(2023, 5, 1), service="GBV", provider_id=ninewa["gbv"].id)


def test_a_sensitive_referral_is_never_linked_to_a_household(session, ninewa):
    household = ninewa["household"]
    with refused("household_id", "cannot be linked to a protection, GBV, child-protection or MHPSS referral"):
        referral(ninewa, service="MHPSS", provider_id=ninewa["gbv"].id, household_id=household.id)
    assert count(session, m.Referral) == 0
    linked = referral(ninewa, household_id=household.id)
    with refused("household_id", "cannot be linked to a protection, GBV, child-protection or MHPSS referral"):
        records.update(session, "referral", linked.id, {"service": "protection", "provider_id": ninewa["gbv"].id})
    assert (linked.service, linked.household_id) == ("civil documentation", household.id)
    records.update(session, "referral", linked.id, {"service": "protection", "provider_id": ninewa["gbv"].id,
                                                    "household_id": None})
    kind = records.KINDS["referral"]
    assert kind.sensitive.one(linked)
    assert {f.key for f in kind.fields if f.sensitive} == {"case_code", "household_id", "service", "outcome",
                                                          "feedback"}
    # A CRC with referrals keeps them: it is neither deleted nor closed before the last one.
    with refused("closed_on", "cannot be before its last referral (2024-03-01)"):
        records.update(session, "crc", ninewa["crc"].id, {"closed_on": D(2024, 2, 1)})
    with refused(None, "it still has 1 referrals"):
        records.delete(session, "crc", ninewa["crc"].id)


def test_a_sent_referral_keeps_its_date_before_the_sending_and_its_consent(session, ninewa):
    """Edits that would undo what a step recorded: the referral's date moved after the day it was sent, or the
    consent unticked once the information went out; each refused on the field typed, nothing changed."""
    r = referral(ninewa)
    workflows.change_referral_status(session, r.id, "sent", D(2024, 3, 4))
    with refused("referred_on", "cannot be after the day it was sent (2024-03-04)"):
        records.update(session, "referral", r.id, {"referred_on": D(2024, 3, 5)})
    with refused("consent_given", "cannot be taken back once the referral was sent (2024-03-04); withdraw the "
                                  "referral instead"):
        records.update(session, "referral", r.id, {"consent_given": False, "consent_on": None, "consent_by": None})
    session.expire_all()
    saved = session.get(m.Referral, r.id)
    assert (saved.referred_on, saved.consent_given, saved.consent_on) == (D(2024, 3, 1), True, D(2024, 3, 1))
    records.update(session, "referral", r.id, {"referred_on": D(2024, 3, 4)})  # the same day is fine
    assert saved.due_on == D(2024, 3, 18)
