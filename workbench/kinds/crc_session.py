"""A group session of a CRC (awareness, information, group legal counselling, informal education, skills) and who
attended it, counted by sex and age group and by population group; no names."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import SADD
from workbench.kinds.rules import AtLeast, GroupsAddUp, InParentPeriod, SexAndAgeAddUp

GROUPS = N("fields", "By population group")

KIND = Kind(
    "crc_session", m.CrcSession, "CRC session", N("records", "CRC session"), area="crc", order=187, parent="crc_id",
    tab_title=N("records", "Sessions"), search=("topic", "facilitator"), table_order=("held_on", True),
    rules=(InParentPeriod("held_on", "crc_id", m.ResourceCentre, "the CRC opened", "the CRC closed"),
           AtLeast("participants", 1), SexAndAgeAddUp("participants"),
           GroupsAddUp("participants", m.POPULATION_FIELDS, "population groups add up to {given}, not {total}")),
    imports="crc-sessions", import_title=N("ImportWizard", "Sessions of CRCs"),
    import_key=("crc", "held_on", "session_kind", "topic"),  # a register imported twice never doubles a session
    fields=(
        F("crc_id", N("fields", "CRC"), header="CRC code", on_form=False, hxl="#loc+code+x_crc",
          words=("crc", "crc code", "centre", "centre code", "code du centre", "centre de ressources")),
        F("held_on", N("fields", "Held on"), hxl="#date+x_session",
          words=("date", "session date", "held", "date de la session", "tenue le")),
        F("session_kind", N("fields", "Kind of session"), choices=m.SessionKind, hxl="#activity+type+x_session",
          words=("type", "session type", "kind", "activity", "type de session", "activite"),
          value_words={"awareness raising": "awareness", "sensibilisation": "awareness",
                       "information session": "information", "info session": "information",
                       "legal counselling": "legal counselling (group)", "group legal counselling":
                           "legal counselling (group)", "conseil juridique": "legal counselling (group)",
                       "education informelle": "informal education", "non formal education": "informal education",
                       "livelihood skills": "skills", "vocational skills": "skills", "competences": "skills"}),
        F("topic", N("fields", "Topic"), hxl="#meta+x_topic", words=("topic", "subject", "theme", "sujet")),
        F("facilitator", N("fields", "Facilitator"), personal="name", hxl="#org+x_facilitator",
          words=("facilitator", "facilitated by", "animateur", "animatrice", "facilitateur")),
        F("participants", N("fields", "Participants"), hxl="#reached+ind",
          words=("participants", "attendance", "attendees", "total", "nombre de participants")),
        *SADD,
        F("idps", N("fields", "IDPs"), section=GROUPS, hxl="#reached+idps",
          words=("idps", "idp", "displaced", "pdi", "deplaces")),
        F("returnees", N("fields", "Returnees"), section=GROUPS, hxl="#reached+x_returnees",
          words=("returnees", "returnee", "retournes")),
        F("host_community", N("fields", "Host community"), section=GROUPS, hxl="#reached+x_host",
          words=("host community", "host", "communaute hote", "communaute d accueil")),
    ),
    columns=(
        C("held_on", N("columns", "Date"), "date"), C("crc", N("columns", "CRC"), width=110, hidden=True),
        C("session_kind", N("columns", "Kind"), "word", width=150), C("topic", N("columns", "Topic"), width=260),
        C("facilitator", N("columns", "Facilitator"), width=150, hidden=True),
        C("participants", N("columns", "Participants"), "int"),
        C("idps", N("columns", "IDPs"), "int", hidden=True), C("returnees", N("columns", "Returnees"), "int", hidden=True),
        C("host_community", N("columns", "Host community"), "int", hidden=True),
    ),
    value_texts={
        'awareness': ('sensibilisation', 'توعية'),
        'information': ('information', 'معلومات'),
        'legal counselling (group)': ('conseil juridique (groupe)', 'استشارة قانونية (جماعية)'),
        'informal education': ('éducation informelle', 'تعليم غير رسمي'),
        'skills': ('compétences', 'مهارات'),
    },
)
