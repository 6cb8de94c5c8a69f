"""What each import kind holds: its fields, their headers in English and French, and their HXL hashtags."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import inspect as sa_inspect

from workbench import models as m
from workbench.kinds.limits import value_type
from workbench.services import records


@dataclass(frozen=True)
class Field:
    """One column of an import or export, as staff name it and as the database stores it."""

    name: str                 # the name in a mapping and in messages: site, registered_on
    column: str               # the model's column: site_id, registered_on
    label: str                # the readable header written on export
    type: str                 # text, int, decimal, float, date, bool
    words: tuple[str, ...] = ()   # other headers staff use, in English and French
    hxl: str | None = None
    ref: tuple[str, str] | None = None  # (record kind, key) a reference is typed by
    personal: str | None = None         # name, phone or coordinate: dropped or masked on request


@dataclass(frozen=True)
class ImportKind:
    name: str                 # households (the command line's word)
    record: str               # household (records.KINDS)
    label: str                # household
    fields: tuple[Field, ...]
    key: tuple[str, ...] = ()  # the fields naming one record: a second row with them is a duplicate

    @property
    def model(self):
        return records.KINDS[self.record].model

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def by_column(self, column: str) -> Field | None:
        return next((f for f in self.fields if f.column == column), None)


def normalise(text: object) -> str:
    """A header or a value as compared: lower case, without accents, punctuation as single spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9+#]+", " ", plain).strip()


def column_type(col) -> str:
    """The column's type as the import reads it: a float column (a latitude) is read and written as a decimal."""
    kind = value_type(col)
    return "decimal" if kind == "float" else kind


# Words shared by several kinds: (label, other headers, HXL hashtag).
SADD = {
    "girls": ("Girls (0-17)", ("girls", "girls 0 17", "female children", "filles", "filles 0 17"),
              "#affected+f+children"),
    "boys": ("Boys (0-17)", ("boys", "boys 0 17", "male children", "garcons", "garcons 0 17"),
             "#affected+m+children"),
    "women": ("Women (18-59)", ("women", "women 18 59", "female adults", "femmes", "femmes 18 59"),
              "#affected+f+adults"),
    "men": ("Men (18-59)", ("men", "men 18 59", "male adults", "hommes", "hommes 18 59"), "#affected+m+adults"),
    "older_women": ("Older women (60+)", ("older women", "women 60+", "women 60", "elderly women",
                                          "femmes agees", "femmes 60+", "femmes 60"), "#affected+f+elderly"),
    "older_men": ("Older men (60+)", ("older men", "men 60+", "men 60", "elderly men", "hommes ages",
                                      "hommes 60+", "hommes 60"), "#affected+m+elderly"),
}
MONEY = {
    "amount": ("Amount", ("amount", "value", "montant", "valeur"), "#value"),
    "currency": ("Currency", ("currency", "devise", "monnaie"), "#currency"),
    "exchange_rate": ("Exchange rate", ("rate", "taux de change", "taux"), "#value+rate"),
    "rate_date": ("Rate date", ("exchange rate date", "date du taux"), "#date+rate"),
}
PROJECT = ("Project", ("project", "project code", "projet", "code projet", "code du projet"), "#activity+code+project")
LOCATION = ("Location P-code", ("location", "p code", "pcode", "location p code", "admin p code", "lieu",
                                "localite", "code lieu", "p code du lieu", "emplacement"), "#loc+code")


def _kind(name: str, record: str, words: dict[str, tuple], key: tuple[str, ...] = (),
          personal: dict[str, str] | None = None, extra: tuple[Field, ...] = ()) -> ImportKind:
    """An import kind from its record's editable columns; references are named without their _id."""
    rkind = records.KINDS[record]
    columns = {c.key: c for c in sa_inspect(rkind.model).columns}
    fields: list[Field] = list(extra)
    for column in records.editable_fields(rkind):
        if any(f.column == column for f in fields):
            continue
        ref = records.REFERENCES.get(column)
        fname = column[:-3] if ref else column
        label, other, tag = words.get(fname) or SADD.get(fname) or MONEY.get(fname) or (
            fname.replace("_", " ").capitalize(), (), None)
        fields.append(Field(fname, column, label, "text" if ref else column_type(columns[column]),
                            tuple(normalise(w) for w in other), tag, ref, (personal or {}).get(fname)))
    return ImportKind(name, record, rkind.label, tuple(fields), key)


