"""What distribution staff do beyond a single record: build a distribution's list from the households of its
site, read the warehouses' stock, and reconcile the kits issued with the receipts. No Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.kinds.kit_type import kits_for
from workbench.services import permissions, records
from workbench.services.errors import DomainError

PRESENT = "present"
DEPARTED = "departed"


def build_list(session: Session, distribution_id: int, which: str = PRESENT, site_id: int | None = None,
               on: dt.date | None = None) -> int:
    """Put households on a distribution's list with their entitlement for each of its kit types, computed from the
    kit type's rule and the household's size: every household present in the site on the distribution's planned
    day (`present`), or every household that left it by then (`departed`: their return packages). Households
    already on the list for a kit keep their entitlement. Returns how many entitlements were added."""
    distribution = records.get(session, "distribution", distribution_id)
    permissions.require_record(session, "entitlement", "create", distribution)
    if distribution.status in (m.DistributionStatus.COMPLETED, m.DistributionStatus.CANCELLED):
        raise DomainError(f"The distribution is {distribution.status}; its list cannot change.", "status")
    site_id = site_id or distribution.site_id
    if site_id is None:
        raise DomainError("give the site whose households go on the list", "site_id")
    on = on or distribution.planned_on
    kits = session.execute(
        select(m.KitType.id, m.KitType.rule, m.KitType.per_household, m.KitType.people_per_kit, m.KitType.minimum)
        .join(m.DistributionKit, m.DistributionKit.kit_type_id == m.KitType.id)
        .where(m.DistributionKit.distribution_id == distribution.id).order_by(m.KitType.code)).all()
    if not kits:
        raise DomainError("The distribution has no kit types; add the kits it hands out first.", "kit_type_id")
    H = m.Household
    if which == PRESENT:
        chosen = and_(H.registered_on <= on, or_(H.departure_date.is_(None), H.departure_date > on))
    elif which == DEPARTED:
        chosen = and_(H.departure_date.is_not(None), H.departure_date <= on)
    else:
        raise DomainError(f"must be {PRESENT} or {DEPARTED} (not {which!r})", "which")
    households = session.execute(select(H.id, H.size).where(H.site_id == site_id, chosen).order_by(H.code)).all()
    listed = {(h, k) for h, k in session.execute(
        select(m.Entitlement.household_id, m.Entitlement.kit_type_id)
        .where(m.Entitlement.distribution_id == distribution.id))}
    added = 0
    for household_id, size in households:
        for kit in kits:
            if (household_id, kit.id) in listed:
                continue
            session.add(m.Entitlement(distribution_id=distribution.id, household_id=household_id, kit_type_id=kit.id,
                                      quantity=kits_for(kit.rule, kit.per_household, kit.people_per_kit, kit.minimum,
                                                        size)))
            added += 1
    records._flush(session, records.KINDS["entitlement"])
    return added


@dataclass(frozen=True)
class StockBalance:
    warehouse: str
    kit_code: str
    kit_name: str
    received: int
    issued: int
    lost: int

    @property
    def balance(self) -> int:
        return self.received - self.issued - self.lost


def _summed(kind: str):
    return func.coalesce(func.sum(case((m.StockMovement.movement == kind, m.StockMovement.quantity), else_=0)), 0)


def stock_balances(session: Session, on: dt.date | None = None) -> list[StockBalance]:
    """Each warehouse's kits by type: received, issued, lost or damaged, and what is left (on a day, if given)."""
    S, K = m.StockMovement, m.KitType
    stmt = (select(S.warehouse, K.code, K.name, _summed(m.MovementKind.RECEIVED), _summed(m.MovementKind.ISSUED),
                   _summed(m.MovementKind.LOST))
            .join(K, K.id == S.kit_type_id).group_by(S.warehouse, K.code, K.name).order_by(S.warehouse, K.code))
    if on is not None:
        stmt = stmt.where(S.moved_on <= on)
    return [StockBalance(w, c, n, int(r), int(i), int(lost)) for w, c, n, r, i, lost in session.execute(stmt)]


@dataclass(frozen=True)
class KitReconciliation:
    kit_code: str
    kit_name: str
    entitled: int       # kits on the list
    received: int       # kits of the households with a receipt (not verified as "not received")
    issued: int         # kits issued to the distribution from the warehouses

    @property
    def difference(self) -> int:
        """Kits issued that no receipt accounts for (below zero: receipts for more than was issued)."""
        return self.issued - self.received


def reconciliation(session: Session, distribution_id: int) -> list[KitReconciliation]:
    """Per kit type of a distribution: the kits on its list, those received, and those issued from stock."""
    E, R, K = m.Entitlement, m.Receipt, m.KitType
    received = and_(R.id.is_not(None), or_(R.verification.is_(None), R.verification != m.Verification.NOT_RECEIVED))
    rows = session.execute(
        select(K.id, K.code, K.name, func.coalesce(func.sum(E.quantity), 0),
               func.coalesce(func.sum(case((received, E.quantity), else_=0)), 0))
        .select_from(m.DistributionKit).join(K, K.id == m.DistributionKit.kit_type_id)
        .outerjoin(E, and_(E.distribution_id == distribution_id, E.kit_type_id == K.id))
        .outerjoin(R, and_(R.distribution_id == distribution_id, R.household_id == E.household_id))
        .where(m.DistributionKit.distribution_id == distribution_id)
        .group_by(K.id, K.code, K.name).order_by(K.code)).all()
    issued = dict(session.execute(
        select(m.StockMovement.kit_type_id, func.sum(m.StockMovement.quantity))
        .where(m.StockMovement.distribution_id == distribution_id,
               m.StockMovement.movement == m.MovementKind.ISSUED).group_by(m.StockMovement.kit_type_id)).all())
    return [KitReconciliation(code, name, int(entitled), int(got), int(issued.get(ident, 0)))
            for ident, code, name, entitled, got in rows]
