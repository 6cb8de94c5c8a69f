"""The demo database: the real sites and figures of the seed programmes, every rule kept, the same data each time."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from tests.builders import Build
from workbench import models as m
from workbench.db import integrity_problems, open_database
from workbench.kinds import rules
from workbench.services import figures, records, workflows
from workbench.services.demo import generate
from workbench.services.errors import DomainError

SCALE = 0.05
KALEMIE = ["Cinquantenaire", "Kalonda", "Kalunga", "Mukuku", "Kalenge"]
NYUNZU = ["Kilwa", "Kabeya-Mikena", "Kilunga", "Majengo Mapya", "Mwempa"]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request, tmp_path_factory):
    """One demo database per backend, shared by the read-only tests of this module."""
    if request.param == "sqlite":
        url, drop = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}", None
    else:
        databases = request.getfixturevalue("pg_databases")
        url, drop = databases.create(), databases.drop
    db = open_database(url, creator="tester")  # the `session` fixture's user, the database's administrator
    steps: list[tuple[float, str]] = []
    counts = generate(db.engine, SCALE, progress=lambda fraction, text: steps.append((fraction, text)))
    yield db, counts, steps
    db.close()
    if drop:
        drop(url)


@pytest.fixture
def session(demo):
    """A session on the shared demo database; whatever a test writes is rolled back."""
    db, _, _ = demo
    with db.session(user="tester") as s:
        yield s
        s.rollback()


def _sites(session, names):
    return {s.name: s for s in session.scalars(select(m.Site).where(m.Site.name.in_(names)))}


def test_the_ten_real_sites_are_in_their_territories(session):
    sites = _sites(session, KALEMIE + NYUNZU)
    assert sorted(sites) == sorted(KALEMIE + NYUNZU)
    for name, site in sites.items():
        territory = site.location.parent
        assert territory.name == ("Kalemie" if name in KALEMIE else "Nyunzu")
        province = territory.parent
        assert (territory.pcode[:4], province.name, province.parent.pcode) == ("CD74", "Tanganyika", "CD")


def test_kalemie_sites_closed_or_closing_with_dated_history(session):
    for name, site in _sites(session, KALEMIE).items():
        steps = [(c.from_status, c.to_status) for c in site.status_changes]
        dates = [c.changed_on for c in site.status_changes]
        assert dates == sorted(dates) and dates[0] >= site.opened_on
        if name == "Kalenge":
            assert (site.status, steps, site.closed_on) == ("closing", [("open", "closing")], None)
        else:
            assert site.status == "closed"
            assert steps == [("open", "closing"), ("closing", "closed")]
            assert site.closed_on == dates[-1]
    for site in _sites(session, NYUNZU).values():
        assert site.status == "open"


def test_no_closed_site_has_a_household_still_present(session):
    closed = session.scalars(select(m.Site).where(m.Site.status == "closed")).all()
    assert closed
    for site in closed:
        assert workflows.households_present(session, site.id) == 0
        last = session.scalar(select(func.max(m.Household.departure_date)).where(m.Household.site_id == site.id))
        assert last is None or last <= site.closed_on


def test_people_supported_to_leave_kalemie_near_the_reported_18500(session):
    project = records.lookup(session, "project", "DRC-ECHO-2023-01")
    left = figures.people_supported_to_leave(session, project_id=project.id)
    assert 18_500 * SCALE * 0.85 < left < 18_500 * SCALE * 1.15
    # The logframe's indicator counts the same people, quarter by quarter, by sex and age.
    indicator = session.scalars(select(m.Indicator).where(m.Indicator.project_id == project.id,
                                                          m.Indicator.title.like("People supported to leave%"))).one()
    assert sum(v.achieved or 0 for v in indicator.values) == left


def test_nyunzu_committees_keep_the_reported_figures(session):
    sites = _sites(session, NYUNZU)
    committees = [c for s in sites.values() for c in s.committees]
    members = sum(c.members for c in committees)
    women = sum(c.women_members for c in committees)
    assert (len(committees), members, round(100 * women / members)) == (28, 110, 64)
    assert all(c.trainings and c.trainings[0].topic.startswith("Rôles et responsabilités") for c in committees)
    kinds = {s.name: {i.kind for i in s.infrastructure} for s in sites.values()}
    assert all({"emergency latrine", "shower", "handwashing station"} <= k for k in kinds.values())
    assert sorted(n for n, k in kinds.items() if "water point" in k) == ["Kilwa", "Majengo Mapya"]
    channels = set(session.scalars(select(m.Complaint.channel).distinct()))
    assert channels == {"suggestion box", "hotline", "focal point"}


@pytest.mark.parametrize("kind", sorted(records.KINDS))
def test_sampled_records_keep_every_rule(session, kind):
    model = records.KINDS[kind].model
    sample = session.scalars(select(model).order_by(model.id).limit(60)).all()
    sample += session.scalars(select(model).order_by(model.id.desc()).limit(60)).all()
    if kind != "attachment":
        assert sample, f"the demo writes no {kind}"
    for obj in sample:
        rules.check_one(session, records.KINDS[kind], obj)


def test_households_add_up_and_their_cash_is_consistent(session):
    for h in session.scalars(select(m.Household).order_by(m.Household.id).limit(400)):
        assert 1 <= h.size <= 12 and sum(h.sadd_values().values()) == h.size
        assert (h.departure_date is None) or (h.destination_id is not None and h.departure_date >= h.registered_on)
        assert [t.sequence for t in h.tranches] == list(range(1, len(h.tranches) + 1))
        for t in h.tranches:
            assert (t.status == "paid") == (t.paid_on is not None)
            if t.status == "paid":
                assert h.departure_date is not None and t.paid_on >= h.registered_on
    currencies = set(session.scalars(select(m.CashTranche.currency).distinct()))
    assert {"USD", "CDF", "IQD"} <= currencies


def test_cash_for_work_is_days_worked_times_daily_rate(session):
    grants = session.scalars(select(m.LivelihoodGrant).where(m.LivelihoodGrant.programme == "CfW")).all()
    assert grants
    for g in grants:
        assert g.amount == (Decimal(g.days_worked) * g.daily_rate).quantize(Decimal("0.01"))


def test_grants_follow_the_workflow_and_are_never_overpaid(session):
    grants = session.scalars(select(m.LivelihoodGrant)).all()
    assert {g.status for g in grants} >= {"closed", "rejected", "disbursed"}
    for g in grants:
        status, last = "application", g.applied_on
        for change in g.history:
            assert change.from_status == status and change.changed_on >= last
            assert change.to_status in workflows.GRANT_STEPS[status], (g.code, status, change.to_status)
            if change.to_status == "approved":
                assert g.approved_on == change.changed_on
            status, last = change.to_status, change.changed_on
        assert status == g.status
        paid = workflows.grant_paid(g)
        assert paid <= g.amount
        assert [t.sequence for t in g.tranches] == list(range(1, len(g.tranches) + 1))
        if g.tranches:
            assert g.approved_on is not None and all(t.paid_on >= g.approved_on for t in g.tranches)
        if g.status in ("monitored", "closed"):
            assert paid == g.amount
        if g.status == "disbursed":
            assert 0 < paid
        if g.status in ("application", "vetting", "rejected"):
            assert g.approved_on is None and not g.tranches


def test_works_progress_only_forward_and_reach_100_when_done(session):
    works = session.scalars(select(m.InfrastructureWork)).all()
    assert {w.code[:2] for w in works} == {"IQ", "CD"}
    for w in works:
        status = "planned"
        for change in w.status_changes:
            assert change.from_status == status and change.to_status in workflows.WORK_STEPS[status]
            status = change.to_status
        assert status == w.status
        percents = [r.progress_percent for r in w.progress_reports]
        assert percents == sorted(percents)
        if w.status in ("completed", "handed over"):
            assert percents[-1] == 100 and w.actual_end is not None
        elif percents:
            assert percents[-1] < 100


def test_population_counts_follow_the_households(session):
    for site in _sites(session, KALEMIE + NYUNZU).values():
        counts = site.population_counts
        assert counts and counts[0].counted_on >= site.opened_on
        for c in counts:
            assert sum(c.sadd_values().values()) == c.individuals and c.households <= c.individuals
        last = counts[-1]
        present = session.scalar(select(func.count()).select_from(m.Household).where(
            m.Household.site_id == site.id, m.Household.registered_on <= last.counted_on,
            (m.Household.departure_date.is_(None)) | (m.Household.departure_date > last.counted_on)))
        assert last.households == present
        if site.status == "closed":
            assert last.households == 0


def test_arabic_names_of_iraqi_governorates(session):
    ninewa = records.lookup(session, "location", "IQG13")
    assert (ninewa.name, ninewa.name_local, ninewa.parent.pcode) == ("Ninewa", "نينوى", "IQ")
    assert {c.name for c in ninewa.children} >= {"Mosul", "Sinjar", "Tal Afar", "Hamdaniya"}


def test_database_is_whole_and_says_where_its_data_came_from(demo, session):
    db, counts, steps = demo
    assert integrity_problems(db.engine) == []
    entry = session.scalars(select(m.AuditEntry)).one()
    assert (entry.user_name, entry.table_name, entry.action) == ("demo", "demo", "create")
    assert json.loads(entry.new_value)["scale"] == SCALE
    assert counts["households"] == session.scalar(select(func.count()).select_from(m.Household)) == 500
    fractions = [f for f, _ in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(text.startswith("households") for _, text in steps)


def test_staff_can_add_records_after_the_demo(session):
    # On PostgreSQL the demo gives ids itself; the sequences must continue after them.
    kilwa = records.lookup(session, "site", "Kilwa")
    last = session.scalar(select(func.max(m.Household.id)))
    household = records.create(session, "household", {
        "code": "NYZ-KLW-NEW-1", "head_name": "Furaha Amisi", "head_sex": "female", "size": 3,
        "site_id": kilwa.id, "registered_on": dt.date(2024, 7, 1)})
    assert household.id == last + 1


def _digest(db) -> str:
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for model in (m.Household, m.CashTranche, m.LivelihoodGrant, m.GrantTranche, m.InfrastructureWork,
                      m.PopulationCount, m.Complaint):
            for row in conn.execute(select(model.__table__).order_by(model.__table__.c.id)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_the_same_seed_gives_the_same_database(demo, request, tmp_path):
    db, _, _ = demo
    if db.engine.dialect.name == "sqlite":
        url, drop = f"sqlite:///{tmp_path / 'again.db'}", None
    else:  # a second database on the same server
        databases = request.getfixturevalue("pg_databases")
        url, drop = databases.create(), databases.drop
    again = open_database(url)
    try:
        generate(again.engine, SCALE)
        assert _digest(again) == _digest(db)
    finally:
        again.close()
        if drop:
            drop(url)


def test_another_seed_gives_another_database(tmp_path):
    digests = []
    for seed in (7, 8):
        db = open_database(tmp_path / f"seed{seed}.db")
        try:
            generate(db.engine, 0.01, seed=seed)
            digests.append(_digest(db))
        finally:
            db.close()
    assert digests[0] != digests[1]


def test_refuses_a_database_that_has_data(fresh_url):
    db = open_database(fresh_url)
    try:
        with db.session(user="tester") as s, s.begin():
            Build(s).project()
        with pytest.raises(DomainError, match="already has data"):
            generate(db.engine, SCALE)
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(m.Household)) == 0
    finally:
        db.close()


def test_refuses_a_scale_or_date_it_cannot_honour(fresh_url):
    db = open_database(fresh_url)
    try:
        with pytest.raises(DomainError, match="scale"):
            generate(db.engine, 0)
        with pytest.raises(DomainError, match="today"):
            generate(db.engine, SCALE, today=dt.date(2022, 1, 1))
    finally:
        db.close()


def test_referrals_follow_their_workflow_with_realistic_shares(session):
    referrals = session.scalars(select(m.Referral).options(selectinload(m.Referral.history))).all()
    assert len(referrals) == max(100, round(1000 * SCALE))
    for r in referrals:
        assert r.due_on == r.referred_on + dt.timedelta(days=m.RESPONSE_DAYS[r.priority])
        status, last = "draft", r.referred_on
        for step in r.history:
            assert step.from_status == status and step.to_status in workflows.REFERRAL_STEPS[status], r.code
            assert step.changed_on >= last
            status, last = step.to_status, step.changed_on
        assert status == r.status, r.code
        if r.status != "draft":
            assert r.consent_given and r.consent_on is not None and r.sent_on is not None
        assert r.household_id is None or r.service not in m.SENSITIVE_SERVICES
    services = Counter(r.service for r in referrals)
    assert services.most_common(2)[0][0] in ("civil documentation", "legal aid")
    answered = [r for r in referrals if r.responded_on is not None]
    accepted = [r for r in answered if any(s.to_status == "accepted" for s in r.history)]
    assert 0.75 < len(accepted) / len(answered) < 0.95
    late = sum(r.responded_on > r.due_on for r in answered)
    assert 0.08 < late / len(answered) < 0.3
    sessions = session.scalars(select(m.CrcSession)).all()
    assert sessions and all(sum(s.sadd_values().values()) == s.participants
                            == s.idps + s.returnees + s.host_community for s in sessions)
