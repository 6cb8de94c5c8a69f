"""Generated from the columns: every field of every import kind, given a value that no column can hold (inf, NaN,
1e308, three decimals, below zero, too long, out of range), is refused by the import (a whole column, as a CSV
gives it) and by the services (one record, as `workbench add` or a form gives it) with the same field and words,
for a new record and for an update of an existing one."""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import inspect as sa_inspect, select

from tests.io.test_checks_agree import BASE, world  # noqa: F401 - the fixture, shared
from workbench import models as m
from workbench.io import import_kind, validate
from workbench.io.fields import KINDS
from workbench.io.reading import Table
from workbench.kinds.limits import limits_of
from workbench.services import records
from workbench.services.errors import DomainError

NUMBERS = {
    "int": ["99999999999", "-99999999999", "1e19", "inf", "NaN", "2.5"],
    "decimal": ["inf", "Infinity", "NaN", "1e308", "12.345", "1e-5", "-1", "99999999999999.99"],
    "float": ["inf", "-Infinity", "NaN", "1e999"],
}


def _text(value) -> str:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _cases():
    for name, ikind in KINDS.items():
        columns = {c.key: c for c in sa_inspect(ikind.model).columns}
        for f in ikind.fields:
            if f.ref is not None or f.column not in columns:
                continue  # a reference is named by its key: an unknown one is its own message
            if f.column in records.KINDS[ikind.record].steps_from_file:
                continue  # a site list's status: taken through the workflow (tests/io/test_real_layouts.py)
            limits = limits_of(columns[f.column])
            if limits.type == "text" and limits.max_length:
                yield name, f.name, "x" * (limits.max_length + 1), True
            for value in NUMBERS.get(limits.type, ()):
                # A negative or fractional number may be a fine value of some fields (an exchange rate of 1e-5).
                fine = value in ("-1", "-99999999999", "2.5") or value in ("12.345", "1e-5") and limits.scale > 2
                yield name, f.name, value, not fine


CASES = list(_cases())


def _row(kind: str, field: str, value: str) -> dict:
    values = {k: _text(v) for k, v in BASE[kind].items() if v is not None}
    if kind == "indicators":
        values["project"] = "DRC-ECHO-2023-01"
    values[field] = value
    return values


def _imported(session, kind, values, on_duplicate="skip"):
    frame = pd.DataFrame({k: [v] for k, v in values.items()}, index=[2], dtype=object)
    result = validate(session, kind, Table(frame=frame, source="hostile.csv"), {c: c for c in frame.columns},
                      on_duplicate=on_duplicate)
    if not result.rejected:
        return None
    problem = result.rejected[0]
    return import_kind(kind).field(problem.field).column if problem.field else None, problem.reason


def _services(session, kind, values, ident=None):
    ikind = import_kind(kind)
    rkind = records.KINDS[ikind.record]
    values = dict(values)
    if kind == "indicators":
        values.pop("project")
        values["indicator_id"] = str(session.scalars(select(m.Indicator.id).where(m.Indicator.code == "1.1")).one())
        values.pop("indicator")
    nested = session.begin_nested()
    try:
        typed = records.coerce(session, rkind, values)
        if ident is None:
            records.create(session, ikind.record, typed)
        else:
            records.update(session, ikind.record, ident, typed)
        return None
    except DomainError as exc:
        return exc.field, exc.message
    finally:
        nested.rollback()


def test_every_kind_has_hostile_cases():
    kinds = {kind for kind, *_ in CASES}
    assert kinds == set(KINDS), set(KINDS) - kinds
    assert len(CASES) > 150


def test_import_and_services_refuse_what_no_column_holds_alike(session, world):  # noqa: F811
    disagree, accepted = [], []
    for kind, field, value, refused in CASES:
        values = _row(kind, field, value)
        services = _services(session, kind, values)
        imported = _imported(session, kind, values)
        if services != imported:
            disagree.append(f"{kind}.{field}={value[:20]!r}: services {services} / import {imported}")
        if services is None and refused:
            accepted.append(f"{kind}.{field}={value[:20]!r}")
    assert not disagree, "\n".join(disagree)
    assert not accepted, "\n".join(accepted)


UPDATED = ["households", "grants", "works", "sites", "locations"]


@pytest.mark.parametrize("kind", UPDATED)
def test_an_update_is_refused_alike_by_the_import_and_the_services(session, world, kind):  # noqa: F811
    ikind = import_kind(kind)
    base = _row(kind, next(iter(BASE[kind])), _text(next(iter(BASE[kind].values()))))
    rkind = records.KINDS[ikind.record]
    existing = records.create(session, ikind.record, records.coerce(session, rkind, base))
    session.flush()
    disagree, checked = [], 0
    for case_kind, field, value, _ in CASES:
        if case_kind != kind or field in ikind.key:
            continue
        values = base | {field: value}
        services = _services(session, kind, values, existing.id)
        imported = _imported(session, kind, values, on_duplicate="update")
        checked += services is not None
        if services != imported:
            disagree.append(f"{kind}.{field}={value[:20]!r}: services {services} / import {imported}")
    assert not disagree, "\n".join(disagree)
    assert checked > 1
