"""A provider on the service map: an organisation at a place, the services it offers, and whether it takes referrals.

Its contact is the organisation's referral focal point or line, not a person helped: the service map is shared with
partners as it is, so the field is not personal data."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import LOCATION, refuse_if_used
from workbench.kinds.rules import AllOf, Unique

KIND = Kind(
    "service_provider", m.ServiceProvider, "service provider", N("records", "Service provider"), area="crc", order=184,
    key="code", key_words="service provider code", search=("code", "organisation", "services", "contact"),
    pick=("code", "organisation"), delete_refusal=refuse_if_used((m.Referral, "provider_id", "referrals")),
    rules=(AllOf("services", tuple(str(s) for s in m.Service), "unknown service {item}; use: {values}"),
           Unique("code", "service provider")),
    imports="service-providers", import_title=N("ImportWizard", "Service providers (service map)"),
    import_key=("code",),
    fields=(
        F("code", N("fields", "Code"), header="Provider code", hxl="#org+code+x_provider",
          words=("provider code", "provider id", "service provider code", "code", "code du prestataire",
                 "code prestataire")),
        F("organisation", N("fields", "Organisation"), hxl="#org+name+x_provider",
          words=("organization", "provider", "service provider", "agency", "organisation", "prestataire",
                 "nom de l organisation", "prestataire de services")),
        F("services", N("fields", "Services offered"), editor="multichoice", choices=m.Service, hxl="#service",
          words=("services", "service", "services offered", "services offerts", "services proposes")),
        LOCATION,
        F("contact", N("fields", "Contact"), hxl="#contact",
          words=("contact", "phone", "contact details", "referral contact", "coordonnees", "telephone")),
        F("accepts_referrals", N("fields", "Accepts referrals"), hxl="#meta+x_referrals",
          words=("accepting referrals", "referrals", "accepte les referencements", "accepte les references",
                 "referencement")),
        F("last_verified_on", N("fields", "Last verified on"), hxl="#date+x_verified",
          words=("last verified", "verified on", "date verified", "verifie le", "derniere verification",
                 "date de verification")),
    ),
    columns=(
        C("code", N("columns", "Code"), width=110), C("organisation", N("columns", "Organisation"), width=280),
        C("services", N("columns", "Services"), "words", width=260), C("location", N("columns", "P-code"), width=100),
        C("contact", N("columns", "Contact"), width=160, hidden=True),
        C("accepts_referrals", N("columns", "Accepts referrals"), "bool", width=110),
        C("last_verified_on", N("columns", "Last verified"), "date"),
    ),
    value_texts={
        'legal aid': ('aide juridique', 'المساعدة القانونية'),
        'civil documentation': ('documentation civile', 'الوثائق المدنية'),
        'protection': ('protection', 'الحماية'),
        'child protection': ("protection de l'enfance", 'حماية الطفل'),
        'GBV': ('VBG', 'العنف القائم على النوع الاجتماعي'),
        'MHPSS': ('SMSPS', 'الصحة النفسية والدعم النفسي الاجتماعي'),
        'health': ('santé', 'الصحة'),
        'education': ('éducation', 'التعليم'),
        'livelihoods': ('moyens de subsistance', 'سبل العيش'),
        'shelter': ('abri', 'المأوى'),
        'cash': ('espèces', 'النقد'),
    },
)
