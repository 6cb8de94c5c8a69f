"""Households (displaced, returnee, host) and the cash they receive in tranches."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.models.base import NEVER_REUSED_IDS, Base, GlobalId, Money, SexAgeCounts, Versioned


class HouseholdStatus(StrEnum):
    DISPLACED = "displaced"
    RETURNEE = "returnee"
    HOST = "host community"


class Intention(StrEnum):
    RETURN = "return"
    RELOCATE = "relocate"
    STAY = "stay"
    UNDECIDED = "undecided"


class Vulnerability(StrEnum):
    FEMALE_HEADED = "female-headed"
    DISABILITY = "disability"
    CHRONIC_ILLNESS = "chronic illness"
    ELDERLY_HEAD = "elderly head"
    UNACCOMPANIED_CHILD = "unaccompanied child"
    PREGNANT_OR_LACTATING = "pregnant or lactating"


class TranchePurpose(StrEnum):
    TRANSPORT = "transport"
    CONSTRUCTION = "construction"
    SUBSISTENCE = "subsistence"
    COMPLETION = "completion"


class TrancheStatus(StrEnum):
    PLANNED = "planned"
    PAID = "paid"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    """How a tranche reached the household: in cash at a distribution point, by mobile money (M-Pesa, Airtel
    Money, Orange Money, Zain Cash), or by bank transfer."""

    CASH = "cash"
    MOBILE_MONEY = "mobile money"
    BANK_TRANSFER = "bank transfer"


class Household(GlobalId, Versioned, SexAgeCounts, Base):
    __tablename__ = "households"
    # Households of a site, and who left it when: the closure report and the site screen ask this.
    # By head of household's name: the Households table sorted by name reads it in order (the id, SQLite's rowid,
    # rides along as the last sort key), and its text search (code or name) and count scan it instead of the table.
    __table_args__ = (Index("ix_households_site_departure", "site_id", "departure_date"),
                      Index("ix_households_head_name_code", "head_name", "code"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    head_name: Mapped[str] = mapped_column(String(200))
    head_sex: Mapped[str] = mapped_column(String(10))
    phone: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default=HouseholdStatus.DISPLACED)
    size: Mapped[int] = mapped_column(Integer)
    # Comma-separated Vulnerability values.
    vulnerabilities: Mapped[str] = mapped_column(String(200), default="")
    # Found through ix_households_site_departure, whose first column is the site (no index of its own).
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    registered_on: Mapped[dt.date] = mapped_column(Date)
    intention: Mapped[str] = mapped_column(String(20), default=Intention.UNDECIDED)
    went_go_and_see: Mapped[bool] = mapped_column(Boolean, default=False)
    attended_come_and_tell: Mapped[bool] = mapped_column(Boolean, default=False)
    destination_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"), index=True)
    departure_date: Mapped[dt.date | None] = mapped_column(Date)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)

    site: Mapped["Site | None"] = relationship()  # noqa: F821
    destination: Mapped["Location | None"] = relationship()  # noqa: F821
    tranches: Mapped[list[CashTranche]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="CashTranche.sequence"
    )


class CashTranche(GlobalId, Versioned, Money, Base):
    __tablename__ = "cash_tranches"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default=TrancheStatus.PLANNED)
    planned_on: Mapped[dt.date | None] = mapped_column(Date)
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    payment_method: Mapped[str | None] = mapped_column(String(20))
    payment_reference: Mapped[str | None] = mapped_column(String(60))  # a receipt or mobile-money transaction

    household: Mapped[Household] = relationship(back_populates="tranches")
