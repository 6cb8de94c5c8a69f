"""A donor: ECHO, BHA..."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import refuse_if_used
from workbench.kinds.rules import Unique

KIND = Kind(
    "donor", m.Donor, "donor", N("records", "Donor"), area="programme", order=10, key="code", search=("code", "name"), pick=("code", "name"),
    imports="donors", import_title=N("ImportWizard", "Donors"), import_key=("code",),
    rules=(Unique("code", "donor"),), delete_refusal=refuse_if_used((m.Project, "donor_id", "projects")),
    fields=(
        F("code", N("fields", "Code"), header="Donor code", hxl="#org+code+funder",
          words=("donor", "donor code", "code bailleur", "bailleur")),
        F("name", N("fields", "Name"), header="Donor", hxl="#org+name+funder",
          words=("donor name", "nom du bailleur", "nom")),
    ),
    columns=(C("code", N("columns", "Code"), width=120), C("name", N("columns", "Name"), width=320)),
)
