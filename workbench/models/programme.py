"""Donors, projects and their logframe: outcomes, outputs, indicators, targets and achieved values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, Column, Date, ForeignKey, Numeric, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.models.base import MONEY, NEVER_REUSED_IDS, Base, GlobalId, SexAgeCounts, Versioned


class ProjectStatus(StrEnum):
    PIPELINE = "pipeline"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    CLOSED = "closed"


class OrganisationType(StrEnum):
    """The kinds of organisation of IATI's OrganisationType codelist a donor can be (workbench/io/iati.py has the
    codes)."""

    GOVERNMENT = "government"
    OTHER_PUBLIC_SECTOR = "other public sector"
    MULTILATERAL = "multilateral"
    INTERNATIONAL_NGO = "international NGO"
    NATIONAL_NGO = "national NGO"
    FOUNDATION = "foundation"
    PRIVATE_SECTOR = "private sector"


class Donor(GlobalId, Versioned, Base):
    __tablename__ = "donors"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # The donor's IATI organisation identifier (XI-IATI-EC_ECHO, US-GOV-1) and kind, which an IATI export gives its
    # funding participating-org and the commitment's provider-org; empty when the donor publishes none.
    iati_ref: Mapped[str] = mapped_column(String(60), default="")
    organisation_type: Mapped[str | None] = mapped_column(String(30))

    projects: Mapped[list[Project]] = relationship(back_populates="donor")


project_locations = Table(
    "project_locations",
    Base.metadata,
    Column("project_id", ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True),
    Column("location_id", ForeignKey("locations.id", ondelete="CASCADE"), primary_key=True),
)


class Project(GlobalId, Versioned, Base):
    __tablename__ = "projects"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    donor_id: Mapped[int] = mapped_column(ForeignKey("donors.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    budget: Mapped[Decimal] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(20), default=ProjectStatus.ONGOING)
    # Comma-separated lists as staff type them ("CCCM, Shelter"); searched, never joined on.
    sectors: Mapped[str] = mapped_column(String(300), default="")
    partners: Mapped[str] = mapped_column(String(300), default="")

    donor: Mapped[Donor] = relationship(back_populates="projects")
    locations: Mapped[list["Location"]] = relationship(secondary=project_locations)  # noqa: F821
    outcomes: Mapped[list[Outcome]] = relationship(back_populates="project", cascade="all, delete-orphan")
    indicators: Mapped[list[Indicator]] = relationship(back_populates="project", cascade="all, delete-orphan")


class Outcome(GlobalId, Versioned, Base):
    __tablename__ = "outcomes"
    __table_args__ = (UniqueConstraint("project_id", "code"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)

    project: Mapped[Project] = relationship(back_populates="outcomes")
    outputs: Mapped[list[Output]] = relationship(back_populates="outcome", cascade="all, delete-orphan")


class Output(GlobalId, Versioned, Base):
    __tablename__ = "outputs"
    __table_args__ = (UniqueConstraint("outcome_id", "code"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcomes.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)

    outcome: Mapped[Outcome] = relationship(back_populates="outputs")


class Aggregation(StrEnum):
    """How an indicator's values of several reporting periods make one figure (workbench.services.figures
    indicator_total): counts of people or works add up; a share stands at its latest value, or is the mean of the
    periods' shares; a figure each period measures again (people reached each quarter) takes its largest."""

    SUM = "sum"
    LATEST = "latest"
    AVERAGE = "average"
    MAXIMUM = "maximum"


# The units whose values are shares: a share of each period cannot be added to the next one's.
PERCENT_UNITS = ("%", "percent", "percentage", "per cent", "pourcentage")


class Indicator(GlobalId, Versioned, Base):
    """Measures an outcome or an output of a project; values are recorded per reporting period."""

    __tablename__ = "indicators"
    __table_args__ = (UniqueConstraint("project_id", "code"),
                      CheckConstraint(f"aggregation IN ({', '.join(repr(a.value) for a in Aggregation)})",
                                      name="aggregation"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    outcome_id: Mapped[int | None] = mapped_column(ForeignKey("outcomes.id", ondelete="CASCADE"))
    output_id: Mapped[int | None] = mapped_column(ForeignKey("outputs.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(40), default="people")
    aggregation: Mapped[str] = mapped_column(String(10), default=Aggregation.SUM, server_default=Aggregation.SUM.value)
    # Where the indicator stood before the project, and how its values are verified (the logframe's columns).
    baseline: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    means_of_verification: Mapped[str] = mapped_column(Text, default="", server_default="")

    project: Mapped[Project] = relationship(back_populates="indicators")
    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="IndicatorValue.period_start"
    )


class IndicatorValue(GlobalId, Versioned, SexAgeCounts, Base):
    """Target and achieved value of an indicator for one reporting period; the achieved value by sex and age."""

    __tablename__ = "indicator_values"
    __table_args__ = (UniqueConstraint("indicator_id", "period_start"), NEVER_REUSED_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)
    period_label: Mapped[str] = mapped_column(String(40))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    target: Mapped[Decimal] = mapped_column(Numeric(16, 2))
    achieved: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))

    indicator: Mapped[Indicator] = relationship(back_populates="values")
