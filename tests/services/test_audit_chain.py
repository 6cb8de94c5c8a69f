"""The audit log as one chain of hashes: how an entry is hashed, erasure that keeps the chain, and two writers at once."""

import datetime as dt
import hashlib
import json
import threading

import pytest
from sqlalchemy import func, select, text

from tests.builders import D, audit
from workbench import models as m
from workbench.db import integrity_problems, open_database
from workbench.services import audit as audit_service, records
from workbench.services.audit import GENESIS, chain_problems, record_event, redact_entries
from workbench.services.errors import DomainError


@pytest.fixture
def kalonda(build):
    return build.site(build.tanganyika()[2], name="Kalonda")


def _all(session) -> list:
    return list(session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id)))


def _digest(salt: str, value):
    return None if value is None else hashlib.sha256(bytes.fromhex(salt) + value.encode()).hexdigest()


def _expected_hash(entry, prev: str) -> str:
    """The encoding services/audit.py documents, written out again here with json.dumps."""
    fields = [prev, entry.id, entry.at.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
              entry.user_name, entry.table_name, entry.record_id, entry.action, entry.field, entry.source,
              _digest(entry.salt, entry.old_value), _digest(entry.salt, entry.new_value)]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def test_each_entry_holds_the_hash_before_it_and_its_own_over_digests_of_its_values(session, build, kalonda):
    household = build.household(kalonda, code="KAL-0101", head_name="Amisi Furaha", phone="+243 81 555 0101")
    records.update(session, "household", household.id, {"phone": "+243 99 555 0101", "size": 6})
    entries = _all(session)
    assert len(entries) >= 6  # the locations, the site, the household, two changed fields
    prev = GENESIS
    for entry in entries:
        assert len(entry.salt) == 32 and entry.digests is None
        assert entry.prev_hash == prev
        assert entry.hash == _expected_hash(entry, prev)
        prev = entry.hash
    phone = next(e for e in entries if e.field == "phone")
    assert (phone.old_value, phone.new_value) == ("+243 81 555 0101", "+243 99 555 0101")
    # Two entries with the same value have different digests: a digest alone tells nothing of the value.
    assert len({e.salt for e in entries}) == len(entries)
    problems, n, last = chain_problems(session.connection())
    assert (problems, n, last) == ([], len(entries), entries[-1].hash)
    head = session.get(m.AuditChainHead, 1)
    assert (head.last_id, head.last_hash) == (entries[-1].id, entries[-1].hash)


def test_an_entry_takes_the_server_time_on_postgresql(session, build, backend):
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    donor = build.donor(code="SIDA", name="Sida")
    [entry] = audit(session, "donors", donor.id)
    if backend == "postgresql":
        # The transaction's now(): the trigger sets it whatever the client sends, and the chain hashed it.
        assert entry.at == session.scalar(select(func.now()))
        session.execute(text("INSERT INTO audit_log (at, user_name, table_name, record_id, action) "
                             "VALUES ('2001-01-01 00:00+00', 'x', 'donors', 1, 'create')"))
        assert session.scalar(select(func.max(m.AuditEntry.at))) == entry.at
    else:
        assert before <= entry.at <= dt.datetime.now(dt.timezone.utc) and entry.at.microsecond == 0
    assert entry.hash == _expected_hash(entry, entry.prev_hash)


def test_an_event_is_chained_like_a_change(session, build):
    build.donor()
    session.info["user"] = "mkasongo"
    record_event(session, "export", "households", {"kind": "household", "rows": 3, "personal_data": "include"},
                 source="households.xlsx")
    event = _all(session)[-1]
    assert (event.action, event.table_name, event.record_id, event.user_name, event.source) == (
        "export", "households", 0, "mkasongo", "households.xlsx")
    assert json.loads(event.new_value) == {"kind": "household", "rows": 3, "personal_data": "include"}
    assert chain_problems(session.connection())[0] == []


def test_erased_values_leave_the_chain_whole_and_the_entries_read_as_erased(session, build, kalonda):
    household = build.household(kalonda, code="KAL-0101", head_name="Amisi Furaha", phone="+243 81 555 0101")
    records.update(session, "household", household.id, {"phone": "+243 99 555 0101", "size": 6})
    created, *changes = audit(session, "households", household.id)
    phone = next(e for e in changes if e.field == "phone")
    size = next(e for e in changes if e.field == "size")
    session.info["user"] = "dpo"
    n = redact_entries(session, [phone.id, created.id], "request of the household, DPO ticket 12",
                       keys=["head_name", "phone"])
    assert n == 2
    session.expire_all()
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    erased = f"erased on {today} by dpo"
    phone, created, size = (session.get(m.AuditEntry, e.id) for e in (phone, created, size))
    assert (phone.old_value, phone.new_value, phone.salt) == (erased, erased, None)
    snapshot = json.loads(created.new_value)
    assert (snapshot["head_name"], snapshot["phone"], snapshot["code"], snapshot["size"]) == (
        erased, erased, "KAL-0101", "5")
    assert (size.old_value, size.new_value) == ("5", "6") and size.salt is not None  # not asked: kept
    [event] = audit(session, "audit_log", action="erase")
    assert json.loads(event.new_value) == {"entries": sorted([phone.id, created.id]),
                                           "note": "request of the household, DPO ticket 12",
                                           "keys": ["head_name", "phone"]}
    assert event.user_name == "dpo"
    assert chain_problems(session.connection())[0] == []
    # Erased again: nothing more to do; the erasure's own entry is kept.
    assert redact_entries(session, [phone.id], "again") == 0
    with pytest.raises(DomainError, match=f"audit entry {event.id} is an erasure's own record"):
        redact_entries(session, [event.id], "hide the erasure")