KINDS: dict[str, ImportKind] = {k.name: k for k in [
    _kind("locations", "location", {
        "pcode": ("P-code", ("p code", "pcode", "code", "admin code", "code p", "code pcode"), "#loc+code"),
        "name": ("Name", ("name", "admin name", "location name", "nom", "nom du lieu"), "#loc+name"),
        "name_local": ("Local name", ("local name", "name local", "name ar", "nom local", "nom en langue locale"),
                       "#loc+name+local"),
        "admin_level": ("Admin level", ("level", "admin level", "niveau", "niveau administratif"), "#loc+level"),
        "parent": ("Parent P-code", ("parent", "parent p code", "parent pcode", "p code parent",
                                     "code parent", "pcode parent"), "#loc+code+parent"),
        "latitude": ("Latitude", ("lat", "y"), "#geo+lat"),
        "longitude": ("Longitude", ("lon", "long", "lng", "x"), "#geo+lon"),
    }, key=("pcode",)),
    _kind("sites", "site", {
        "name": ("Site", ("site", "site name", "name", "nom du site", "nom", "site de deplacement"), "#loc+name"),
        "site_type": ("Site type", ("type", "type of site", "type de site"), "#loc+type"),
        "location": LOCATION,
        "project": PROJECT,
        "managing_agency": ("Managing agency", ("site management agency", "agency", "gestionnaire",
                                                "agence de gestion", "gestionnaire du site"), "#org+manager"),
        "opened_on": ("Opened on", ("opening date", "date opened", "date d ouverture", "ouvert le"),
                      "#date+opened"),
    }, key=("name",)),
    _kind("population", "population_count", {
        "site": ("Site", ("site", "site name", "nom du site"), "#loc+name"),
        "counted_on": ("Counted on", ("date", "count date", "date of count", "date du comptage", "date"),
                       "#date+reported"),
        "households": ("Households", ("hh", "number of households", "menages", "nombre de menages"),
                       "#affected+hh"),
        "individuals": ("Individuals", ("people", "persons", "ind", "individus", "personnes",
                                        "nombre de personnes"), "#affected+ind"),
    }),
    _kind("households", "household", {
        "code": ("Household ID", ("household id", "household code", "hh id", "hh code", "code", "id menage",
                                  "code menage", "numero menage", "identifiant du menage"), "#household+id"),
        "project": PROJECT,
        "head_name": ("Head of household", ("head name", "head of household", "name of head", "chef de menage",
                                            "nom du chef de menage", "nom du chef"), "#household+name+head"),
        "head_sex": ("Sex of head", ("head sex", "sex", "sex of head of household", "sexe", "sexe du chef",
                                     "sexe du chef de menage"), "#household+sex+head"),
        "phone": ("Phone", ("phone number", "telephone", "numero de telephone", "tel"), "#contact+phone"),
        "status": ("Status", ("displacement status", "statut", "statut de deplacement"), "#household+status"),
        "size": ("Household size", ("size", "hh size", "members", "taille", "taille du menage",
                                    "nombre de membres"), "#affected+ind+hh"),
        "vulnerabilities": ("Vulnerabilities", ("vulnerability", "vulnerabilites", "vulnerabilite"),
                            "#household+vulnerable"),
        "site": ("Site", ("site", "site name", "current site", "nom du site", "site actuel"), "#loc+name+site"),
        "registered_on": ("Registered on", ("registration date", "date registered", "date d enregistrement",
                                            "enregistre le"), "#date+registered"),
        "intention": ("Intention", ("intention", "intentions"), "#household+intention"),
        "went_go_and_see": ("Go-and-see visit", ("go and see", "went go and see", "visite go and see",
                                                 "visite aller voir"), "#household+go_and_see"),
        "attended_come_and_tell": ("Come-and-tell session", ("come and tell", "attended come and tell",
                                                             "session come and tell", "venir raconter"),
                                   "#household+come_and_tell"),
        "destination": ("Destination P-code", ("destination", "destination village", "destination p code",
                                               "village de destination", "destination pcode"),
                        "#loc+code+destination"),
        "departure_date": ("Departure date", ("departed on", "date of departure", "date de depart",
                                              "parti le"), "#date+departure"),
        "latitude": ("Latitude", ("lat", "gps latitude"), "#geo+lat"),
        "longitude": ("Longitude", ("lon", "long", "lng", "gps longitude"), "#geo+lon"),
    }, key=("code",), personal={"head_name": "name", "phone": "phone", "latitude": "coordinate",
                                "longitude": "coordinate"}),
    _kind("tranches", "cash_tranche", {
        "household": ("Household ID", ("household", "household id", "household code", "hh id", "code menage",
                                       "id menage", "menage"), "#household+id"),
        "sequence": ("Tranche", ("tranche", "tranche number", "sequence", "numero de tranche"), "#meta+sequence"),
        "purpose": ("Purpose", ("purpose", "type", "objet", "motif"), "#modality+purpose"),
        "status": ("Status", ("statut", "etat"), "#status"),
        "planned_on": ("Planned on", ("planned date", "date prevue", "prevu le"), "#date+planned"),
        "paid_on": ("Paid on", ("payment date", "date paid", "date de paiement", "paye le"), "#date+paid"),
    }, key=("household", "sequence")),
    _kind("grants", "grant", {
        "code": ("Grant code", ("grant code", "grant id", "code", "code subvention", "code de la subvention"),
                 "#activity+code+grant"),
        "project": PROJECT,
        "programme": ("Programme", ("program", "programme type", "type de programme"), "#activity+type"),
        "recipient_name": ("Recipient", ("recipient name", "beneficiary", "beneficiary name", "participant",
                                         "beneficiaire", "nom du beneficiaire"), "#beneficiary+name"),
        "recipient_sex": ("Sex of recipient", ("recipient sex", "sex", "sexe", "sexe du beneficiaire"),
                          "#beneficiary+sex"),
        "recipient_phone": ("Recipient phone", ("phone", "telephone", "telephone du beneficiaire"),
                            "#contact+phone"),
        "location": LOCATION,
        "sector": ("Sector", ("business sector", "secteur", "secteur d activite"), "#sector"),
        "applied_on": ("Applied on", ("application date", "date of application", "date de demande",
                                      "demande le"), "#date+applied"),
        "business_name": ("Business name", ("business", "enterprise", "nom de l entreprise", "entreprise"),
                          "#org+business"),
        "jobs_created": ("Jobs created", ("emplois crees",), "#output+jobs+created"),
        "jobs_retained": ("Jobs retained", ("emplois maintenus",), "#output+jobs+retained"),
        "ila_kind": ("ILA kind", ("ila type", "type ila"), "#activity+type+ila"),
        "days_worked": ("Days worked", ("days", "jours travailles", "jours"), "#output+days"),
        "daily_rate": ("Daily rate", ("rate per day", "taux journalier"), "#value+daily"),
        "work_site": ("Work site", ("chantier", "site de travail"), "#loc+name+work"),
    }, key=("code",), personal={"recipient_name": "name", "recipient_phone": "phone"}),
    _kind("works", "work", {
        "code": ("Work code", ("work code", "work id", "code", "code des travaux", "code chantier"),
                 "#activity+code+work"),
        "project": PROJECT,
        "title": ("Title", ("work", "name", "titre", "intitule", "description"), "#activity+name"),
        "work_type": ("Type of work", ("type", "work type", "type de travaux", "type d ouvrage"),
                      "#activity+type"),
        "location": LOCATION,
        "contractor": ("Contractor", ("company", "entrepreneur", "entreprise", "prestataire"), "#org+impl"),
        "contract_value": ("Contract value", ("value", "contract amount", "valeur du contrat",
                                              "montant du contrat"), "#value+contract"),
        "currency": MONEY["currency"],
        "planned_start": ("Planned start", ("start", "start date", "debut prevu", "date de debut prevue"),
                          "#date+start+planned"),
        "planned_end": ("Planned end", ("end", "end date", "fin prevue", "date de fin prevue"),
                        "#date+end+planned"),
        "people_served": ("People served", ("beneficiaries", "people", "personnes servies", "beneficiaires"),
                          "#reached+ind"),
    }, key=("code",)),
    _kind("progress", "progress_report", {
        "work": ("Work code", ("work", "work code", "code", "code des travaux", "code chantier"),
                 "#activity+code+work"),
        "reported_on": ("Reported on", ("date", "report date", "date du rapport"), "#date+reported"),
        "progress_percent": ("Progress %", ("progress", "percent", "progress percent", "avancement",
                                            "taux d avancement", "avancement %", "pourcentage"),
                             "#output+progress+pct"),
        "note": ("Note", ("comment", "remarks", "commentaire", "observations"), "#description"),
    }),
    _kind("indicators", "indicator_value", {
        "period_label": ("Period", ("period", "reporting period", "periode"), "#date+period"),
        "period_start": ("Period start", ("start", "from", "debut", "debut de periode", "du"),
                         "#date+start"),
        "period_end": ("Period end", ("end", "to", "fin", "fin de periode", "au"), "#date+end"),
        "target": ("Target", ("cible",), "#indicator+value+target"),
        "achieved": ("Achieved", ("achieved value", "actual", "realise", "valeur atteinte", "atteint"),
                     "#indicator+value+achieved"),
    }, key=("project", "indicator", "period_start"), extra=(
        Field("project", "project_id", *PROJECT[:1], "text", tuple(normalise(w) for w in PROJECT[1]), PROJECT[2],
              ("project", "code")),
        Field("indicator", "indicator_id", "Indicator", "text",
              tuple(normalise(w) for w in ("indicator", "indicator code", "indicateur", "code indicateur")),
              "#indicator+code", ("indicator", "code")),
    )),
]}

