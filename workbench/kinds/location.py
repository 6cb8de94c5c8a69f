"""An administrative area by its P-code (OCHA COD-AB): country, province or governorate, territory, village."""

from workbench import models as m
from workbench.kinds.base import Field as F, Kind, N
from workbench.kinds.common import refuse_if_used
from workbench.services import rules

KIND = Kind(
    "location", m.Location, "location", N("records", "Location"), key="pcode", search=("pcode", "name", "name_local"),
    pick=("pcode", "name"), validate=rules.location,
    delete_refusal=refuse_if_used((m.Location, "parent_id", "areas below it"), (m.Site, "location_id", "sites"),
                                  (m.LivelihoodGrant, "location_id", "grants"),
                                  (m.InfrastructureWork, "location_id", "works"),
                                  (m.Household, "destination_id", "households going there")),
    imports="locations", import_title=N("ImportWizard", "Locations (P-codes)"), import_key=("pcode",),
    fields=(
        F("pcode", N("fields", "P-code"), hxl="#loc+code",
          words=("p code", "pcode", "code", "admin code", "code p", "code pcode")),
        F("name", N("fields", "Name"), hxl="#loc+name", words=("name", "admin name", "location name", "nom", "nom du lieu")),
        F("name_local", N("fields", "Local name"), hxl="#loc+name+local",
          words=("local name", "name local", "name ar", "nom local", "nom en langue locale")),
        F("admin_level", N("fields", "Level"), header="Admin level", choices=("0", "1", "2", "3"), hxl="#loc+level",
          words=("level", "admin level", "niveau", "niveau administratif")),
        F("parent_id", N("fields", "Part of"), header="Parent P-code", hxl="#loc+code+parent",
          words=("parent", "parent p code", "parent pcode", "p code parent", "code parent", "pcode parent")),
        F("latitude", N("fields", "Latitude"), hxl="#geo+lat", words=("lat", "y")),
        F("longitude", N("fields", "Longitude"), hxl="#geo+lon", words=("lon", "long", "lng", "x")),
    ),
)
