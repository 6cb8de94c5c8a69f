"""A contact of a CRC: somebody who walked in, called or was reached by outreach, and what they asked. No name is
recorded; a household may be linked, never required."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import SEX_WORDS
from workbench.kinds.rules import InParentPeriod

PERSON = N("fields", "Who")
AGE_WORDS = {"child": "0-17", "children": "0-17", "enfant": "0-17", "under 18": "0-17", "adult": "18-59",
             "adulte": "18-59", "older": "60+", "elderly": "60+", "60 plus": "60+", "60 et plus": "60+",
             "personne agee": "60+"}
ASKED = N("fields", "What was asked")

KIND = Kind(
    "crc_contact", m.CrcContact, "CRC contact", N("records", "CRC contact"), area="crc", order=186, parent="crc_id",
    tab_title=N("records", "Contacts"),
    search=("question", "information_given"), table_order=("contacted_on", True),
    rules=(InParentPeriod("contacted_on", "crc_id", m.ResourceCentre, "the CRC opened", "the CRC closed"),),
    imports="crc-contacts", import_title=N("ImportWizard", "Contacts of CRCs"),
    import_key=("crc", "contact_ref"),  # a register or a Kobo export imported twice never doubles a contact
    submission_field="contact_ref",
    fields=(
        F("crc_id", N("fields", "CRC"), header="CRC code", on_form=False, hxl="#loc+code+x_crc",
          words=("crc", "crc code", "centre", "centre code", "code du centre", "centre de ressources")),
        F("contacted_on", N("fields", "Date of contact"), identifies="indirect", anonymised="month", hxl="#date+x_contact",
          words=("date", "contact date", "contacted on", "date du contact", "date de contact")),
        F("channel", N("fields", "Channel"), choices=m.ContactChannel, hxl="#channel",
          words=("channel", "contact channel", "canal", "canal de contact"),
          value_words={"walk in": "walk-in", "visit": "walk-in", "visite": "walk-in", "sur place": "walk-in",
                       "phone": "call", "phone call": "call", "hotline": "call", "appel": "call",
                       "appel telephonique": "call", "telephone": "call", "sensibilisation": "outreach",
                       "porte a porte": "outreach", "door to door": "outreach", "proximite": "outreach"}),
        F("population_group", N("fields", "Population group"), choices=m.PopulationGroup, section=PERSON,
          hxl="#respondee+type", hxl_words=("#population+type",),  # #population holds numbers only
          words=("population", "status", "displacement status", "groupe de population",
                 "statut", "statut de deplacement"),
          value_words={"idps": "IDP", "displaced": "IDP", "deplace": "IDP", "pdi": "IDP", "retourne": "returnee",
                       "returnees": "returnee", "host": "host community", "communaute hote": "host community",
                       "communaute d accueil": "host community"}),
        F("sex", N("fields", "Sex"), identifies="indirect", choices=m.Sex, section=PERSON, hxl="#respondee+x_sex",
          words=("sex", "gender", "sexe", "genre"), value_words=SEX_WORDS),
        F("age_group", N("fields", "Age group"), identifies="indirect", choices=m.AgeGroup, section=PERSON, hxl="#respondee+x_age+x_group",
          words=("age", "age group", "tranche d age", "groupe d age", "age range"),
          value_words=AGE_WORDS),
        F("household_id", N("fields", "Household"), identifies="indirect", header="Household ID", section=PERSON, hxl="#x_household+id",
          words=("household", "household id", "household code", "hh id", "code menage", "id menage")),
        F("contact_ref", N("fields", "Reference"), header="Contact reference", hxl="#meta+id", identifies="indirect",
          help=N("fields", "The register's number or the form's id: a file imported twice never doubles the contact"),
          words=("reference", "ref", "contact reference", "contact ref", "register number", "register no", "form id",
                 "submission id", "uuid", "instance id", "instanceid", "numero", "n", "no", "reference du contact",
                 "numero du registre", "numero d ordre")),
        F("question", N("fields", "What was asked"), identifies="indirect", section=ASKED, hxl="#meta+x_question",
          words=("question", "request", "asked", "enquiry", "inquiry", "demande", "question posee")),
        F("information_given", N("fields", "Information given"), identifies="indirect", section=ASKED, hxl="#meta+x_answer",
          words=("answer", "information", "response", "reponse", "information donnee", "informations donnees")),
    ),
    columns=(
        C("contacted_on", N("columns", "Date"), "date"), C("crc", N("columns", "CRC"), width=110, hidden=True),
        C("channel", N("columns", "Channel"), "word"), C("population_group", N("columns", "Population group"), "word"),
        C("sex", N("columns", "Sex"), "word", width=70), C("age_group", N("columns", "Age"), "word", width=70),
        C("question", N("columns", "What was asked"), width=280),
        C("information_given", N("columns", "Information given"), width=280, hidden=True),
    ),
    value_texts={
        'call': ('appel', 'اتصال هاتفي'),
        'outreach': ('sensibilisation de proximité', 'تواصل ميداني'),
        'IDP': ('PDI', 'نازح'),
        '0-17': ('0-17 ans', '0-17 سنة'),
        '18-59': ('18-59 ans', '18-59 سنة'),
        '60+': ('60 ans et plus', '60+ سنة'),
    },
)
