"""The columns each table shows: SQL column key, header, how values read, default width. A record kind's table has
the columns declared with the kind (workbench/kinds); the lists below are no record kind of their own."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as N, QCoreApplication

from workbench.kinds import KINDS
from workbench.kinds.base import Column
from workbench.views.table_model import ColumnSpec

_LISTS: dict[str, tuple[Column, ...]] = {
    "grant_tranche": (Column("sequence", N("columns", "Tranche"), "int", width=70),
                      Column("amount", N("columns", "Amount"), "money", "currency", 140),
                      Column("paid_on", N("columns", "Paid on"), "date")),
    "grant_history": (Column("changed_on", N("columns", "Date"), "date"),
                      Column("from_status", N("columns", "From"), "status"),
                      Column("to_status", N("columns", "To"), "status"), Column("user_name", N("columns", "By")),
                      Column("note", N("columns", "Note"), width=260)),
    "referral_history": (Column("changed_on", N("columns", "Date"), "date"),
                         Column("from_status", N("columns", "From"), "status"),
                         Column("to_status", N("columns", "To"), "status"), Column("user_name", N("columns", "By")),
                         Column("note", N("columns", "Note"), width=260)),
    "history": (Column("at", N("columns", "When"), "datetime", width=140), Column("user_name", N("columns", "Who")),
                Column("action", N("columns", "What"), "word", width=80), Column("field", N("columns", "Field")),
                Column("old_value", N("columns", "Old value"), width=200),
                Column("new_value", N("columns", "New value"), width=200)),
}


def columns(source: str) -> list[ColumnSpec]:
    declared = KINDS[source].columns if source in KINDS else _LISTS[source]
    return [ColumnSpec(c.key, QCoreApplication.translate("columns", c.header), c.kind, c.currency, c.width, c.hidden)
            for c in declared]