# Words a value is typed with in English and French, for the fields whose values are a fixed list.
_SEX = {"f": m.Sex.FEMALE, "female": m.Sex.FEMALE, "femme": m.Sex.FEMALE, "feminin": m.Sex.FEMALE,
        "woman": m.Sex.FEMALE, "m": m.Sex.MALE, "h": m.Sex.MALE, "male": m.Sex.MALE, "homme": m.Sex.MALE,
        "masculin": m.Sex.MALE, "man": m.Sex.MALE}
VALUE_WORDS: dict[str, dict[str, str]] = {
    "head_sex": _SEX,
    "recipient_sex": _SEX,
    "intention": {"retour": "return", "retourner": "return", "relocalisation": "relocate",
                  "relocaliser": "relocate", "relocation": "relocate", "rester": "stay", "integration locale": "stay",
                  "indecis": "undecided", "ne sait pas": "undecided"},
    "site_type": {"camp planifie": "planned camp", "site spontane": "spontaneous site",
                  "centre collectif": "collective centre", "collective center": "collective centre"},
    "programme": {"cfw": "CfW", "cash for work": "CfW", "argent contre travail": "CfW", "edf": "EDF", "ila": "ILA"},
    "purpose": {"construction": "construction", "abri": "construction", "subsistance": "subsistence",
                "achevement": "completion", "finition": "completion"},
}
# Household status words, and the tranche status words (a separate field of another kind).
_STATUS_WORDS = {
    "household": {"deplace": "displaced", "idp": "displaced", "pdi": "displaced", "retourne": "returnee",
                  "communaute hote": "host community", "famille d accueil": "host community", "host": "host community"},
    "cash_tranche": {"prevu": "planned", "paye": "paid", "annule": "cancelled", "canceled": "cancelled"},
}


