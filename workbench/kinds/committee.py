"""A site committee (camp committee, women's committee...)."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import NotMoreThan, non_negative

KIND = Kind(
    "committee", m.Committee, "committee", N("records", "Committee"), area="sites", order=90, search=("name",), parent="site_id", tab_title=N("records", "Committees"),
    pick=("name", None),
    imports="committees", import_title=N("ImportWizard", "Committees of sites"), import_key=("site", "name"), rules=(non_negative("members", "women_members"), NotMoreThan("women_members", "members", "the members")),
    fields=(
        F("site_id", N("fields", "Site"), on_form=False, hxl="#loc+name", words=("site", "site name", "nom du site")),
        F("name", N("fields", "Name"), header="Committee", hxl="#group+name",
          words=("committee", "committee name", "comite", "nom du comite")),
        F("formed_on", N("fields", "Formed on"), hxl="#date+x_formed", words=("formed", "date formed", "cree le")),
        F("members", N("fields", "Members"), hxl="#group+x_members", words=("membres", "nombre de membres")),
        F("women_members", N("fields", "Women members"), hxl="#group+x_members+f",
          words=("women", "femmes", "membres femmes")),
    ),
    columns=(C("name", N("columns", "Committee"), width=200), C("formed_on", N("columns", "Formed on"), "date"),
             C("members", N("columns", "Members"), "int"), C("women_members", N("columns", "Women"), "int")),
)
