"""Distributions of kits to households: the kit types and their items, a distribution and its list (each household's
entitlement per kit type), the receipts brought back from the field and their verification, and the kits' stock
per warehouse with its dated movements."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workbench.models.base import NEVER_REUSED_IDS, Base, GlobalId, Versioned


class KitCategory(StrEnum):
    NFI = "NFI kit"
    SHELTER = "shelter kit"
    HYGIENE = "hygiene kit"
    RETURN = "return package"


class KitRule(StrEnum):
    """How many kits a household gets: a fixed number, or one per so many people (with a minimum)."""

    FIXED = "fixed"
    BY_SIZE = "by household size"


class Modality(StrEnum):
    IN_KIND = "in kind"
    CASH = "cash"
    VOUCHER = "voucher"


class DistributionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ReceivedBy(StrEnum):
    HEAD = "head of household"
    PROXY = "proxy"


class Proof(StrEnum):
    SIGNATURE = "signature"
    THUMBPRINT = "thumbprint"
    PHOTO = "photo"


class Verification(StrEnum):
    RECEIVED = "received"
    NOT_RECEIVED = "not received"
    WITH_ISSUES = "received with issues"


class MovementKind(StrEnum):
    RECEIVED = "received"
    ISSUED = "issued"
    LOST = "lost or damaged"


class KitType(GlobalId, Versioned, Base):
    """A kind of kit handed to households (an NFI kit, a shelter kit, a return package) and how many each gets."""

    __tablename__ = "kit_types"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20))
    rule: Mapped[str] = mapped_column(String(20), default=KitRule.FIXED)
    # Fixed: kits per household. By household size: one kit per `people_per_kit` people (rounded up), at least
    # `minimum` kits.
    per_household: Mapped[int | None] = mapped_column(Integer)
    people_per_kit: Mapped[int | None] = mapped_column(Integer)
    minimum: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")


class KitItem(GlobalId, Versioned, Base):
    """One item of a kit and how many of it the kit holds (2 tarpaulins, 1 jerrycan of 20 l)."""

    __tablename__ = "kit_items"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    kit_type_id: Mapped[int] = mapped_column(ForeignKey("kit_types.id", ondelete="CASCADE"), index=True)
    item: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(40), default="piece")


class Distribution(GlobalId, Versioned, Base):
    """One distribution at a site or in a village: when, how (in kind, cash, voucher), and its workflow."""

    __tablename__ = "distributions"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"), index=True)
    modality: Mapped[str] = mapped_column(String(20), default=Modality.IN_KIND)
    planned_on: Mapped[dt.date] = mapped_column(Date)
    warehouse: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default=DistributionStatus.PLANNED, index=True)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class DistributionKit(GlobalId, Versioned, Base):
    """A kit type a distribution hands out."""

    __tablename__ = "distribution_kits"
    __table_args__ = (UniqueConstraint("distribution_id", "kit_type_id"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    distribution_id: Mapped[int] = mapped_column(ForeignKey("distributions.id", ondelete="CASCADE"))
    kit_type_id: Mapped[int] = mapped_column(ForeignKey("kit_types.id"), index=True)


class Entitlement(GlobalId, Versioned, Base):
    """A household on a distribution's list and how many kits of one type it is to receive."""

    __tablename__ = "entitlements"
    __table_args__ = (UniqueConstraint("distribution_id", "household_id", "kit_type_id"),
                      Index("ix_entitlements_household_id", "household_id"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    distribution_id: Mapped[int] = mapped_column(ForeignKey("distributions.id", ondelete="CASCADE"))
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"))
    kit_type_id: Mapped[int] = mapped_column(ForeignKey("kit_types.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)


class Receipt(GlobalId, Versioned, Base):
    """A household's receipt of what it was entitled to on a distribution's list: when, by whom, the proof, who
    recorded it, and the verification afterwards (which opens a complaint on the site when not received)."""

    __tablename__ = "receipts"
    __table_args__ = (UniqueConstraint("distribution_id", "household_id"),
                      Index("ix_receipts_household_id", "household_id"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    distribution_id: Mapped[int] = mapped_column(ForeignKey("distributions.id", ondelete="CASCADE"))
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"))
    received_on: Mapped[dt.date] = mapped_column(Date)
    received_by: Mapped[str] = mapped_column(String(20), default=ReceivedBy.HEAD)
    proxy_name: Mapped[str | None] = mapped_column(String(200))
    proof: Mapped[str] = mapped_column(String(20), default=Proof.SIGNATURE)
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    verification: Mapped[str | None] = mapped_column(String(30))
    verified_on: Mapped[dt.date | None] = mapped_column(Date)
    # The complaint a verification "not received" or "received with issues" opened on the site.
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id", ondelete="SET NULL"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class StockMovement(GlobalId, Versioned, Base):
    """Kits coming into a warehouse, issued from it to a distribution, or lost or damaged there, on a date."""

    __tablename__ = "stock_movements"
    __table_args__ = (Index("ix_stock_movements_kit_warehouse", "kit_type_id", "warehouse", "moved_on"),
                      NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse: Mapped[str] = mapped_column(String(200))
    kit_type_id: Mapped[int] = mapped_column(ForeignKey("kit_types.id"))
    moved_on: Mapped[dt.date] = mapped_column(Date)
    movement: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int] = mapped_column(Integer)
    distribution_id: Mapped[int | None] = mapped_column(ForeignKey("distributions.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
