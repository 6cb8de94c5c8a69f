"""A Community Resource Centre (CRC): a walk-in, virtual (hotline) or mobile information and referral hub."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import LOCATION, PROJECT, refuse_if_used
from workbench.kinds.rules import NotBeforeLatestChild, Unique, not_before

KIND = Kind(
    "crc", m.ResourceCentre, "CRC", N("records", "Community Resource Centre"), area="crc", order=182, key="code",
    key_words="CRC code", search=("code", "name", "managing_organisation"), pick=("code", "name"),
    rules=(not_before("closed_on", "opened_on", "the opening date"),
           NotBeforeLatestChild("closed_on", m.CrcContact, "crc_id", "contacted_on", "its last contact"),
           NotBeforeLatestChild("closed_on", m.CrcSession, "crc_id", "held_on", "its last session"),
           NotBeforeLatestChild("closed_on", m.Referral, "crc_id", "referred_on", "its last referral"),
           Unique("code", "CRC")),
    delete_refusal=refuse_if_used((m.CrcContact, "crc_id", "contacts"), (m.CrcSession, "crc_id", "sessions"),
                                  (m.Referral, "crc_id", "referrals")),
    imports="crcs", import_title=N("ImportWizard", "Community Resource Centres"), import_key=("code",),
    fields=(
        F("code", N("fields", "Code"), header="CRC code", hxl="#loc+code+x_crc",
          words=("crc code", "crc id", "centre code", "code", "code crc", "code du centre")),
        F("name", N("fields", "Name"), header="CRC", hxl="#loc+name+x_crc",
          words=("crc", "crc name", "centre", "centre name", "name", "nom du centre", "nom", "centre de ressources")),
        F("centre_type", N("fields", "Kind of centre"), choices=m.CentreType, hxl="#loc+type+x_crc",
          words=("type", "kind", "crc type", "modality", "type de centre", "modalite"),
          value_words={"walk in": "walk-in", "physical": "walk-in", "sur place": "walk-in", "fixe": "walk-in",
                       "centre fixe": "walk-in", "virtual": "virtual hotline", "hotline": "virtual hotline",
                       "virtuel": "virtual hotline", "ligne verte": "virtual hotline",
                       "equipe mobile": "mobile", "mobile team": "mobile"}),
        LOCATION,
        PROJECT,
        F("managing_organisation", N("fields", "Managing organisation"), hxl="#org+x_manager",
          words=("organisation", "organization", "managing organization", "managed by", "partner",
                 "organisation gestionnaire", "gere par", "partenaire")),
        F("opened_on", N("fields", "Opened on"), hxl="#date+x_opened",
          words=("opening date", "date opened", "opened", "date d ouverture", "ouvert le")),
        F("closed_on", N("fields", "Closed on"), hxl="#date+x_closed",
          words=("closing date", "date closed", "closed", "date de fermeture", "ferme le")),
        F("focal_point", N("fields", "Focal point"), hxl="#contact+name+x_focal", personal="name",
          words=("focal point name", "crc focal point", "point focal", "responsable du centre")),
    ),
    columns=(
        C("code", N("columns", "Code"), width=110), C("name", N("columns", "Name"), width=220),
        C("centre_type", N("columns", "Kind"), "word", width=120), C("location", N("columns", "P-code"), width=100),
        C("project", N("columns", "Project"), width=140),
        C("managing_organisation", N("columns", "Managing organisation"), width=180),
        C("opened_on", N("columns", "Opened"), "date"), C("closed_on", N("columns", "Closed"), "date"),
        C("focal_point", N("columns", "Focal point"), width=160, hidden=True),
    ),
    value_texts={
        'walk-in': ('sur place', 'حضوري'),
        'virtual hotline': ('virtuel (ligne verte)', 'افتراضي (خط ساخن)'),
        'mobile': ('mobile', 'متنقل'),
    },
)
