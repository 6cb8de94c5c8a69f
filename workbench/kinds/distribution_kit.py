"""A kit type a distribution hands out. A kit type with no items cannot be distributed."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import func, select

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import Rule
from workbench.services.errors import DomainError


def no_items_refusal(code: str) -> str:
    return f"{code} has no items; a kit with no items cannot be distributed"


def _items(session, kit_type_ids) -> dict[int, tuple[str, int]]:
    """Each kit type's code and number of items."""
    stmt = (select(m.KitType.id, m.KitType.code, func.count(m.KitItem.id))
            .outerjoin(m.KitItem, m.KitItem.kit_type_id == m.KitType.id)
            .where(m.KitType.id.in_(list(kit_type_ids))).group_by(m.KitType.id, m.KitType.code))
    with session.no_autoflush:
        return {ident: (code, n) for ident, code, n in session.execute(stmt)}


class KitHasItems(Rule):
    """A kit type is handed out only once its items are known."""

    def one(self, session, obj) -> None:
        found = _items(session, [obj.kit_type_id]).get(obj.kit_type_id)
        if found is not None and found[1] == 0:
            raise DomainError(no_items_refusal(found[0]), "kit_type_id")

    def lookup(self, session, rows, ctx) -> None:
        ids = {int(i) for i in rows["kit_type_id"] if pd.notna(i) and not isinstance(i, str)}
        ctx.looked_up["kit_items"] = _items(session, ids) if ids else {}

    def many(self, rows, ctx) -> None:
        found = ctx.looked_up.get("kit_items", {})
        empty = rows["kit_type_id"].map(lambda i: i in found and found[i][1] == 0)
        rows.fail(empty, "kit_type_id", lambda f: f["kit_type_id"].map(lambda i: no_items_refusal(found[i][0])))


class OncePerDistribution(Rule):
    """A kit type is listed once on a distribution. The kits are chosen in the distribution's window, never
    imported, so the column half has no file of them to judge."""

    def one(self, session, obj) -> None:
        stmt = select(m.DistributionKit.id).where(m.DistributionKit.distribution_id == obj.distribution_id,
                                                  m.DistributionKit.kit_type_id == obj.kit_type_id)
        if obj.id is not None:
            stmt = stmt.where(m.DistributionKit.id != obj.id)
        with session.no_autoflush:
            if session.scalars(stmt.limit(1)).first() is not None:
                raise DomainError("is already handed out by this distribution", "kit_type_id")

    def many(self, rows, ctx) -> None:
        return None


KIND = Kind(
    "distribution_kit", m.DistributionKit, "kit of a distribution", N("records", "Kit of a distribution"), area="distributions",
    order=173, parent="distribution_id", tab_title=N("records", "Kits"),
    rules=(KitHasItems(), OncePerDistribution()),
    not_imported="the kit types of a distribution are chosen in its window",
    fields=(
        F("distribution_id", N("fields", "Distribution"), on_form=False),
        F("kit_type_id", N("fields", "Kit type")),
    ),
    columns=(C("kit_type", N("columns", "Kit type"), width=160),),
)
