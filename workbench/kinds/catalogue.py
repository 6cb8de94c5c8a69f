"""Every record kind, found in this folder (a module with a KIND), in the order the window and the command line list
them, and what derives from them alone."""

from __future__ import annotations

import importlib
import pkgutil

from sqlalchemy import inspect as sa_inspect

import workbench.kinds as kinds_package
from workbench import models as m
from workbench.kinds.base import Kind


def _declared() -> list[Kind]:
    """The KIND of every module of this folder that has one, in their declared order."""
    found = []
    for module in pkgutil.iter_modules(kinds_package.__path__):
        kind = getattr(importlib.import_module(f"workbench.kinds.{module.name}"), "KIND", None)
        if isinstance(kind, Kind):
            found.append(kind)
    return sorted(found, key=lambda k: (k.order, k.name))


KINDS: dict[str, Kind] = {kind.name: kind for kind in _declared()}

_BY_TABLE = {k.table_name: k for k in KINDS.values()}


def referenced_kind(kind: Kind, column_key: str) -> Kind | None:
    """The kind a foreign key column points to (site_id -> site, parent_id -> location)."""
    column = sa_inspect(kind.model).columns.get(column_key)
    if column is None or not column.foreign_keys:
        return None
    target = next(iter(column.foreign_keys)).column.table.name
    return _BY_TABLE.get(target)


def _references() -> dict[str, tuple[str, str]]:
    """A reference typed by its natural key: project=DRC-ECHO-2023-01, site=Kalonda, location=CD74; for the
    references to kinds that have one."""
    found: dict[str, tuple[str, str]] = {}
    for table in m.Base.metadata.sorted_tables:  # a grant's tranches refer to it too, though they are no kind
        for column in table.columns:
            for key in column.foreign_keys:
                target = _BY_TABLE.get(key.column.table.name)
                if target is not None and target.key:
                    found.setdefault(column.key, (target.name, target.key))
    return found


REFERENCES: dict[str, tuple[str, str]] = _references()
