"""A count of a site's households and people on one day, by sex and age."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import SADD
from workbench.kinds.rules import InParentPeriod, NotMoreThan, SexAndAgeAddUp, non_negative

KIND = Kind(
    "population_count", m.PopulationCount, "population count", N("records", "Population count"), area="sites", order=80, parent="site_id", tab_title=N("records", "Population"), table_order=("counted_on", True),
    rules=(non_negative("households", "individuals"), NotMoreThan("households", "individuals", "the individuals"),
           SexAndAgeAddUp("individuals"),
           InParentPeriod("counted_on", "site_id", m.Site, "the site opened", "the site closed")),
    imports="population", import_title=N("ImportWizard", "Population counts of sites"),
    import_key=("site", "counted_on"),  # a DTM round imported twice updates its counts, never doubles them
    fields=(
        F("site_id", N("fields", "Site"), on_form=False, hxl="#loc+name", words=("site", "site name", "nom du site")),
        F("counted_on", N("fields", "Counted on"), hxl="#date+reported",
          words=("date", "count date", "date of count", "date du comptage")),
        F("households", N("fields", "Households"), hxl="#affected+hh",
          words=("hh", "number of households", "menages", "nombre de menages")),
        F("individuals", N("fields", "Individuals"), hxl="#affected+ind",
          words=("people", "persons", "ind", "individus", "personnes", "nombre de personnes")),
        *SADD,
    ),
    columns=(
        C("counted_on", N("columns", "Counted on"), "date"), C("households", N("columns", "Households"), "int"),
        C("individuals", N("columns", "Individuals"), "int"), C("girls", N("columns", "Girls"), "int"),
        C("boys", N("columns", "Boys"), "int"), C("women", N("columns", "Women"), "int"),
        C("men", N("columns", "Men"), "int"), C("older_women", N("columns", "Older women"), "int"),
        C("older_men", N("columns", "Older men"), "int"),
    ),
)
