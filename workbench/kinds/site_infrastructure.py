"""A site's latrines, showers, water points... and their condition."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import non_negative

KIND = Kind(
    "site_infrastructure", m.SiteInfrastructure, "site infrastructure", N("records", "Site infrastructure"), area="sites", order=120,
    parent="site_id", tab_title=N("records", "Infrastructure"),
    imports="infrastructure", import_title=N("ImportWizard", "Infrastructure of sites"), rules=(non_negative("quantity"),),
    fields=(
        F("site_id", N("fields", "Site"), on_form=False, hxl="#loc+name", words=("site", "site name", "nom du site")),
        F("kind", N("fields", "Kind"), choices=m.InfrastructureKind, hxl="#meta+type", words=("type", "infrastructure"),
          value_words={"latrine d urgence": "emergency latrine", "douche": "shower",
                       "station de lavage des mains": "handwashing station", "point d eau": "water point",
                       "kit abri": "shelter kit"}),
        F("quantity", N("fields", "Quantity"), hxl="#output+num", words=("number", "nombre", "quantite")),
        F("condition", N("fields", "Condition"), choices=m.Condition, hxl="#status", words=("etat", "state"),
          value_words={"bon": "good", "bon etat": "good", "a reparer": "needs repair", "hors service": "out of order"}),
        F("recorded_on", N("fields", "Recorded on"), hxl="#date+reported", words=("date", "date du releve")),
    ),
    columns=(C("kind", N("columns", "Kind"), "word", width=160), C("quantity", N("columns", "Quantity"), "int"),
             C("condition", N("columns", "Condition"), "status"), C("recorded_on", N("columns", "Recorded on"), "date")),
    value_texts={
        'emergency latrine': ("latrine d'urgence", 'مرحاض طوارئ'),
        'shower': ('douche', 'حمام'),
        'handwashing station': ('station de lavage des mains', 'محطة غسل اليدين'),
        'water point': ("point d'eau", 'نقطة مياه'),
        'shelter kit': ('kit abri', 'حقيبة مأوى'),
        'good': ('bon état', 'جيد'),
        'needs repair': ('à réparer', 'بحاجة إلى إصلاح'),
        'out of order': ('hors service', 'معطل'),
    },
)
