"""An administrative area by its P-code (OCHA COD-AB): country, province or governorate, territory, village."""

import functools
import re

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import refuse_if_used
from workbench.kinds.rules import PCODE, Between, Rule, Unique, no_autoflush_get
from workbench.services.errors import DomainError


def pcode_forms(text: str) -> tuple[str, ...]:
    """The P-codes a typed one may stand for, in the order tried: in capitals; DTM's form with the country's ISO3
    code and a dash (IRQ-G15Q05) is OCHA's (IQG15Q05); an ISO3 code (HDX's global list gives it as the parent of
    admin-1 areas) is itself if a country has it as P-code, else the country's two letters (IRQ: IQ)."""
    code = text.strip().upper()
    dtm = re.fullmatch(r"([A-Z]{3})-([A-Z0-9]+)", code)
    if dtm and (country := _iso2(dtm.group(1))):
        return (country + dtm.group(2),)
    if len(code) == 3 and code.isalpha() and (country := _iso2(code)):
        return (code, country)
    return (code,)


@functools.cache
def _iso2(iso3: str) -> str | None:
    """ISO 3166 alpha-2 of an alpha-3 code, from the CLDR data Babel ships (COD: CD)."""
    from babel.core import get_global

    alias = get_global("territory_aliases").get(iso3) or []
    return alias[0] if len(alias) == 1 and len(alias[0]) == 2 and alias[0].isalpha() else None


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
    "location", m.Location, "location", N("records", "Location"), area="places", order=60, key="pcode", key_words="P-code", search=("pcode", "name", "name_local"),
    pick=("pcode", "name"),
    rules=(PcodeAndParent(), Between("latitude", -90, 90), Between("longitude", -180, 180), Unique("pcode", "location")),
    delete_refusal=refuse_if_used((m.Location, "parent_id", "areas below it"), (m.Site, "location_id", "sites"),
                                  (m.LivelihoodGrant, "location_id", "grants"),
                                  (m.InfrastructureWork, "location_id", "works"),
                                  (m.Household, "destination_id", "households going there")),
    imports="locations", import_title=N("ImportWizard", "Locations (P-codes)"), import_key=("pcode",),
    key_forms=pcode_forms,
    fields=(
        # OCHA COD-AB sheets (ADM2_PCODE, ADM1_PCODE, ADM2_EN...; a whole workbook reads as ADMn_PCODE...: see
        # io/reading.py), HDX's global P-code list (#adm+code, #adm+code+parent, #geo+admin_level), DTM files.
        F("pcode", N("fields", "P-code"), hxl="#loc+code", hxl_words=("#adm+code", "#adm{n}+code"),
          words=("p code", "pcode", "code", "admin code", "code p", "code pcode", "admn pcode", "adm{n} pcode",
                 "admin{n} pcode", "admin{n} p code", "adm{n} p code")),
        F("name", N("fields", "Name"), hxl="#loc+name", hxl_words=("#adm+name", "#adm{n}+name"),
          words=("name", "admin name", "location name", "nom", "nom du lieu", "admn en", "adm{n} en", "admn fr",
                 "adm{n} fr", "admn es", "adm{n} es", "admn pt", "adm{n} pt", "admin{n} name", "adm{n} name")),
        F("name_local", N("fields", "Local name"), hxl="#loc+name+x_local",
          hxl_words=("#adm+name+local", "#adm{n}+name+local", "#adm+name+i_ar", "#adm{n}+name+i_ar"),
          words=("local name", "name local", "name ar", "nom local", "nom en langue locale", "admn ar", "adm{n} ar")),
        F("admin_level", N("fields", "Level"), header="Admin level", choices=m.AdminLevel, hxl="#loc+x_level",
          hxl_words=("#geo+admin_level", "#adm+level"), words=("level", "admin level", "niveau", "niveau administratif")),
        F("parent_id", N("fields", "Part of"), header="Parent P-code", hxl="#loc+code+x_parent",
          hxl_words=("#adm+code+parent", "#adm{n-1}+code"),
          words=("parent", "parent p code", "parent pcode", "p code parent", "code parent", "pcode parent",
                 "admn-1 pcode", "adm{n-1} pcode", "admin{n-1} pcode", "admin{n-1} p code", "adm{n-1} p code")),
        F("latitude", N("fields", "Latitude"), hxl="#geo+lat", words=("lat", "y")),
        F("longitude", N("fields", "Longitude"), hxl="#geo+lon", words=("lon", "long", "lng", "x")),
    ),
    columns=(C("pcode", N("columns", "P-code"), width=110), C("name", N("columns", "Name"), width=200),
             C("name_local", N("columns", "Local name"), width=160), C("admin_level", N("columns", "Level"), "int"),
             C("latitude", N("columns", "Latitude"), "decimal", hidden=True),
             C("longitude", N("columns", "Longitude"), "decimal", hidden=True)),
)
