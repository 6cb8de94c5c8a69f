"""A property of the sync (services/sync.py), checked on generated weeks: an office and two laptops of the same
site make random edits, registrations, deletions, cash tranches planned and paid (a workflow step), and exchange
packages in random orders, some packages applied again or out of order. After everyone has exchanged twice more:
- every node holds the same households and tranches of the site, with the same values, except where an open
  conflict is listed;
- an edit of a field no other node edited is applied everywhere, and a payment made on one node is paid everywhere
  (no edit is lost);
- two concurrent changes of one field (neither node had seen the other's when it made its own: tracked as each
  node's knowledge of the edits, passed on with each package applied) from the same value to different values,
  each its node's last change of that field, are a listed conflict.
The office runs on SQLite and on PostgreSQL; the laptops are SQLite."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings, strategies as st
from sqlalchemy import select

from tests.builders import Build
from workbench import models as m
from workbench.db import open_database
from workbench.services import records, sync, users, workflows
from workbench.services.errors import DomainError
from workbench.services.sync import SyncError

NODES = ("office", "L1", "L2")
USERS = {"office": "tester", "L1": "aminata2", "L2": "neema"}
FIELDS = ("size", "phone")

edit = st.tuples(st.just("edit"), st.sampled_from(NODES), st.integers(0, 4), st.sampled_from(FIELDS),
                 st.integers(1, 9))
create = st.tuples(st.just("create"), st.sampled_from(NODES), st.integers(1, 9))
delete = st.tuples(st.just("delete"), st.just("office"), st.integers(0, 4))
exchange = st.tuples(st.just("exchange"), st.sampled_from(("L1", "L2")), st.sampled_from(("up", "down")))
replay = st.tuples(st.just("replay"), st.integers(0, 30))
plan_tranche = st.tuples(st.just("tranche"), st.sampled_from(NODES), st.integers(0, 4), st.integers(10, 90))
pay = st.tuples(st.just("pay"), st.sampled_from(NODES), st.integers(0, 4))
steps = st.lists(st.one_of(edit, edit, edit, create, delete, exchange, exchange, replay, plan_tranche, pay),
                 min_size=4, max_size=24)


class Week:
    def __init__(self, office_url: str, folder: Path):
        self.db = {"office": open_database(office_url, creator="tester")}
        with self.db["office"].session("tester", write=True) as s, s.begin():
            b = Build(s)
            _, _, territory, _ = b.tanganyika()
            site = b.site(territory)
            for i in range(3):
                b.household(site, code=f"KAL-000{i}", head_name=f"Person {i}", size=3)
            users.add_user(s, "aminata2", "officer", ["site:Kalonda"])
            users.add_user(s, "neema", "officer", ["site:Kalonda"])
            for name in ("L1", "L2"):
                sync.enrol(s, name, "site:Kalonda", USERS[name], folder / f"{name}.db",
                           lambda p, name=name: open_database(p, creator=USERS[name]))
        for name in ("L1", "L2"):
            self.db[name] = open_database(folder / f"{name}.db")
        self.packages: list[tuple[str, bytes, frozenset]] = []   # (receiving node, package, what it passes on)
        self.edits: list[tuple[str, str, str, object, object, frozenset]] = []  # node, uid, field, value, base,
        self.known: dict[str, set[int]] = {node: set() for node in NODES}       # and what the node knew then
        self.paid: list[tuple[str, str]] = []   # (node, tranche uid) of each payment made
        self.made = 0

    def close(self):
        for db in self.db.values():
            db.close()

    def _session(self, node):
        return self.db[node].session(USERS[node], write=True)

    def households(self, node) -> dict[str, dict]:
        with self.db[node].session() as s:
            return {h.uid: {"code": h.code, "size": h.size, "phone": h.phone}
                    for h in s.scalars(select(m.Household))}

    def edit(self, node, index, field, number):
        with self._session(node) as s, s.begin():
            found = list(s.scalars(select(m.Household).order_by(m.Household.code)))
            if not found:
                return
            h = found[index % len(found)]
            value = number if field == "size" else f"+243 81{number}"
            base = getattr(h, field)
            if base == value:
                return  # the same value again is no change: nothing is recorded, nothing travels
            records.update(s, "household", h.id, {field: value}, expected_version=h.version)
            self.known[node].add(len(self.edits))
            self.edits.append((node, h.uid, field, value, base, frozenset(self.known[node])))

    def tranche(self, node, index, amount):
        with self._session(node) as s, s.begin():
            found = list(s.scalars(select(m.Household).order_by(m.Household.code)))
            if not found:
                return
            h = found[index % len(found)]
            sequence = 1 + len(list(s.scalars(select(m.CashTranche).where(m.CashTranche.household_id == h.id))))
            records.create(s, "cash_tranche", {"household_id": h.id, "sequence": sequence, "purpose": "transport",
                                               "amount": amount, "currency": "USD", "status": "planned"})

    def pay(self, node, index):
        with self._session(node) as s, s.begin():
            planned = list(s.scalars(select(m.CashTranche).where(m.CashTranche.status == m.TrancheStatus.PLANNED)
                                     .order_by(m.CashTranche.uid)))
            if not planned:
                return
            tranche = planned[index % len(planned)]
            workflows.pay_household_tranche(s, tranche.id, dt.date(2024, 6, 3), "cash")
            self.paid.append((node, tranche.uid))

    def tranches(self, node) -> dict[str, tuple]:
        with self.db[node].session() as s:
            return {t.uid: (t.household.uid, t.sequence, t.status, t.amount) for t in s.scalars(select(m.CashTranche))}

    def create(self, node, size):
        self.made += 1
        with self._session(node) as s, s.begin():
            site = s.scalars(select(m.Site)).one()
            Build(s).household(site, code=f"{node}-{self.made:04d}", head_name=f"New {self.made}", size=size)

    def delete(self, index):
        try:
            with self._session("office") as s, s.begin():
                found = list(s.scalars(select(m.Household).order_by(m.Household.code)))
                if found:
                    records.delete(s, "household", found[index % len(found)].id)
        except DomainError as refused:  # a household paid cash stays, by rule; nothing changed
            assert "cash was paid" in str(refused), refused

    def send(self, source, target):
        peer = "office" if target == "office" else target
        with self._session(source) as s, s.begin():
            data, _ = sync.make_package(s, peer)
        self.packages.append((target, data, frozenset(self.known[source])))
        self.apply(target, data, self.packages[-1][2])

    def apply(self, target, data, knowledge):
        try:
            with self._session(target) as s, s.begin():
                sync.apply_package(s, data)
        except SyncError as refused:  # only an out-of-order package may be refused
            assert "earlier package first" in str(refused), refused
            return
        self.known[target] |= knowledge

    def conflicted(self) -> set[str]:
        found = set()
        for db in self.db.values():
            with db.session() as s:
                found |= {c.record_uid for c in sync.open_conflicts(s)}
        return found

    def ever_conflicted(self) -> set[tuple[str, str]]:
        """(record uid, field) of every conflict listed on any node, open or resolved."""
        found = set()
        for db in self.db.values():
            with db.session() as s:
                found |= set(s.execute(select(m.SyncConflict.record_uid, m.SyncConflict.field)).all())
        return found


def _run(office_url, plan):
    folder = Path(tempfile.mkdtemp(prefix="sync-week-"))
    week = Week(office_url, folder)
    try:
        for step in plan:
            if step[0] == "edit":
                week.edit(*step[1:])
            elif step[0] == "create":
                week.create(*step[1:])
            elif step[0] == "delete":
                week.delete(step[2])
            elif step[0] == "exchange":
                _, laptop, direction = step
                week.send(laptop, "office") if direction == "up" else week.send("office", laptop)
            elif step[0] == "replay" and week.packages:
                week.apply(*week.packages[step[1] % len(week.packages)])
            elif step[0] == "tranche":
                week.tranche(*step[1:])
            elif step[0] == "pay":
                week.pay(*step[1:])
        for _ in range(2):  # everyone exchanges twice more
            for laptop in ("L1", "L2"):
                week.send(laptop, "office")
            for laptop in ("L1", "L2"):
                week.send("office", laptop)
        held = {node: week.households(node) for node in NODES}
        conflicted = week.conflicted()
        office = held["office"]
        for node in ("L1", "L2"):
            for uid in set(office) ^ set(held[node]):
                assert uid in conflicted, f"{node} and the office disagree on whether {uid} exists"
            for uid in set(office) & set(held[node]):
                if uid not in conflicted:
                    assert held[node][uid] == office[uid], (node, uid)
        tranches = {node: week.tranches(node) for node in NODES}
        for node in ("L1", "L2"):
            for uid in set(tranches["office"]) ^ set(tranches[node]):
                owner = (tranches["office"].get(uid) or tranches[node].get(uid))[0]
                assert uid in conflicted or owner in conflicted, f"{node} and the office disagree on tranche {uid}"
            for uid in set(tranches["office"]) & set(tranches[node]):
                if uid not in conflicted:
                    assert tranches[node][uid] == tranches["office"][uid], (node, uid)
        for node, uid in week.paid:  # a payment is never lost
            if uid in tranches["office"] and uid not in conflicted:
                assert tranches["office"][uid][2] == "paid", (node, uid)
        by_field: dict[tuple[str, str], list[tuple]] = {}
        for i, (node, uid, field_name, value, base, knew) in enumerate(week.edits):
            by_field.setdefault((uid, field_name), []).append((i, node, value, base, knew))
        listed = week.ever_conflicted()
        for (uid, field_name), made in by_field.items():
            if uid not in office:
                continue
            if uid not in conflicted and len({node for _, node, *_ in made}) == 1:  # no edit lost
                assert office[uid][field_name] == made[-1][2], (uid, field_name, made)
            last = {}
            for edit_made in made:
                last[edit_made[1]] = edit_made
            for a in last.values():
                for b in last.values():
                    concurrent = a[1] < b[1] and a[0] not in b[4] and b[0] not in a[4]
                    if concurrent and a[3] == b[3] and a[2] != b[2]:
                        assert (uid, field_name) in listed, ("concurrent changes without a conflict", a, b)
    finally:
        week.close()
        shutil.rmtree(folder, ignore_errors=True)


# CI runs the same derandomised examples every time; WORKBENCH_EXPLORE=N runs N new random weeks.
@settings(max_examples=int(os.environ.get("WORKBENCH_EXPLORE", 12)), derandomize="WORKBENCH_EXPLORE" not in os.environ,
          deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(plan=steps)
@example(plan=[  # found by CI: the office deletes a household a laptop paid meanwhile
    ("edit", "office", 0, "size", 1), ("tranche", "L2", 0, 81), ("edit", "L2", 0, "phone", 8),
    ("edit", "L1", 1, "phone", 3), ("exchange", "L1", "up"), ("replay", 6), ("pay", "L1", 1),
    ("edit", "L1", 4, "size", 1), ("exchange", "L1", "down"), ("tranche", "L1", 4, 10), ("exchange", "L2", "up"),
    ("tranche", "L1", 4, 49), ("replay", 7), ("exchange", "L2", "down"), ("exchange", "L1", "up"), ("replay", 6),
    ("exchange", "L2", "down"), ("delete", "office", 1), ("pay", "L1", 3), ("pay", "office", 3),
    ("delete", "office", 2)])
def test_any_week_of_edits_and_exchanges_converges_with_no_edit_lost(backend, request, plan):
    if backend == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="sync-office-"))
        try:
            _run(f"sqlite:///{folder / 'office.db'}", plan)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    else:
        databases = request.getfixturevalue("pg_databases")
        url = databases.create()
        try:
            _run(url, plan)
        finally:
            databases.drop(url)

