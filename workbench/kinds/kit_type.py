"""A kit type: an NFI kit, a shelter kit, a hygiene kit or a return package, its items (kit_item.py), and the rule
for how many kits a household gets: a fixed number, or one per so many people with a minimum."""

from __future__ import annotations

import math

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import refuse_if_used
from workbench.kinds.rules import Is, MoreThanZero, Unique, non_negative, required

RULE = N("fields", "How many a household gets")


def kits_for(rule: str, per_household: int | None, people_per_kit: int | None, minimum: int | None,
             size: int) -> int:
    """The kits of one type a household of `size` people is entitled to under its type's rule."""
    if rule == m.KitRule.BY_SIZE:
        return max(minimum or 0, math.ceil(size / people_per_kit))
    return per_household or 0


def kits_for_household(kit: m.KitType, size: int) -> int:
    return kits_for(kit.rule, kit.per_household, kit.people_per_kit, kit.minimum, size)


KIND = Kind(
    "kit_type", m.KitType, "kit type", N("records", "Kit type"), area="distributions", order=170, key="code", key_words="kit code",
    search=("code", "name", "description"), pick=("code", "name"),
    rules=(required("per_household", when=Is("rule", m.KitRule.FIXED),
                    message="is required when every household gets a fixed number"),
           MoreThanZero("per_household"),
           required("people_per_kit", when=Is("rule", m.KitRule.BY_SIZE),
                    message="is required when the number depends on the household's size"),
           MoreThanZero("people_per_kit"), non_negative("minimum"), Unique("code", "kit type")),
    delete_refusal=refuse_if_used((m.DistributionKit, "kit_type_id", "distributions"),
                                  (m.StockMovement, "kit_type_id", "stock movements")),
    imports="kit-types", import_title=N("ImportWizard", "Kit types"), import_key=("code",),
    fields=(
        F("code", N("fields", "Code"), header="Kit code", hxl="#item+code",
          words=("kit code", "kit id", "code", "code du kit", "code kit")),
        F("name", N("fields", "Name"), header="Kit", hxl="#item+name",
          words=("kit", "kit name", "name", "nom du kit", "nom", "kit name")),
        F("category", N("fields", "Category"), choices=m.KitCategory, hxl="#item+type",
          words=("kit type", "type", "category", "type de kit", "categorie"),
          value_words={"nfi": "NFI kit", "kit nfi": "NFI kit", "kit ame": "NFI kit", "ame": "NFI kit",
                       "non food items": "NFI kit", "shelter": "shelter kit", "kit abri": "shelter kit",
                       "abri": "shelter kit", "hygiene": "hygiene kit", "kit d hygiene": "hygiene kit",
                       "kit hygiene": "hygiene kit", "return kit": "return package",
                       "kit de retour": "return package", "paquet retour": "return package",
                       "paquet de retour": "return package"}),
        F("rule", N("fields", "Rule"), choices=m.KitRule, section=RULE, hxl="#meta+x_rule",
          words=("rule", "entitlement rule", "regle", "regle d attribution"),
          value_words={"fixe": "fixed", "nombre fixe": "fixed", "by size": "by household size",
                       "household size": "by household size", "selon la taille": "by household size",
                       "taille du menage": "by household size", "selon la taille du menage": "by household size"}),
        F("per_household", N("fields", "Kits per household (fixed)"), header="Kits per household", section=RULE,
          hxl="#item+num+x_household", words=("per household", "kits par menage", "nombre par menage")),
        F("people_per_kit", N("fields", "One kit per how many people"), header="People per kit", section=RULE,
          hxl="#item+num+x_people", words=("people per kit", "personnes par kit", "un kit pour")),
        F("minimum", N("fields", "At least (kits)"), header="Minimum kits", section=RULE, hxl="#item+num+x_min",
          words=("minimum", "at least", "minimum de kits", "au moins")),
        F("description", N("fields", "Description"), hxl="#description", words=("description", "note", "remarque")),
    ),
    columns=(
        C("code", N("columns", "Code"), width=110), C("name", N("columns", "Name"), width=220),
        C("category", N("columns", "Category"), "word", width=130), C("rule", N("columns", "Rule"), "word", width=150),
        C("per_household", N("columns", "Per household"), "int", width=90),
        C("people_per_kit", N("columns", "People per kit"), "int", width=90),
        C("minimum", N("columns", "Minimum"), "int", width=80),
    ),
    value_texts={
        'NFI kit': ('kit AME', 'حقيبة مواد غير غذائية'),
        'hygiene kit': ("kit d'hygiène", 'حقيبة نظافة'),
        'return package': ('paquet retour', 'حزمة العودة'),
        'fixed': ('nombre fixe', 'عدد ثابت'),
        'by household size': ('selon la taille du ménage', 'حسب حجم الأسرة'),
    },
)