def value_words(kind: ImportKind, column: str) -> dict[str, str]:
    """Normalised word -> stored value, including each allowed value itself (any case, any accent)."""
    words = dict(VALUE_WORDS.get(column, {}))
    if column == "status":
        words = dict(_STATUS_WORDS.get(kind.record, {}))
    enum = _ENUMS.get((kind.record, column))
    for value in enum or ():
        words.setdefault(normalise(value), str(value))
    return {normalise(k): str(v) for k, v in words.items()}


_ENUMS = {
    ("household", "head_sex"): m.Sex, ("household", "status"): m.HouseholdStatus,
    ("household", "intention"): m.Intention, ("grant", "recipient_sex"): m.Sex,
    ("grant", "programme"): m.Programme, ("grant", "ila_kind"): m.IlaKind, ("site", "site_type"): m.SiteType,
    ("cash_tranche", "purpose"): m.TranchePurpose, ("cash_tranche", "status"): m.TrancheStatus,
    ("work", "work_type"): m.WorkType,
}
for _record in ("cash_tranche", "grant", "work"):
    _ENUMS[(_record, "currency")] = m.CURRENCIES


def import_kind(name: str) -> ImportKind:
    from workbench.services.errors import DomainError

    try:
        return KINDS[name]
    except KeyError:
        raise DomainError(f"cannot import {name!r}; use one of: {', '.join(KINDS)}") from None
