"""Fields and refusals several kinds share: money with its exchange rate, counts by sex and age, the project and
location a record belongs to."""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.kinds.base import MONEY, Field, N

SADD_SECTION = N("fields", "By sex and age")
SADD = (
    Field("girls", N("fields", "Girls (0-17)"), section=SADD_SECTION, hxl="#affected+f+children",
          words=("girls", "girls 0 17", "female children", "filles", "filles 0 17")),
    Field("boys", N("fields", "Boys (0-17)"), section=SADD_SECTION, hxl="#affected+m+children",
          words=("boys", "boys 0 17", "male children", "garcons", "garcons 0 17")),
    Field("women", N("fields", "Women (18-59)"), section=SADD_SECTION, hxl="#affected+f+adults",
          words=("women", "women 18 59", "female adults", "femmes", "femmes 18 59")),
    Field("men", N("fields", "Men (18-59)"), section=SADD_SECTION, hxl="#affected+m+adults",
          words=("men", "men 18 59", "male adults", "hommes", "hommes 18 59")),
    Field("older_women", N("fields", "Older women (60+)"), section=SADD_SECTION, hxl="#affected+f+elderly",
          words=("older women", "women 60+", "women 60", "elderly women", "femmes agees", "femmes 60+", "femmes 60")),
    Field("older_men", N("fields", "Older men (60+)"), section=SADD_SECTION, hxl="#affected+m+elderly",
          words=("older men", "men 60+", "men 60", "elderly men", "hommes ages", "hommes 60+", "hommes 60")),
)

CURRENCY = Field("currency", N("fields", "Currency"), choices=m.CURRENCIES, on_form=False, hxl="#currency",
                 words=("currency", "devise", "monnaie"))


def amount(label: str = N("fields", "Amount"), section: str = MONEY, **more) -> Field:
    """An amount, with its currency shown beside it."""
    return Field("amount", label, currency="currency", section=section, hxl="#value",
                 words=("amount", "value", "montant", "valeur"), **more)


RATE = (
    Field("exchange_rate", N("fields", "Exchange rate to the project's currency"), section=MONEY, hxl="#value+x_rate",
          header="Exchange rate", words=("exchange rate", "rate", "taux de change", "taux")),
    Field("rate_date", N("fields", "Rate date"), section=MONEY, hxl="#date+x_rate",
          words=("exchange rate date", "date du taux")),
)

PROJECT = Field("project_id", N("fields", "Project"), hxl="#activity+code+project",
                words=("project", "project code", "projet", "code projet", "code du projet"))
LOCATION = Field("location_id", N("fields", "Location"), header="Location P-code", hxl="#loc+code",
                 hxl_words=("#adm{n}+code",),
                 # The most specific area first: a DTM list has the governorate's P-code beside the district's.
                 words=("location", "p code", "pcode", "code p", "code pcode", "pcode du site", "location p code", "admin p code", "lieu", "localite",
                        "code lieu", "p code du lieu", "emplacement", "adm{n} pcode", "admin{n} pcode",
                        "admin{n} p code", "adm{n} p code", "village pcode", "village p code", "sub district pcode",
                        "subdistrict pcode", "district pcode", "district p code", "territory pcode",
                        "territoire p code", "code territoire", "governorate pcode", "province pcode",
                        "province p code", "code province", "region pcode", "state pcode"))



def indirect(*fields: Field, anonymised: str | None = None) -> tuple[Field, ...]:
    """Shared fields that, on this kind, tell of one person or household (a household's counts by sex and age, a
    grantee's village): indirect identifiers (kinds/base.py)."""
    return tuple(dataclasses.replace(f, identifies="indirect", anonymised=anonymised) for f in fields)


SEX_WORDS = {"f": "female", "femme": "female", "feminin": "female", "woman": "female", "m": "male", "h": "male",
             "homme": "male", "masculin": "male", "man": "male"}


def count(session: Session, model, column, value) -> int:
    return session.scalar(select(func.count()).select_from(model).where(column == value)) or 0


def refuse_if_used(*uses: tuple[type, str, str]):
    """A delete refusal: the record is still named by records of these (model, column, words)."""
    def used_refusal(session: Session, obj) -> str | None:
        for model, column, words in uses:
            n = count(session, model, getattr(model, column), obj.id)
            if n:
                return f"it still has {n} {words}; delete or move them first"
        return None
    return used_refusal
