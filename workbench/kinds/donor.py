"""A donor: ECHO, BHA..."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import refuse_if_used
from workbench.kinds.rules import Unique, WithoutCharacters

KIND = Kind(
    "donor", m.Donor, "donor", N("records", "Donor"), area="programme", order=10, key="code", search=("code", "name"), pick=("code", "name"),
    imports="donors", import_title=N("ImportWizard", "Donors"), import_key=("code",),
    rules=(Unique("code", "donor"),
           WithoutCharacters("iati_ref", "/&|?", "cannot hold / & | or ?: IATI identifiers never do")),
    delete_refusal=refuse_if_used((m.Project, "donor_id", "projects")),
    fields=(
        F("code", N("fields", "Code"), header="Donor code", hxl="#org+code+funder",
          words=("donor", "donor code", "code bailleur", "bailleur")),
        F("name", N("fields", "Name"), header="Donor", hxl="#org+name+funder",
          words=("donor name", "nom du bailleur", "nom")),
        # IATI's identifiers are not the donor's short code: an export names the funder by this one.
        F("iati_ref", N("fields", "IATI organisation identifier"), hxl="#org+code+funder+x_iati",  # +x_iati: HXL has no attribute for it
          words=("iati identifier", "iati ref", "organisation identifier", "identifiant iati"),
          help=N("fields", "The identifier the donor publishes to IATI under, e.g. XI-IATI-EC_ECHO or US-GOV-1")),
        F("organisation_type", N("fields", "Organisation type"), choices=m.OrganisationType,
          hxl="#org+type+funder", words=("organisation type", "type d'organisation")),
    ),
    columns=(C("code", N("columns", "Code"), width=120), C("name", N("columns", "Name"), width=320),
             C("iati_ref", N("columns", "IATI identifier"), width=160)),
    value_texts={
        "government": ("gouvernement", "حكومة"),
        "other public sector": ("autre secteur public", "قطاع عام آخر"),
        "multilateral": ("multilatéral", "متعدد الأطراف"),
        "international NGO": ("ONG internationale", "منظمة غير حكومية دولية"),
        "national NGO": ("ONG nationale", "منظمة غير حكومية وطنية"),
        "foundation": ("fondation", "مؤسسة خيرية"),
        "private sector": ("secteur privé", "القطاع الخاص"),
    },
)
