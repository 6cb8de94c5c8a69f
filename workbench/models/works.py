"""Infrastructure works (schools, water plants, markets...) with their progress reports and status history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.models.base import MONEY, NEVER_REUSED_IDS, RATE, Base, GlobalId, Versioned


class WorkType(StrEnum):
    SHELTER_REHABILITATION = "shelter rehabilitation"
    DEBRIS_CLEARING = "debris clearing"
    WATER_PLANT = "water plant"
    IRRIGATION = "irrigation"
    ELECTRICAL_NETWORK = "electrical network"
    SCHOOL = "school"
    MARKET = "market"
    HEALTH_CENTRE = "hospital/health centre"
    LATRINE_BLOCK = "latrine block"
    WATER_POINT = "water point"


class WorkStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    HANDED_OVER = "handed over"
    SUSPENDED = "suspended"


class InfrastructureWork(GlobalId, Versioned, Base):
    __tablename__ = "infrastructure_works"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    work_type: Mapped[str] = mapped_column(String(40))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), index=True)
    contractor: Mapped[str] = mapped_column(String(200))
    contract_value: Mapped[Decimal] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3))
    exchange_rate: Mapped[Decimal | None] = mapped_column(RATE)
    rate_date: Mapped[dt.date | None] = mapped_column(Date)
    planned_start: Mapped[dt.date] = mapped_column(Date)
    planned_end: Mapped[dt.date] = mapped_column(Date)
    actual_start: Mapped[dt.date | None] = mapped_column(Date)
    actual_end: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=WorkStatus.PLANNED, index=True)
    people_served: Mapped[int] = mapped_column(Integer, default=0)

    location: Mapped["Location"] = relationship()  # noqa: F821
    progress_reports: Mapped[list[WorkProgressReport]] = relationship(
        back_populates="work", cascade="all, delete-orphan", order_by="WorkProgressReport.reported_on"
    )
    status_changes: Mapped[list[WorkStatusChange]] = relationship(
        back_populates="work", cascade="all, delete-orphan", order_by="WorkStatusChange.id"
    )
    payments: Mapped[list[WorkPayment]] = relationship(
        back_populates="work", cascade="all, delete-orphan", order_by="WorkPayment.paid_on"
    )


class WorkProgressReport(GlobalId, Versioned, Base):
    __tablename__ = "work_progress_reports"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    work_id: Mapped[int] = mapped_column(ForeignKey("infrastructure_works.id", ondelete="CASCADE"), index=True)
    reported_on: Mapped[dt.date] = mapped_column(Date)
    progress_percent: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    note: Mapped[str] = mapped_column(Text, default="")

    work: Mapped[InfrastructureWork] = relationship(back_populates="progress_reports")


class WorkPayment(GlobalId, Versioned, Base):
    """A payment to a work's contractor (an advance, an interim payment certificate, the final payment), with the
    reference of its voucher; in the project's currency or with the rate used, as every amount."""

    __tablename__ = "work_payments"
    __table_args__ = (UniqueConstraint("work_id", "reference"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    work_id: Mapped[int] = mapped_column(ForeignKey("infrastructure_works.id", ondelete="CASCADE"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3))
    exchange_rate: Mapped[Decimal | None] = mapped_column(RATE)
    rate_date: Mapped[dt.date | None] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(60))

    work: Mapped[InfrastructureWork] = relationship(back_populates="payments")


class WorkStatusChange(GlobalId, Base):
    __tablename__ = "work_status_changes"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    work_id: Mapped[int] = mapped_column(ForeignKey("infrastructure_works.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    user_name: Mapped[str] = mapped_column(String(80), default="")

    work: Mapped[InfrastructureWork] = relationship(back_populates="status_changes")
