"""A displacement site (camp, spontaneous site, collective centre) and its management."""

from workbench import models as m
from workbench.kinds.base import Closes, Column as C, Field as F, Kind, N
from workbench.kinds.common import LOCATION, PROJECT, count
from workbench.kinds.rules import Between, Unique, UniqueWhenGiven, not_before
from workbench.services.errors import DomainError


def site_refusal(session, site: m.Site) -> str | None:
    n = count(session, m.Household, m.Household.site_id, site.id)
    return f"{n} households are registered in this site; delete or move them first" if n else None


def steps_from_file(session, site: m.Site, values: dict) -> None:
    """A site list's status and closure date, through the site's workflow (open > closing > closed), each step dated
    with the closure date: a closed site in an office's workbook becomes closed here, with its history."""
    from workbench.services import workflows

    status = values.get("status") or site.status
    if status == site.status:
        return
    on = values.get("closed_on")
    if on is None:
        raise DomainError(f"is required for a site that is {status}: the date of its closure", "closed_on")
    path = {("open", "closing"): ("closing",), ("open", "closed"): ("closing", "closed"),
            ("closing", "closed"): ("closed",), ("closing", "open"): ("open",)}.get((site.status, status))
    if path is None:
        raise DomainError(f"cannot go from {site.status} to {status}", "status")
    for step in path:
        workflows.change_site_status(session, site.id, step, on, "from the imported site list")


KIND = Kind(
    "site", m.Site, "site", N("records", "Displacement site"), area="sites", order=70, key="name", search=("name", "managing_agency"),
    pick=("name", None), workflow_fields=("status", "closed_on"),
    closes=Closes((m.SiteStatus.CLOSED,), children=("household", "population_count")), steps_from_file=("status", "closed_on"),
    take_steps=steps_from_file, rules=(not_before("closed_on", "opened_on", "the opening date"), Unique("name", "site"),
           UniqueWhenGiven("dtm_site_id", "site", "DTM site ID"), Between("latitude", -90, 90),
           Between("longitude", -180, 180)),
    delete_refusal=site_refusal,
    imports="sites", import_title=N("ImportWizard", "Displacement sites"), import_key=("name",),
    fields=(
        F("name", N("fields", "Name"), header="Site", hxl="#loc+name",
          words=("site", "site name", "name", "nom du site", "nom", "site de deplacement")),
        F("site_type", N("fields", "Type"), header="Site type", choices=m.SiteType, hxl="#loc+type",
          words=("type", "type of site", "type de site"),
          # DTM site lists write the type in one word: Planned, Spontaneous, Collective centre.
          value_words={"camp planifie": "planned camp", "site spontane": "spontaneous site",
                       "centre collectif": "collective centre", "collective center": "collective centre",
                       "planned": "planned camp", "formal camp": "planned camp",
                       "spontaneous": "spontaneous site", "informal site": "spontaneous site",
                       "informal settlement": "spontaneous site", "spontane": "spontaneous site",
                       "planifie": "planned camp", "collective": "collective centre"}),
        LOCATION,
        PROJECT,
        F("managing_agency", N("fields", "Managing agency"), hxl="#org+x_manager",
          words=("site management agency", "agency", "gestionnaire", "agence de gestion", "gestionnaire du site")),
        F("opened_on", N("fields", "Opened on"), hxl="#date+x_opened",
          words=("opening date", "date opened", "date d ouverture", "ouvert le", "site opening date")),
        F("status", N("fields", "Status"), choices=m.SiteStatus, on_form=False, hxl="#status",
          words=("site status", "statut", "statut du site", "etat", "etat du site"),
          value_words={"ouvert": "open", "actif": "open", "active": "open", "en fermeture": "closing",
                       "fermeture en cours": "closing", "in closure": "closing", "ferme": "closed", "clos": "closed",
                       "inactive": "closed"}),
        F("closed_on", N("fields", "Closed on"), on_form=False, hxl="#date+x_closed",
          words=("closure date", "closing date", "date closed", "date of closure", "site closure date",
                 "date de fermeture", "ferme le", "date de cloture")),
        # DTM site lists: "SSID", "Site ID", "CCCM Site ID"; HXL #loc+code is the site's own code, beside the P-code.
        F("dtm_site_id", N("fields", "DTM site ID"), hxl="#loc+code+x_site",
          words=("ssid", "site id", "dtm site id", "site code", "cccm site id", "dtm ssid", "id du site",
                 "code du site", "site_id"),
          hxl_words=("#loc+code", "#loc+id")),
        F("latitude", N("fields", "Latitude"), hxl="#geo+lat",
          words=("lat", "y", "gps latitude", "site latitude", "_gps_latitude")),
        F("longitude", N("fields", "Longitude"), hxl="#geo+lon",
          words=("lon", "long", "lng", "x", "gps longitude", "site longitude", "_gps_longitude")),
    ),
    columns=(
        C("name", N("columns", "Site"), width=160), C("site_type", N("columns", "Type"), "word", width=130),
        C("location", N("columns", "Location")), C("pcode", N("columns", "P-code"), width=90, hidden=True),
        C("project", N("columns", "Project"), width=140), C("managing_agency", N("columns", "Managing agency")),
        C("status", N("columns", "Status"), "status"),
        C("population", N("columns", "Individuals (last count)"), "int", width=150),
        C("opened_on", N("columns", "Opened"), "date"), C("closed_on", N("columns", "Closed"), "date"),
        C("dtm_site_id", N("columns", "DTM site ID"), width=120, hidden=True),
    ),
    value_texts={
        'planned camp': ('camp planifié', 'مخيم مخطط'),
        'spontaneous site': ('site spontané', 'موقع عفوي'),
        'collective centre': ('centre collectif', 'مركز جماعي'),
        'open': ('ouvert', 'مفتوح'),
        'closing': ('en fermeture', 'قيد الإغلاق'),
    },
)
