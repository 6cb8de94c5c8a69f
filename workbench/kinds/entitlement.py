"""A household on a distribution's list and how many kits of one type it is to receive: computed from the kit
type's rule when the list is built (services/distributions.py), editable; never negative."""

from __future__ import annotations

import pandas as pd

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.kit_type import kits_for_household
from workbench.kinds.rules import Rule, no_autoflush_get, non_negative
from workbench.services.errors import DomainError


class Never:
    """The condition of a column the database needs that a rule computes when it is left blank (an entitlement's
    kits): never required of the user."""

    def one(self, obj) -> bool:
        return False

    def many(self, rows) -> pd.Series:
        return pd.Series(False, index=rows.frame.index)


class OnceOnTheList(Rule):
    """A household is on a distribution's list once per kit type, and only for the kits the distribution hands
    out; a quantity left blank is computed from the kit type's rule. Entitlements are built from the site's
    households or added in the distribution's window, never imported: the column half has no file to judge."""

    def one(self, session, obj: m.Entitlement) -> None:
        from sqlalchemy import select

        with session.no_autoflush:
            kits = set(session.scalars(select(m.DistributionKit.kit_type_id)
                                       .where(m.DistributionKit.distribution_id == obj.distribution_id)))
            if obj.kit_type_id not in kits:
                raise DomainError("is not a kit type of this distribution; add it to the distribution's kits first",
                                  "kit_type_id")
            stmt = select(m.Entitlement.id).where(m.Entitlement.distribution_id == obj.distribution_id,
                                                  m.Entitlement.household_id == obj.household_id,
                                                  m.Entitlement.kit_type_id == obj.kit_type_id)
            if obj.id is not None:
                stmt = stmt.where(m.Entitlement.id != obj.id)
            if session.scalars(stmt.limit(1)).first() is not None:
                raise DomainError("is already on the list for this kit type", "household_id")
        if obj.quantity is None:
            kit = no_autoflush_get(session, m.KitType, obj.kit_type_id)
            household = no_autoflush_get(session, m.Household, obj.household_id)
            obj.quantity = kits_for_household(kit, household.size)

    def many(self, rows, ctx) -> None:
        return None


def entitlement_refusal(session, entitlement: m.Entitlement) -> str | None:
    """A household that received its kits keeps its list line: the receipt is of that line."""
    from sqlalchemy import select

    received = session.scalar(select(m.Receipt.received_on).where(
        m.Receipt.distribution_id == entitlement.distribution_id,
        m.Receipt.household_id == entitlement.household_id).limit(1))
    if received is None:
        return None
    return f"the household received its kits on {received.isoformat()}; delete its receipt first"


KIND = Kind(
    "entitlement", m.Entitlement, "entitlement", N("records", "Entitlement"), area="distributions", order=174, parent="distribution_id",
    tab_title=N("records", "Entitlements"),
    required_when={"quantity": Never()},
    rules=(OnceOnTheList(), non_negative("quantity")), delete_refusal=entitlement_refusal,
    not_imported="a distribution's list is built from its site's households, then edited in its window",
    fields=(
        F("distribution_id", N("fields", "Distribution"), on_form=False),
        F("household_id", N("fields", "Household"), identifies="indirect"),
        F("kit_type_id", N("fields", "Kit type")),
        F("quantity", N("fields", "Kits"), help=N("fields", "Left empty: what the kit type's rule gives the "
                                                           "household's size")),
    ),
    columns=(
        C("household", N("columns", "Household"), width=110), C("head_name", N("columns", "Head of household"),
                                                                 width=200),
        C("size", N("columns", "Size"), "int", width=80), C("kit_type", N("columns", "Kit type"), width=130),
        C("quantity", N("columns", "Kits"), "int", width=60),
    ),
)
