"""Displacement sites and their management: status history, population, committees, feedback, infrastructure."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.models.base import NEVER_REUSED_IDS, Base, GlobalId, SexAgeCounts, Versioned


class SiteType(StrEnum):
    PLANNED_CAMP = "planned camp"
    SPONTANEOUS_SITE = "spontaneous site"
    COLLECTIVE_CENTRE = "collective centre"


class SiteStatus(StrEnum):
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"


class ComplaintChannel(StrEnum):
    SUGGESTION_BOX = "suggestion box"
    HOTLINE = "hotline"
    FOCAL_POINT = "focal point"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    RESOLVED = "resolved"


class InfrastructureKind(StrEnum):
    LATRINE = "emergency latrine"
    SHOWER = "shower"
    HANDWASHING = "handwashing station"
    WATER_POINT = "water point"
    SHELTER_KIT = "shelter kit"


class Condition(StrEnum):
    GOOD = "good"
    NEEDS_REPAIR = "needs repair"
    OUT_OF_ORDER = "out of order"


class Site(GlobalId, Versioned, Base):
    __tablename__ = "sites"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    site_type: Mapped[str] = mapped_column(String(30))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    managing_agency: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default=SiteStatus.OPEN)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    # IOM DTM's site ID (SSID) when DTM tracks the site, and where it lies: how site lists and DTM rounds name it.
    dtm_site_id: Mapped[str | None] = mapped_column(String(40), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)

    location: Mapped["Location"] = relationship()  # noqa: F821
    status_changes: Mapped[list[SiteStatusChange]] = relationship(
        back_populates="site", cascade="all, delete-orphan", order_by="SiteStatusChange.changed_on"
    )
    population_counts: Mapped[list[PopulationCount]] = relationship(
        back_populates="site", cascade="all, delete-orphan", order_by="PopulationCount.counted_on"
    )
    committees: Mapped[list[Committee]] = relationship(back_populates="site", cascade="all, delete-orphan")
    complaints: Mapped[list[Complaint]] = relationship(back_populates="site", cascade="all, delete-orphan")
    infrastructure: Mapped[list[SiteInfrastructure]] = relationship(
        back_populates="site", cascade="all, delete-orphan"
    )


class SiteStatusChange(GlobalId, Base):
    """One dated step of a site's life (open > closing > closed); written by the site workflow only."""

    __tablename__ = "site_status_changes"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    user_name: Mapped[str] = mapped_column(String(80), default="")

    site: Mapped[Site] = relationship(back_populates="status_changes")


class PopulationCount(GlobalId, Versioned, SexAgeCounts, Base):
    __tablename__ = "population_counts"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    counted_on: Mapped[dt.date] = mapped_column(Date)
    households: Mapped[int] = mapped_column(Integer)
    individuals: Mapped[int] = mapped_column(Integer)

    site: Mapped[Site] = relationship(back_populates="population_counts")


class Committee(GlobalId, Versioned, Base):
    __tablename__ = "committees"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    formed_on: Mapped[dt.date] = mapped_column(Date)
    members: Mapped[int] = mapped_column(Integer)
    women_members: Mapped[int] = mapped_column(Integer)

    site: Mapped[Site] = relationship(back_populates="committees")
    trainings: Mapped[list[CommitteeTraining]] = relationship(
        back_populates="committee", cascade="all, delete-orphan"
    )


class CommitteeTraining(GlobalId, Versioned, Base):
    __tablename__ = "committee_trainings"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[dt.date] = mapped_column(Date)
    participants: Mapped[int] = mapped_column(Integer)

    committee: Mapped[Committee] = relationship(back_populates="trainings")


class Complaint(GlobalId, Versioned, Base):
    """A complaint or piece of feedback received through the site's feedback mechanism."""

    __tablename__ = "complaints"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(30))
    category: Mapped[str] = mapped_column(String(60))
    received_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=ComplaintStatus.OPEN)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")

    site: Mapped[Site] = relationship(back_populates="complaints")


class SiteInfrastructure(GlobalId, Versioned, Base):
    __tablename__ = "site_infrastructure"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    quantity: Mapped[int] = mapped_column(Integer)
    condition: Mapped[str] = mapped_column(String(20), default="good")
    recorded_on: Mapped[dt.date] = mapped_column(Date)

    site: Mapped[Site] = relationship(back_populates="infrastructure")
