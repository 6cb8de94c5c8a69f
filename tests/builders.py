"""Small, realistic records made through the services, for tests (Kalemie sites, an ECHO project, Iraq grants)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from workbench.services import records

D = dt.date


class Build:
    """Makes the records a test needs, each through records.create so the rules apply."""

    def __init__(self, session: Session):
        self.s = session

    def create(self, kind: str, **values):
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
