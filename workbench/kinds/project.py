"""A project: its code, donor, period and budget, with its logframe below it."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import CURRENCY, refuse_if_used
from workbench.kinds.rules import Unique, non_negative, not_before

PERIOD = N("fields", "Period and budget")

KIND = Kind(
    "project", m.Project, "project", N("records", "Project"), area="programme", order=20, key="code", search=("code", "title"),
    pick=("code", "title"),
    imports="projects", import_title=N("ImportWizard", "Projects"), import_key=("code",), rules=(not_before("end_date", "start_date", "the start date"), non_negative("budget"),
           Unique("code", "project")),
    delete_refusal=refuse_if_used((m.LivelihoodGrant, "project_id", "grants"),
                                  (m.InfrastructureWork, "project_id", "works"),
                                  (m.Site, "project_id", "sites"), (m.Household, "project_id", "households")),
    fields=(
        F("code", N("fields", "Code"), header="Project code", hxl="#activity+code+project",
          words=("project", "project code", "code projet", "code du projet")),
        F("title", N("fields", "Title"), hxl="#activity+name", words=("project title", "titre", "intitule")),
        F("donor_id", N("fields", "Donor"), hxl="#org+code+funder", words=("donor code", "bailleur")),
        F("status", N("fields", "Status"), choices=m.ProjectStatus, hxl="#status", words=("statut",)),
        F("start_date", N("fields", "Start date"), section=PERIOD, hxl="#date+start",
          words=("start", "date de debut", "debut")),
        F("end_date", N("fields", "End date"), section=PERIOD, hxl="#date+end", words=("end", "date de fin", "fin")),
        F("budget", N("fields", "Budget"), currency="currency", section=PERIOD, hxl="#value+x_budget",
          words=("budget total",)),
        CURRENCY,
        F("sectors", N("fields", "Sectors"), section=PERIOD, hxl="#sector", words=("secteurs",)),
        F("partners", N("fields", "Partners"), section=PERIOD, hxl="#org+impl", words=("partenaires",)),
    ),
    columns=(
        C("code", N("columns", "Code"), width=150), C("title", N("columns", "Title"), width=320),
        C("donor", N("columns", "Donor")), C("status", N("columns", "Status"), "status"),
        C("start_date", N("columns", "Start"), "date"), C("end_date", N("columns", "End"), "date"),
        C("budget", N("columns", "Budget"), "money", "currency", 140),
        C("sectors", N("columns", "Sectors"), width=160),
    ),
    value_texts={
        'pipeline': ('en préparation', 'قيد الإعداد'),
        'ongoing': ('en cours', 'جارٍ'),
        'completed': ('terminé', 'منجز'),
        'closed': ('fermé', 'مغلق'),
    },
)
