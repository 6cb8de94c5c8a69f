"""An infrastructure work (a water plant, a school, shelter rehabilitation) by a contractor, with its progress."""

from workbench import models as m
from workbench.kinds.base import Closes, Column as C, Field as F, Kind, N
from workbench.kinds.common import CURRENCY, LOCATION, PROJECT, RATE
from workbench.kinds.rules import RateWhenForeign, Unique, non_negative, not_before

DATES = N("fields", "Dates")


def work_refusal(session, work: m.InfrastructureWork) -> str | None:
    if work.status != m.WorkStatus.PLANNED:
        return f"the work is {work.status}; suspend it instead"
    return None


KIND = Kind(
    "work", m.InfrastructureWork, "work", N("records", "Infrastructure work"), area="works", order=160, key="code",
    search=("code", "title", "contractor"), pick=("code", "title"),
    workflow_fields=("status", "actual_start", "actual_end"),
    closes=Closes((m.WorkStatus.COMPLETED, m.WorkStatus.HANDED_OVER), children=("progress_report",)), rules=(non_negative("contract_value", "people_served"),
           not_before("planned_end", "planned_start", "the planned start"),
           not_before("actual_end", "actual_start", "the actual start"), RateWhenForeign(), Unique("code", "work")),
    delete_refusal=work_refusal,
    imports="works", import_title=N("ImportWizard", "Infrastructure works"), import_key=("code",),
    fields=(
        F("code", N("fields", "Code"), header="Work code", hxl="#activity+code+x_work",
          words=("work code", "work id", "code", "code des travaux", "code chantier")),
        F("title", N("fields", "Title"), hxl="#activity+name", words=("work", "name", "titre", "intitule", "description")),
        F("work_type", N("fields", "Type of work"), choices=m.WorkType, hxl="#activity+type",
          words=("type", "work type", "type de travaux", "type d ouvrage")),
        PROJECT,
        LOCATION,
        F("contractor", N("fields", "Contractor"), hxl="#org+impl",
          words=("company", "entrepreneur", "entreprise", "prestataire")),
        F("people_served", N("fields", "People served"), hxl="#reached+ind",
          words=("beneficiaries", "people", "personnes servies", "beneficiaires")),
        F("contract_value", N("fields", "Contract value"), currency="currency", section=N("fields", "Money"),
          hxl="#value+x_contract", words=("value", "contract amount", "valeur du contrat", "montant du contrat")),
        CURRENCY,
        *RATE,
        F("planned_start", N("fields", "Planned start"), section=DATES, hxl="#date+start+x_planned",
          words=("start", "start date", "debut prevu", "date de debut prevue")),
        F("planned_end", N("fields", "Planned end"), section=DATES, hxl="#date+end+x_planned",
          words=("end", "end date", "fin prevue", "date de fin prevue")),
        F("status", N("fields", "Status"), choices=m.WorkStatus, on_form=False, hxl="#status"),
        # Set by the workflow's steps; shown on the form beside the planned dates, not typed.
        F("actual_start", N("fields", "Actual start"), section=DATES, read_only=True, hxl="#date+start+x_actual"),
        F("actual_end", N("fields", "Actual end"), section=DATES, read_only=True, hxl="#date+end+x_actual"),
    ),
    columns=(
        C("code", N("columns", "Code"), width=110), C("title", N("columns", "Title"), width=260),
        C("work_type", N("columns", "Type"), "word", width=140), C("project", N("columns", "Project"), width=140),
        C("location", N("columns", "Location")), C("contractor", N("columns", "Contractor"), width=160, hidden=True),
        C("contract_value", N("columns", "Contract value"), "money", "currency", 130),
        C("status", N("columns", "Status"), "status"), C("progress", N("columns", "Progress"), "percent", width=80),
        C("planned_start", N("columns", "Planned start"), "date"), C("planned_end", N("columns", "Planned end"), "date"),
        C("actual_start", N("columns", "Actual start"), "date", hidden=True),
        C("actual_end", N("columns", "Actual end"), "date", hidden=True),
        C("delay_days", N("columns", "Days late"), "int", width=80),
        C("people_served", N("columns", "People served"), "int", hidden=True),
    ),
    value_texts={
        'shelter rehabilitation': ("réhabilitation d'abris", 'إعادة تأهيل المساكن'),
        'debris clearing': ('déblaiement des débris', 'إزالة الأنقاض'),
        'water plant': ("station de traitement d'eau", 'محطة مياه'),
        'irrigation': ('irrigation', 'الري'),
        'electrical network': ('réseau électrique', 'الشبكة الكهربائية'),
        'school': ('école', 'مدرسة'),
        'market': ('marché', 'سوق'),
        'hospital/health centre': ('hôpital/centre de santé', 'مستشفى/مركز صحي'),
        'latrine block': ('bloc de latrines', 'مجمع مراحيض'),
        'handed over': ('remis', 'تم التسليم'),
        'suspended': ('suspendu', 'متوقف'),
    },
)
