"""Livelihood grants (EDF, ILA, cash for work), their tranches and their workflow history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.models.base import MONEY, NEVER_REUSED_IDS, Base, GlobalId, Money, Versioned


class Programme(StrEnum):
    EDF = "EDF"  # Enterprise Development Fund: a grant to a small or medium enterprise
    ILA = "ILA"  # individual livelihoods assistance
    CFW = "CfW"  # cash for work


class GrantStatus(StrEnum):
    APPLICATION = "application"
    VETTING = "vetting"
    APPROVED = "approved"
    DISBURSED = "disbursed"
    MONITORED = "monitored"
    CLOSED = "closed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class IlaKind(StrEnum):
    VOCATIONAL_TRAINING = "vocational training"
    BUSINESS_KIT = "business kit"
    MICRO_ENTERPRISE = "micro-enterprise grant"


class LivelihoodGrant(GlobalId, Versioned, Money, Base):
    __tablename__ = "livelihood_grants"
    # Totals by programme and status within a project (dashboard, grants register).
    __table_args__ = (Index("ix_livelihood_grants_project_programme_status", "project_id", "programme", "status"),
                      NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    programme: Mapped[str] = mapped_column(String(3), index=True)
    status: Mapped[str] = mapped_column(String(20), default=GrantStatus.APPLICATION, index=True)
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_sex: Mapped[str] = mapped_column(String(10))
    recipient_phone: Mapped[str | None] = mapped_column(String(40))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), index=True)
    sector: Mapped[str] = mapped_column(String(60))
    applied_on: Mapped[dt.date] = mapped_column(Date)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    # EDF
    business_name: Mapped[str | None] = mapped_column(String(200))
    jobs_created: Mapped[int | None] = mapped_column(Integer)
    jobs_retained: Mapped[int | None] = mapped_column(Integer)
    # ILA
    ila_kind: Mapped[str | None] = mapped_column(String(40))
    # CfW: amount = days_worked x daily_rate
    days_worked: Mapped[int | None] = mapped_column(Integer)
    daily_rate: Mapped[Decimal | None] = mapped_column(MONEY)
    work_site: Mapped[str | None] = mapped_column(String(200))

    location: Mapped["Location"] = relationship()  # noqa: F821
    tranches: Mapped[list[GrantTranche]] = relationship(
        back_populates="grant", cascade="all, delete-orphan", order_by="GrantTranche.sequence"
    )
    history: Mapped[list[GrantStatusChange]] = relationship(
        back_populates="grant", cascade="all, delete-orphan", order_by="GrantStatusChange.id"
    )


class GrantTranche(GlobalId, Base):
    """A payment of part of a grant, in the grant's currency; written by the disbursement workflow."""

    __tablename__ = "grant_tranches"
    __table_args__ = (UniqueConstraint("grant_id", "sequence"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("livelihood_grants.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    paid_on: Mapped[dt.date] = mapped_column(Date)

    grant: Mapped[LivelihoodGrant] = relationship(back_populates="tranches")


class GrantStatusChange(GlobalId, Base):
    __tablename__ = "grant_status_changes"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("livelihood_grants.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    user_name: Mapped[str] = mapped_column(String(80), default="")

    grant: Mapped[LivelihoodGrant] = relationship(back_populates="history")