def test_an_erasure_is_refused_without_a_reason_or_for_an_entry_there_is_not(session, build):
    donor = build.donor()
    [entry] = audit(session, "donors", donor.id)
    with pytest.raises(DomainError, match="say why"):
        redact_entries(session, [entry.id], "  ")
    with pytest.raises(DomainError, match=f"no audit entry {entry.id + 1000}"):
        redact_entries(session, [entry.id, entry.id + 1000], "request")
    with pytest.raises(DomainError, match="no audit entry to erase"):
        redact_entries(session, [], "request")
    assert session.get(m.AuditEntry, entry.id).salt is not None


def test_an_entry_changed_behind_the_workbench_is_not_erased_as_if_it_were_whole(session, build):
    donor = build.donor()
    [entry] = audit(session, "donors", donor.id)
    session.execute(text("UPDATE audit_log SET new_value = '{}' WHERE id = :id"), {"id": entry.id})
    with pytest.raises(DomainError, match=f"audit entry {entry.id} does not match its hash"):
        redact_entries(session, [entry.id], "request")


def test_a_salt_cleared_without_an_erasure_is_reported(session, build, kalonda):
    household = build.household(kalonda, code="KAL-0101", head_name="Amisi Furaha")
    [entry] = audit(session, "households", household.id)
    session.execute(text("UPDATE audit_log SET salt = NULL, digests = '- x', new_value = 'gone' WHERE id = :id"),
                    {"id": entry.id})
    problems, _, _ = chain_problems(session.connection())
    assert len(problems) == 1 and problems[0].startswith(f"audit entry {entry.id} (")
    assert "households" in problems[0]


def _write_concurrently(url: str, writers: int, saves: int) -> list[BaseException]:
    """`writers` threads, each with its own connection, each making `saves` committed changes at once."""
    db = open_database(url)
    with db.session("setup", write=True) as s, s.begin():
        ids = [records.create(s, "donor", {"code": f"D{i}", "name": f"Donor {i}"}).id for i in range(writers)]
    start = threading.Barrier(writers)
    failures: list[BaseException] = []

    def work(n: int) -> None:
        try:
            start.wait()
            for k in range(saves):
                with db.session(("amina", "bakari")[n], write=True) as s, s.begin():
                    records.update(s, "donor", ids[n], {"name": f"Donor {n}, change {k}"})
                    s.flush()
                    # Something slow between two flushes of one transaction, as a save that reads and checks.
                    s.execute(select(func.count()).select_from(m.Donor)).scalar()
                    records.create(s, "donor", {"code": f"D{n}-{k}", "name": f"Donor {n}-{k}"})
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    db.close()
    return failures


def test_two_writers_at_once_never_fork_the_chain(fresh_url):
    failures = _write_concurrently(fresh_url, writers=2, saves=25)
    assert failures == []
    db = open_database(fresh_url)
    try:
        assert integrity_problems(db.engine) == []
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == 2 + 2 * 25 * 2
    finally:
        db.close()


def test_without_the_head_lock_two_writers_would_fork_the_chain(fresh_url, backend, monkeypatch):
    """The test above can fail: the same race, with the head read but not locked, forks the chain."""
    if backend != "postgresql":
        pytest.skip("SQLite's write lock serialises writers by itself")
    monkeypatch.setattr(audit_service, "_LOCK_HEAD", audit_service._LOCK_HEAD.removesuffix(" FOR UPDATE"))
    _write_concurrently(fresh_url, writers=2, saves=25)
    db = open_database(fresh_url)
    try:
        problems = integrity_problems(db.engine)
        assert len(problems) == 1 and "does not follow the entry before it" in problems[0]
    finally:
        db.close()


def test_the_history_tab_reads_a_record_s_entries_as_before(session, build, kalonda):
    from workbench.services import screens

    household = build.household(kalonda, code="KAL-0101", registered_on=D(2023, 5, 1))
    records.update(session, "household", household.id, {"size": 6})
    record_event(session, "export", "households", {"rows": 1})
    query = screens.TableQuery(filters={"table_name": "households", "record_id": household.id})
    rows = screens.fetch_rows(session, "history", query, 0, 50)
    assert [(r[3], r[4], r[5], r[6]) for r in rows] == [("update", "size", "5", "6"), ("create", None, None, rows[1][6])]
