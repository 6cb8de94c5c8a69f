"""Small, realistic records made through the services, for tests (Kalemie sites, an ECHO project, Iraq grants)."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.services import records, workflows
from workbench.services.errors import DomainError

D = dt.date


@contextmanager
def refused(field: str | None, *words: str, error=DomainError):
    """Expects a DomainError naming `field` whose message holds every one of `words`."""
    with pytest.raises(error) as info:
        yield info
    assert info.value.field == field, f"field {info.value.field!r} (not {field!r}): {info.value.message}"
    for word in words:
        assert word in info.value.message, f"{word!r} not in {info.value.message!r}"


def count(session: Session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def audit(session: Session, table: str, record_id: int | None = None, action: str | None = None) -> list:
    """Audit entries of a table (and record, and action), oldest first."""
    stmt = select(m.AuditEntry).where(m.AuditEntry.table_name == table)
    if record_id is not None:
        stmt = stmt.where(m.AuditEntry.record_id == record_id)
    if action is not None:
        stmt = stmt.where(m.AuditEntry.action == action)
    return list(session.scalars(stmt.order_by(m.AuditEntry.id)))


class Build:
    """Makes the records a test needs, each through records.create so the rules apply."""

    def __init__(self, session: Session):
        self.s = session

    def create(self, kind: str, /, **values):
        return records.create(self.s, kind, values)

    def donor(self, code="ECHO", name="European Civil Protection and Humanitarian Aid Operations"):
        return self.create("donor", code=code, name=name)

    def project(self, code="DRC-ECHO-2023-01", donor=None, currency="USD", **values):
        donor = donor or self.donor()
        defaults = dict(code=code, title="Durable solutions and life-saving assistance in Tanganyika",
                        donor_id=donor.id, start_date=D(2023, 1, 1), end_date=D(2024, 6, 30),
                        budget=Decimal("2500000"), currency=currency, sectors="CCCM, Shelter")
        return self.create("project", **(defaults | values))

    def tanganyika(self):
        """DR Congo > Tanganyika > Kalemie > Kalonda locality; returns the four locations."""
        country = self.create("location", pcode="CD", name="République démocratique du Congo", admin_level=0)
        province = self.create("location", pcode="CD74", name="Tanganyika", admin_level=1, parent_id=country.id)
        territory = self.create("location", pcode="CD7401", name="Kalemie", admin_level=2, parent_id=province.id,
                                latitude=-5.9475, longitude=29.1947)
        village = self.create("location", pcode="CD740105", name="Kabubili", admin_level=3,
                              parent_id=territory.id)
        return country, province, territory, village

    def site(self, location, name="Kalonda", **values):
        defaults = dict(name=name, site_type="spontaneous site", location_id=location.id,
                        managing_agency="IOM", opened_on=D(2020, 3, 1))
        return self.create("site", **(defaults | values))

    def household(self, site, code="KAL-0001", size=5, **values):
        defaults = dict(code=code, head_name="Mwamba Kasongo", head_sex="female", size=size, site_id=site.id,
                        registered_on=D(2022, 5, 10), intention="return")
        return self.create("household", **(defaults | values))

    def grant(self, project, location, code="IQ-EDF-0001", **values):
        defaults = dict(code=code, project_id=project.id, programme="EDF", recipient_name="Ahmed Khalil",
                        recipient_sex="male", location_id=location.id, sector="food processing",
                        applied_on=D(2023, 2, 1), amount=Decimal("15000"), currency=project.currency,
                        business_name="Al-Noor Bakery", jobs_created=4)
        return self.create("grant", **(defaults | values))

    def work(self, project, location, code="IQ-WRK-001", **values):
        defaults = dict(code=code, project_id=project.id, title="Rehabilitation of Bartella water plant",
                        work_type="water plant", location_id=location.id, contractor="Nineveh Builders Co.",
                        contract_value=Decimal("240000"), currency=project.currency,
                        planned_start=D(2023, 3, 1), planned_end=D(2023, 9, 30), people_served=12000)
        return self.create("work", **(defaults | values))

    # --- more places and records, as in the seeds -----------------------------------------------

    def nyunzu(self, province):
        """Nyunzu territory of Tanganyika (its sites: Kilwa, Kabeya-Mikena, Majengo Mapya...)."""
        return self.create("location", pcode="CD7404", name="Nyunzu", admin_level=2, parent_id=province.id)

    def ninewa(self):
        """Iraq > Ninewa governorate > Al-Hamdaniya district > Bartella; returns the four locations."""
        country = self.create("location", pcode="IQ", name="Iraq", name_local="العراق", admin_level=0)
        governorate = self.create("location", pcode="IQG15", name="Ninewa", name_local="نينوى", admin_level=1,
                                  parent_id=country.id)
        district = self.create("location", pcode="IQD086", name="Al-Hamdaniya", admin_level=2,
                               parent_id=governorate.id)
        town = self.create("location", pcode="IQD086S01", name="Bartella", admin_level=3, parent_id=district.id,
                           latitude=36.3506, longitude=43.3797)
        return country, governorate, district, town

    def iraq_project(self, code="IRQ-BHA-2023-02", currency="USD", **values):
        donor = self.donor(code="BHA", name="Bureau for Humanitarian Assistance")
        defaults = dict(title="Community stabilization and livelihoods in Ninewa", start_date=D(2023, 1, 1),
                        end_date=D(2024, 12, 31), budget=Decimal("4000000"), sectors="Livelihoods, Infrastructure")
        return self.project(code=code, donor=donor, currency=currency, **(defaults | values))

    def committee(self, site, name="Comité central", members=10, women_members=6, **values):
        return self.create("committee", site_id=site.id, name=name, formed_on=D(2021, 2, 15), members=members,
                           women_members=women_members, **values)

    def progress(self, work, on, percent, note=""):
        return self.create("progress_report", work_id=work.id, reported_on=on, progress_percent=Decimal(percent),
                           note=note)

    def approved_grant(self, project, location, code="IQ-EDF-0001", approved_on=D(2023, 3, 1), **values):  # noqa: B008
        """A grant taken through vetting to approval (vetting two weeks after it was applied for)."""
        grant = self.grant(project, location, code=code, **values)
        workflows.change_grant_status(self.s, grant.id, "vetting", D(2023, 2, 15))
        workflows.change_grant_status(self.s, grant.id, "approved", approved_on)
        return grant
