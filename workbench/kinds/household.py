"""A displaced household: its head, size by sex and age, site, and its way to a durable solution."""

import re
import unicodedata

import pandas as pd
from sqlalchemy import func, select

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import PROJECT, SADD, SEX_WORDS, indirect
from workbench.kinds.rules import (
    AllOf,
    AtLeast,
    Between,
    Given,
    Rule,
    SexAndAgeAddUp,
    Unique,
    not_before,
    required,
)
from workbench.services.errors import DomainError

SOLUTION = N("fields", "Durable solution")


def household_refusal(session, household: m.Household) -> str | None:
    # Counted in the database: tranches added through create() are not in a collection read earlier.
    paid = session.scalar(select(func.count()).select_from(m.CashTranche).where(
        m.CashTranche.household_id == household.id, m.CashTranche.status == m.TrancheStatus.PAID)) or 0
    return "cash was paid to this household; it cannot be deleted" if paid else None


def same_person_key(name, phone) -> tuple[str, str] | None:
    """A head of household's name and phone as a duplicate is recognised whatever the typing: the name without
    accents, case or extra spaces ("MWAMBA  Kasongo", "Mwamba kasongo"), the phone's last nine digits ("+243 812
    345 678", "0812-345-678"). None without both."""
    if not isinstance(name, str) or not isinstance(phone, str):
        return None
    if name.isascii():  # most names: nothing to take accents off (the same result, without a pass per letter)
        letters = " ".join(name.casefold().split())
    else:
        letters = unicodedata.normalize("NFKD", name)
        letters = " ".join("".join(c for c in letters if not unicodedata.combining(c)).casefold().split())
    if phone.isascii():
        digits = _NOT_ASCII_DIGITS.sub("", phone)[-9:]
    else:
        digits = "".join(c for c in phone if c.isdigit())[-9:]
    return (letters, digits) if letters and len(digits) >= 6 else None


_NOT_ASCII_DIGITS = re.compile("[^0-9]")


def registered_as(session, name, phone, other_than: int | None = None) -> tuple[int, str] | None:
    """(id, code) of a household already registered with this head of household and phone, else None."""
    key = same_person_key(name, phone)
    if key is None:
        return None
    H = m.Household
    # Phones are kept as typed ("+243 812 345 678", "08 12 34 56 78"): only those whose last four digits are
    # these, whatever stands between them, are read and compared.
    stmt = select(H.id, H.code, H.head_name, H.phone).where(H.phone.like("%" + "%".join(key[1][-4:])))
    if other_than is not None:
        stmt = stmt.where(H.id != other_than)
    with session.no_autoflush:
        for ident, code, head, number in session.execute(stmt):
            if same_person_key(head, number) == key:
                return ident, code
    return None


class NotRegisteredTwice(Rule):
    """A household is registered once: another household with the same head of household and the same phone is
    taken for the same one under a new code (issue 17: accepted silently), and refused with the code it has. A
    file's rows are judged with the database's households and the file's rows above them."""

    MESSAGE = "household {code} has the same head of household and phone; a household is registered once"

    def one(self, session, obj) -> None:
        twin = registered_as(session, obj.head_name, obj.phone, obj.id)
        if twin is not None:
            raise DomainError(self.MESSAGE.format(code=twin[1]), "head_name")

    def lookup(self, session, rows, ctx) -> None:
        row_keys = [same_person_key(n, p) for n, p in zip(rows["head_name"], rows["phone"])]
        ctx.looked_up["person_keys"] = dict(zip(rows.frame.index, row_keys))  # each row's, for many()
        keys = set(row_keys) - {None}
        known: dict = {}
        if keys:
            H = m.Household
            with session.no_autoflush:
                for code, name, phone in session.execute(select(H.code, H.head_name, H.phone)
                                                         .where(H.phone.isnot(None))):
                    key = same_person_key(name, phone)
                    if key in keys:
                        known.setdefault(key, code)
        ctx.looked_up["registered"] = known

    def many(self, rows, ctx) -> None:
        known = ctx.looked_up.get("registered", {})
        codes = rows["code"] if "code" in rows.frame.columns else pd.Series(None, index=rows.frame.index)
        seen: dict = {}
        reasons = {}
        looked_up = ctx.looked_up.get("person_keys", {})
        for i, name, phone, code in zip(rows.frame.index, rows["head_name"], rows["phone"], codes.tolist()):
            key = looked_up[i] if i in looked_up else same_person_key(name, phone)
            if key is None:
                continue
            holder = known.get(key)
            if holder is not None and holder != code:  # its own row (an update) is no duplicate
                reasons[i] = self.MESSAGE.format(code=holder)
            elif key in seen and seen[key] != code:
                reasons[i] = self.MESSAGE.format(code=seen[key])
            else:
                seen.setdefault(key, code)
        if reasons:
            rows.fail(pd.Series(rows.frame.index.isin(list(reasons)), index=rows.frame.index), "head_name",
                      lambda f: [reasons[i] for i in f.index])


