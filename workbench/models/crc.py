"""Community Resource Centres (Iraq): information and referral hubs for IDPs, returnees and host communities."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from workbench.models.base import NEVER_REUSED_IDS, Base, Versioned


class CentreType(StrEnum):
    WALK_IN = "walk-in"
    VIRTUAL = "virtual hotline"
    MOBILE = "mobile"


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
