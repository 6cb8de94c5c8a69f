"""An administrative area by its P-code (OCHA COD-AB): country, province or governorate, territory, village."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import refuse_if_used
from workbench.kinds.rules import PCODE, Between, Rule, Unique, no_autoflush_get
from workbench.services.errors import DomainError


class PcodeAndParent(Rule):
    """A P-code is a country's two letters and more; every area but a country is in an area one level up, in the
    same country. The parent may be a row of the same file (ctx.location_* keyed "file:<P-code>")."""

    PATTERN = "must be two capital letters (the country) followed by letters or digits, e.g. CD74"

    def one(self, session, obj: m.Location) -> None:
        if not PCODE.match(obj.pcode or ""):
            raise DomainError(self.PATTERN, "pcode")
        parent = no_autoflush_get(session, m.Location, obj.parent_id)
        if obj.admin_level == m.AdminLevel.COUNTRY:
            if parent is not None:
                raise DomainError("a country has no parent area", "parent_id")
            return
        if parent is None:
            raise DomainError("is required below country level", "parent_id")
        if parent.admin_level != obj.admin_level - 1:
            raise DomainError(f"must be one level up (level {obj.admin_level - 1}); "
                              f"{parent.pcode} is level {parent.admin_level}", "parent_id")
        if parent.pcode[:2] != obj.pcode[:2] or obj.pcode == parent.pcode:
            raise DomainError(f"{obj.pcode} is not in the same country as its parent {parent.pcode}", "pcode")

    def many(self, rows, ctx) -> None:
        pcode = rows["pcode"]
        rows.fail(~pcode.fillna("").astype(str).str.match(PCODE.pattern), "pcode", self.PATTERN)
        level = rows["admin_level"].astype("float64")
        parent = rows["parent_id"]
        parent_level = parent.map(ctx.location_level).astype("float64")
        parent_pcode = parent.map(ctx.location_pcode)
        country = level == m.AdminLevel.COUNTRY
        rows.fail(country & parent.notna(), "parent_id", "a country has no parent area")
        rows.fail(~country & parent.isna(), "parent_id", "is required below country level")
        rows.fail(~country & parent.notna() & (parent_level != level - 1), "parent_id",
                  lambda f: [f"must be one level up (level {int(lv) - 1}); {pp} is level {int(pl)}"
                             for lv, pp, pl in zip(f["admin_level"], parent_pcode[f.index], parent_level[f.index])])
        country_of = lambda codes: codes.map(lambda c: c[:2] if isinstance(c, str) else None)  # noqa: E731
        rows.fail(~country & parent.notna() & ((country_of(parent_pcode) != country_of(pcode))
                                               | (parent_pcode == pcode)),
                  "pcode", lambda f: [f"{p} is not in the same country as its parent {pp}"
                                      for p, pp in zip(f["pcode"], parent_pcode[f.index])])


KIND = Kind(
    "location", m.Location, "location", N("records", "Location"), order=60, key="pcode", key_words="P-code", search=("pcode", "name", "name_local"),
    pick=("pcode", "name"),
    rules=(PcodeAndParent(), Between("latitude", -90, 90), Between("longitude", -180, 180), Unique("pcode", "location")),
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
        F("admin_level", N("fields", "Level"), header="Admin level", choices=m.AdminLevel, hxl="#loc+level",
          words=("level", "admin level", "niveau", "niveau administratif")),
        F("parent_id", N("fields", "Part of"), header="Parent P-code", hxl="#loc+code+parent",
          words=("parent", "parent p code", "parent pcode", "p code parent", "code parent", "pcode parent")),
        F("latitude", N("fields", "Latitude"), hxl="#geo+lat", words=("lat", "y")),
        F("longitude", N("fields", "Longitude"), hxl="#geo+lon", words=("lon", "long", "lng", "x")),
    ),
    columns=(C("pcode", N("columns", "P-code"), width=110), C("name", N("columns", "Name"), width=200),
             C("name_local", N("columns", "Local name"), width=160), C("admin_level", N("columns", "Level"), "int"),
             C("latitude", N("columns", "Latitude"), "decimal", hidden=True),
             C("longitude", N("columns", "Longitude"), "decimal", hidden=True)),
)
