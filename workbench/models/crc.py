"""Community Resource Centres (Iraq): information and referral hubs for IDPs, returnees and host communities, the
service map of the providers they refer people to, and the contacts they record."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workbench.models.base import NEVER_REUSED_IDS, Base, Versioned


class CentreType(StrEnum):
    WALK_IN = "walk-in"
    VIRTUAL = "virtual hotline"
    MOBILE = "mobile"


class Service(StrEnum):
    """What a provider offers on the service map (and what a referral asks for)."""

    LEGAL_AID = "legal aid"
    CIVIL_DOCUMENTATION = "civil documentation"
    PROTECTION = "protection"
    CHILD_PROTECTION = "child protection"
    GBV = "GBV"
    MHPSS = "MHPSS"
    HEALTH = "health"
    EDUCATION = "education"
    LIVELIHOODS = "livelihoods"
    SHELTER = "shelter"
    CASH = "cash"


class ContactChannel(StrEnum):
    WALK_IN = "walk-in"
    CALL = "call"
    OUTREACH = "outreach"


class PopulationGroup(StrEnum):
    IDP = "IDP"
    RETURNEE = "returnee"
    HOST_COMMUNITY = "host community"


class AgeGroup(StrEnum):
    CHILD = "0-17"
    ADULT = "18-59"
    OLDER = "60+"


class ResourceCentre(Versioned, Base):
    """A CRC: a walk-in, virtual (hotline) or mobile information and referral hub."""

    __tablename__ = "resource_centres"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), index=True)
    centre_type: Mapped[str] = mapped_column(String(20))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    managing_organisation: Mapped[str] = mapped_column(String(200), default="")
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    focal_point: Mapped[str] = mapped_column(String(200), default="")


class ServiceProvider(Versioned, Base):
    """One provider on the service map: an organisation at a place, what it offers and whether it takes referrals."""

    __tablename__ = "service_providers"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    organisation: Mapped[str] = mapped_column(String(200))
    services: Mapped[str] = mapped_column(String(300))  # Service values separated by commas
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), index=True)
    contact: Mapped[str] = mapped_column(String(200), default="")
    accepts_referrals: Mapped[bool] = mapped_column(Boolean, default=True)
    last_verified_on: Mapped[dt.date | None] = mapped_column(Date)


class CrcContact(Versioned, Base):
    """Somebody who came to, called or was reached by a CRC, and what they asked. No name: a household may be
    linked, never required."""

    __tablename__ = "crc_contacts"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    crc_id: Mapped[int] = mapped_column(ForeignKey("resource_centres.id"), index=True)
    contacted_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    population_group: Mapped[str] = mapped_column(String(20))
    sex: Mapped[str] = mapped_column(String(10))
    age_group: Mapped[str] = mapped_column(String(10))
    question: Mapped[str] = mapped_column(Text, default="")
    information_given: Mapped[str] = mapped_column(Text, default="")
    # A household deleted later leaves its contacts, without the link.
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id", ondelete="SET NULL"), index=True)
