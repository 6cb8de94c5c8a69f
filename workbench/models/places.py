"""Administrative areas with their P-codes: country > province/governorate > territory/district > locality."""

from __future__ import annotations

from enum import IntEnum

from sqlalchemy import Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.models.base import NEVER_REUSED_IDS, Base, GlobalId, Versioned


class AdminLevel(IntEnum):
    COUNTRY = 0
    PROVINCE = 1   # province (DR Congo), governorate (Iraq)
    TERRITORY = 2  # territory (DR Congo), district (Iraq)
    LOCALITY = 3   # locality, village


class Location(GlobalId, Versioned, Base):
    __tablename__ = "locations"
    __table_args__ = NEVER_REUSED_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    # P-codes are text: "CD74" and leading zeros ("IQG01") must survive every import and export.
    pcode: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    name_local: Mapped[str | None] = mapped_column(String(200))
    admin_level: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)

    parent: Mapped[Location | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Location]] = relationship(back_populates="parent")