KIND = Kind(
    "household", m.Household, "household", N("records", "Household"), area="households", order=130, key="code", search=("code", "head_name"),
    pick=("code", "head_name"), delete_refusal=household_refusal,
    rules=(AtLeast("size", 1), SexAndAgeAddUp("size"),
           AllOf("vulnerabilities", tuple(str(v) for v in m.Vulnerability), "unknown vulnerability {item}; use: {values}"),
           not_before("departure_date", "registered_on", "the household's registration date"),
           required("destination_id", when=Given("departure_date"), message="is required when the household has departed"),
           Between("latitude", -90, 90), Between("longitude", -180, 180),
           Unique("code", "household"), NotRegisteredTwice()),
    imports="households", import_title=N("ImportWizard", "Households"), import_key=("code",),
    fields=(
        F("code", N("fields", "Code"), identifies="indirect", header="Household ID", hxl="#x_household+id",
          words=("household id", "household code", "hh id", "hh code", "code", "id menage", "code menage",
                 "numero menage", "identifiant du menage")),
        F("head_name", N("fields", "Head of household"), hxl="#x_household+name+x_head", personal="name",
          words=("head name", "head of household", "name of head", "chef de menage", "nom du chef de menage",
                 "nom du chef")),
        F("head_sex", N("fields", "Sex of the head"), identifies="indirect", header="Sex of head", choices=m.Sex, hxl="#x_household+x_sex+x_head",
          value_words=SEX_WORDS,
          words=("head sex", "sex", "sex of head of household", "sexe", "sexe du chef", "sexe du chef de menage")),
        F("phone", N("fields", "Phone"), hxl="#contact+phone", personal="phone",
          words=("phone number", "telephone", "numero de telephone", "tel")),
        F("status", N("fields", "Status"), choices=m.HouseholdStatus, hxl="#x_household+x_status",
          words=("displacement status", "statut", "statut de deplacement"),
          value_words={"deplace": "displaced", "idp": "displaced", "pdi": "displaced", "retourne": "returnee",
                       "communaute hote": "host community", "famille d accueil": "host community",
                       "host": "host community"}),
        F("size", N("fields", "Size"), identifies="indirect", anonymised="band", header="Household size", hxl="#x_household+x_size",
          hxl_words=("#affected+ind+hh",),  # earlier exports' tag
          words=("size", "hh size", "members", "taille", "taille du menage", "nombre de membres")),
        F("vulnerabilities", N("fields", "Vulnerabilities"), identifies="indirect", editor="multichoice", choices=m.Vulnerability,
          hxl="#x_household+x_vulnerable", words=("vulnerability", "vulnerabilites", "vulnerabilite")),
        PROJECT,
        F("site_id", N("fields", "Site"), identifies="indirect", anonymised="area", hxl="#loc+name+x_site",
          words=("site", "site name", "current site", "nom du site", "site actuel")),
        F("registered_on", N("fields", "Registered on"), identifies="indirect", anonymised="month", hxl="#date+x_registered",
          words=("registration date", "date registered", "date d enregistrement", "enregistre le")),
        F("intention", N("fields", "Intention"), choices=m.Intention, section=SOLUTION, hxl="#x_household+x_intention",
          words=("intention", "intentions"),
          value_words={"retour": "return", "retourner": "return", "relocalisation": "relocate",
                       "relocaliser": "relocate", "relocation": "relocate", "rester": "stay",
                       "integration locale": "stay", "indecis": "undecided", "ne sait pas": "undecided"}),
        F("went_go_and_see", N("fields", "Went on a go-and-see visit"), header="Go-and-see visit", section=SOLUTION,
          hxl="#x_household+x_go_and_see", words=("go and see", "went go and see", "visite go and see", "visite aller voir")),
        F("attended_come_and_tell", N("fields", "Attended a come-and-tell session"), header="Come-and-tell session",
          section=SOLUTION, hxl="#x_household+x_come_and_tell",
          words=("come and tell", "attended come and tell", "session come and tell", "venir raconter")),
        F("destination_id", N("fields", "Destination"), identifies="indirect", anonymised="area", header="Destination P-code", section=SOLUTION,
          hxl="#loc+code+x_destination",
          words=("destination", "destination village", "destination p code", "village de destination",
                 "destination pcode")),
        F("departure_date", N("fields", "Departure date"), identifies="indirect", anonymised="month", section=SOLUTION, hxl="#date+x_departure",
          words=("departed on", "date of departure", "date de depart", "parti le")),
        F("latitude", N("fields", "Latitude"), section=SOLUTION, hxl="#geo+lat", personal="coordinate",
          words=("lat", "gps latitude")),
        F("longitude", N("fields", "Longitude"), section=SOLUTION, hxl="#geo+lon", personal="coordinate",
          words=("lon", "long", "lng", "gps longitude")),
        *indirect(*SADD),  # a household's own make-up: left out when anonymised, its size in bands stays
    ),
    columns=(
        C("code", N("columns", "Code"), width=120), C("head_name", N("columns", "Head of household"), width=180),
        C("head_sex", N("columns", "Sex"), "word", width=70), C("size", N("columns", "Size"), "int", width=60),
        C("status", N("columns", "Status"), "word"), C("site", N("columns", "Site"), width=140),
        C("intention", N("columns", "Intention"), "status"), C("registered_on", N("columns", "Registered"), "date"),
        C("departure_date", N("columns", "Departed"), "date"),
    ),
    value_texts={
        'displaced': ('déplacé', 'نازح'),
        'returnee': ('retourné', 'عائد'),
        'host community': ('communauté hôte', 'مجتمع مضيف'),
        'return': ('retour', 'العودة'),
        'relocate': ('relocalisation', 'الانتقال إلى مكان آخر'),  # relocation; إعادة التوطين is resettlement
        'stay': ('rester', 'البقاء'),
        'undecided': ('indécis', 'لم يقرر'),
        'female-headed': ('femme cheffe de ménage', 'تعيلها امرأة'),
        'disability': ('handicap', 'إعاقة'),
        'chronic illness': ('maladie chronique', 'مرض مزمن'),
        'elderly head': ('chef de ménage âgé', 'معيل مسن'),
        'unaccompanied child': ('enfant non accompagné', 'طفل غير مصحوب'),
        'pregnant or lactating': ('femme enceinte ou allaitante', 'حامل أو مرضع'),
        'female': ('femme', 'أنثى'),
        'male': ('homme', 'ذكر'),
    },
)
