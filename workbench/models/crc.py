"""Community Resource Centres (Iraq): information and referral hubs for IDPs, returnees and host communities, the
service map of the providers they refer people to, the contacts they record, the sessions they hold and the
referrals they make."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.models.base import NEVER_REUSED_IDS, Base, GlobalId, SexAgeCounts, Versioned


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


# Referrals for these services tell of a protection case: no household is linked to them and the roles restrict who
# sees them (kinds/referral.py declares them sensitive).
SENSITIVE_SERVICES = (Service.PROTECTION, Service.CHILD_PROTECTION, Service.GBV, Service.MHPSS)


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


class ResourceCentre(GlobalId, Versioned, Base):
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


class ServiceProvider(GlobalId, Versioned, Base):
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


class CrcContact(GlobalId, Versioned, Base):
    """Somebody who came to, called or was reached by a CRC, and what they asked. No name: a household may be
    linked, never required."""

    __tablename__ = "crc_contacts"
    # A contact's reference (a register's number, a form's submission id) names one contact of its CRC: a register
    # or an export imported twice never doubles a contact. Contacts without one are never taken for each other.
    __table_args__ = (Index("uq_crc_contacts_ref", "crc_id", "contact_ref", unique=True), NEVER_REUSED_IDS)

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
    contact_ref: Mapped[str | None] = mapped_column(String(60))


class SessionKind(StrEnum):
    AWARENESS = "awareness"
    INFORMATION = "information"
    LEGAL_COUNSELLING = "legal counselling (group)"
    INFORMAL_EDUCATION = "informal education"
    SKILLS = "skills"


class CrcSession(GlobalId, Versioned, SexAgeCounts, Base):
    """A group session held by a CRC (awareness, information, group legal counselling, informal education,
    skills), with its attendance by sex and age group and by population group; no names."""

    __tablename__ = "crc_sessions"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    crc_id: Mapped[int] = mapped_column(ForeignKey("resource_centres.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    session_kind: Mapped[str] = mapped_column(String(30))
    topic: Mapped[str] = mapped_column(String(200))
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[int] = mapped_column(Integer)
    idps: Mapped[int | None] = mapped_column(Integer)
    returnees: Mapped[int | None] = mapped_column(Integer)
    host_community: Mapped[int | None] = mapped_column(Integer)

    def population_values(self) -> dict[str, int | None]:
        return {name: getattr(self, name) for name in POPULATION_FIELDS}


POPULATION_FIELDS = ("idps", "returnees", "host_community")


class ReferralPriority(StrEnum):
    EMERGENCY = "emergency"   # answered within 24 hours
    URGENT = "urgent"         # within 72 hours
    NORMAL = "normal"         # within 14 days


# Days from the referral to the provider's answer (accepted or declined) before it is overdue.
RESPONSE_DAYS = {ReferralPriority.EMERGENCY: 1, ReferralPriority.URGENT: 3, ReferralPriority.NORMAL: 14}


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    DELIVERED = "service delivered"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


class ConsentBy(StrEnum):
    """Who gave the consent to share the case with the provider: never a name."""

    PERSON = "the person"
    CAREGIVER = "parent or caregiver"
    GUARDIAN = "legal guardian"


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"
    PARTLY = "partly satisfied"
    NOT_SATISFIED = "not satisfied"


class Referral(GlobalId, Versioned, Base):
    """A person referred by a CRC to a provider of the service map for a service, by case code (no name), with the
    consent to share, the priority's deadline for the provider's answer, the workflow's dated steps and the
    follow-up."""

    __tablename__ = "referrals"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    crc_id: Mapped[int] = mapped_column(ForeignKey("resource_centres.id"), index=True)
    referred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    case_code: Mapped[str] = mapped_column(String(40), index=True)
    # Never for a sensitive referral; a household deleted later leaves its referrals, without the link.
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id", ondelete="SET NULL"), index=True)
    sex: Mapped[str] = mapped_column(String(10))
    age_group: Mapped[str] = mapped_column(String(10))
    service: Mapped[str] = mapped_column(String(30))
    provider_id: Mapped[int] = mapped_column(ForeignKey("service_providers.id"), index=True)
    priority: Mapped[str] = mapped_column(String(20), default=ReferralPriority.NORMAL)
    due_on: Mapped[dt.date | None] = mapped_column(Date)  # referred_on + the priority's days: derived, never typed
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_by: Mapped[str | None] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20), default=ReferralStatus.DRAFT, index=True)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    responded_on: Mapped[dt.date | None] = mapped_column(Date)   # accepted or declined
    delivered_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)      # closed or withdrawn
    outcome: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str] = mapped_column(Text, default="")
    feedback_on: Mapped[dt.date | None] = mapped_column(Date)
    satisfaction: Mapped[str | None] = mapped_column(String(20))

    history: Mapped[list[ReferralStatusChange]] = relationship(
        back_populates="referral", cascade="all, delete-orphan", order_by="ReferralStatusChange.id")


class ReferralStatusChange(GlobalId, Base):
    """One dated step of a referral's workflow, with who took it."""

    __tablename__ = "referral_status_changes"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    user_name: Mapped[str] = mapped_column(String(80), default="")

    referral: Mapped[Referral] = relationship(back_populates="history")
