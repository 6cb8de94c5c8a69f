"""A site committee (camp committee, women's committee...)."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import NotMoreThan, non_negative

KIND = Kind(
    "committee", m.Committee, "committee", N("records", "Committee"), search=("name",), parent="site_id",
    pick=("name", None), rules=(non_negative("members", "women_members"), NotMoreThan("women_members", "members", "the members")),
    fields=(
        F("site_id", N("fields", "Site"), on_form=False),
        F("name", N("fields", "Name")),
        F("formed_on", N("fields", "Formed on")),
        F("members", N("fields", "Members")),
        F("women_members", N("fields", "Women members")),
    ),
    columns=(C("name", N("columns", "Committee"), width=200), C("formed_on", N("columns", "Formed on"), "date"),
             C("members", N("columns", "Members"), "int"), C("women_members", N("columns", "Women"), "int")),
)
