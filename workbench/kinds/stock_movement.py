"""A dated movement of kits in a warehouse: received into it, issued from it to a distribution, or lost or damaged
there. The stock of a kit type in a warehouse never goes below zero on any day, also when two users save at once."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from sqlalchemy import select

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import Empty, Is, IsNot, MoreThanZero, Rule, required
from workbench.services.errors import DomainError

K = m.MovementKind


def signed(movement: str, quantity: int) -> int:
    return quantity if movement == K.RECEIVED else -quantity


def shortfall(earlier: list[tuple[dt.date, str, int]], new: tuple[dt.date, str, int]) -> tuple[dt.date, int] | None:
    """Where the stock would go below zero with `new` among the `earlier` movements (date, movement, quantity):
    the first day it would, and the least the stock holds from the new movement's day on without it; None when it
    never goes below zero. On one day, kits received come in before any go out."""
    moves = sorted([(*move, False) for move in earlier] + [(*new, True)], key=lambda v: (v[0], v[1] != K.RECEIVED))
    balance = 0
    for move in moves:
        balance += signed(move[1], move[2])
        if balance < 0:
            at = next(i for i, v in enumerate(moves) if v[3])
            running = sum(signed(v[1], v[2]) for v in moves[:at])
            available = running
            for v in moves[at + 1:]:
                running += signed(v[1], v[2])
                available = min(available, running)
            return move[0], max(available, 0)
    return None


def refusal(kit: str, warehouse: str, new: tuple, found: tuple[dt.date, int]) -> str:
    day, available = found
    if new[1] == K.RECEIVED:
        return f"would leave the stock of {kit} in {warehouse} below zero on {day.isoformat()}"
    return f"is more than the stock of {kit} in {warehouse} ({available} on {day.isoformat()})"


def _movements(session, kit_type_id: int, warehouse: str, leave_out: int | None) -> list[tuple]:
    stmt = select(m.StockMovement.moved_on, m.StockMovement.movement, m.StockMovement.quantity).where(
        m.StockMovement.kit_type_id == kit_type_id, m.StockMovement.warehouse == warehouse)
    if leave_out is not None:
        stmt = stmt.where(m.StockMovement.id != leave_out)
    with session.no_autoflush:
        return [tuple(row) for row in session.execute(stmt)]


class NeverBelowZero(Rule):
    """A movement never takes a warehouse's stock of a kit type below zero, on its day or any later one. The kit
    type is locked first (FOR UPDATE on PostgreSQL; SQLite's write lock), so two users issuing the last kits at
    once go one after the other and the second is refused."""

    def one(self, session, obj: m.StockMovement) -> None:
        from workbench.services import locks

        if None in (obj.kit_type_id, obj.warehouse, obj.moved_on, obj.movement, obj.quantity) or obj.quantity <= 0:
            return
        kit = locks.lock_row(session, m.KitType, obj.kit_type_id, m.KitType.code)
        if kit is None:
            return
        new = (obj.moved_on, obj.movement, obj.quantity)
        found = shortfall(_movements(session, obj.kit_type_id, obj.warehouse, obj.id), new)
        if found is not None:
            raise DomainError(refusal(kit.code, obj.warehouse, new, found), "quantity")

    def lookup(self, session, rows, ctx) -> None:
        groups = {(int(k), w) for k, w in zip(rows["kit_type_id"], rows["warehouse"])
                  if pd.notna(k) and not isinstance(k, str) and isinstance(w, str)}
        found = {}
        for kit_type_id, warehouse in groups:
            code = session.scalar(select(m.KitType.code).where(m.KitType.id == kit_type_id).with_for_update())
            found[(kit_type_id, warehouse)] = (code, _movements(session, kit_type_id, warehouse, None))
        ctx.looked_up["stock"] = found

    def many(self, rows, ctx) -> None:
        stock = {key: (code, list(moves)) for key, (code, moves) in ctx.looked_up.get("stock", {}).items()}
        bad, reasons = [], {}
        frame = rows.frame
        open_rows = pd.Series(rows.open, index=frame.index)
        for index in frame.index:
            kit, warehouse = frame.at[index, "kit_type_id"], frame.at[index, "warehouse"]
            on, movement, quantity = frame.at[index, "moved_on"], frame.at[index, "movement"], frame.at[index, "quantity"]
            if not open_rows[index] or (kit, warehouse) not in stock or any(pd.isna(v) for v in (on, quantity)):
                continue
            if quantity <= 0:
                continue
            code, moves = stock[(kit, warehouse)]
            new = (pd.Timestamp(on).date(), movement, int(quantity))
            found = shortfall(moves, new)
            if found is None:
                moves.append(new)  # the file's rows go in one after the other
            else:
                bad.append(index)
                reasons[index] = refusal(code, warehouse, new, found)
        rows.fail(pd.Series(frame.index.isin(bad), index=frame.index), "quantity",
                  lambda f: [reasons[i] for i in f.index])


def movement_refusal(session, movement: m.StockMovement) -> str | None:
    """Kits received cannot be deleted once others were issued from them."""
    if movement.movement != K.RECEIVED:
        return None
    moves = _movements(session, movement.kit_type_id, movement.warehouse, movement.id)
    # The stock without this movement: issuing nothing on the first day checks every day's balance.
    if not moves:
        return None
    first = min(move[0] for move in moves)
    if shortfall(moves, (first, K.ISSUED, 0)) is not None:
        return "kits issued later came from it; the stock would go below zero"
    return None


KIND = Kind(
    "stock_movement", m.StockMovement, "stock movement", N("records", "Stock movement"), area="distributions", order=176,
    search=("warehouse", "note"), table_order=("moved_on", True),
    rules=(MoreThanZero("quantity"),
           required("distribution_id", when=Is("movement", K.ISSUED), message="is required for kits issued"),
           Empty("distribution_id", IsNot("movement", K.ISSUED), "only kits issued go to a distribution"),
           NeverBelowZero()),
    delete_refusal=movement_refusal,
    imports="stock", import_title=N("ImportWizard", "Stock movements of warehouses"),
    table_filters=("kit_type_id", "warehouse", "movement", "distribution_id"),
    fields=(
        F("warehouse", N("fields", "Warehouse"), hxl="#loc+name+x_warehouse",
          words=("warehouse", "store", "entrepot", "magasin", "depot")),
        F("kit_type_id", N("fields", "Kit type"), header="Kit code", hxl="#item+code",
          words=("kit", "kit code", "code du kit", "code kit")),
        F("moved_on", N("fields", "Date"), hxl="#date", words=("date", "moved on", "date du mouvement")),
        F("movement", N("fields", "Movement"), choices=m.MovementKind, hxl="#meta+x_movement",
          words=("movement", "type", "mouvement", "type de mouvement"),
          value_words={"in": "received", "entree": "received", "recu": "received", "reception": "received",
                       "out": "issued", "sortie": "issued", "distribue": "issued", "lost": "lost or damaged",
                       "damaged": "lost or damaged", "perte": "lost or damaged", "perdu": "lost or damaged",
                       "endommage": "lost or damaged", "avarie": "lost or damaged"}),
        F("quantity", N("fields", "Kits"), hxl="#item+num", words=("quantity", "qty", "kits", "quantite", "nombre")),
        F("distribution_id", N("fields", "Distribution"), header="Distribution code",
          hxl="#activity+code+x_distribution",
          words=("distribution", "distribution code", "code de la distribution", "code distribution")),
        F("note", N("fields", "Note"), hxl="#meta+x_note", words=("note", "remark", "remarque", "commentaire")),
    ),
    columns=(
        C("moved_on", N("columns", "Date"), "date"), C("warehouse", N("columns", "Warehouse"), width=170),
        C("kit_type", N("columns", "Kit type"), width=120), C("movement", N("columns", "Movement"), "word"),
        C("quantity", N("columns", "Kits"), "int", width=70),
        C("distribution", N("columns", "Distribution"), width=150), C("note", N("columns", "Note"), width=200),
    ),
    value_texts={
        'issued': ('sorti', 'صادر'),
        'lost or damaged': ('perdu ou endommagé', 'مفقود أو تالف'),
    },
)
