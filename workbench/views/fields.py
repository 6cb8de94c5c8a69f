"""The declared fields of every record's form: label, editor, choices, references and sections, as data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP as N

from workbench import models as m


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # marked for translation; translated when the form is built
    editor: str = "text"  # text, multiline, int, decimal, float, money, date, choice, multichoice, reference, bool
    choices: tuple = ()   # stored values of a choice (shown as words)
    reference: str | None = None   # the record kind a reference picks
    currency: str | None = None    # for money: the currency field shown beside the amount
    section: str = N("fields", "Details")
    read_only: bool = False


def enum_values(enum) -> tuple:
    return tuple(str(v) for v in enum)


CURRENCY = Field("currency", N("fields", "Currency"), "choice", m.CURRENCIES)
RATE = (Field("exchange_rate", N("fields", "Exchange rate to the project's currency"), "decimal",
              section=N("fields", "Money")),
        Field("rate_date", N("fields", "Rate date"), "date", section=N("fields", "Money")))
SADD_SECTION = N("fields", "By sex and age")
SADD = (
    Field("girls", N("fields", "Girls (0-17)"), "int", section=SADD_SECTION),
    Field("boys", N("fields", "Boys (0-17)"), "int", section=SADD_SECTION),
    Field("women", N("fields", "Women (18-59)"), "int", section=SADD_SECTION),
    Field("men", N("fields", "Men (18-59)"), "int", section=SADD_SECTION),
    Field("older_women", N("fields", "Older women (60+)"), "int", section=SADD_SECTION),
    Field("older_men", N("fields", "Older men (60+)"), "int", section=SADD_SECTION),
)
SEX = enum_values(m.Sex)
LEVELS = ("0", "1", "2", "3")

FORMS: dict[str, tuple[Field, ...]] = {
    "donor": (
        Field("code", N("fields", "Code")),
        Field("name", N("fields", "Name")),
    ),
    "project": (
        Field("code", N("fields", "Code")),
        Field("title", N("fields", "Title")),
        Field("donor_id", N("fields", "Donor"), "reference", reference="donor"),
        Field("status", N("fields", "Status"), "choice", enum_values(m.ProjectStatus)),
        Field("start_date", N("fields", "Start date"), "date", section=N("fields", "Period and budget")),
        Field("end_date", N("fields", "End date"), "date", section=N("fields", "Period and budget")),
        Field("budget", N("fields", "Budget"), "money", currency="currency", section=N("fields", "Period and budget")),
        Field("sectors", N("fields", "Sectors"), section=N("fields", "Period and budget")),
        Field("partners", N("fields", "Partners"), section=N("fields", "Period and budget")),
    ),
    "outcome": (
        Field("code", N("fields", "Code")),
        Field("title", N("fields", "Title"), "multiline"),
    ),
    "output": (
        Field("code", N("fields", "Code")),
        Field("title", N("fields", "Title"), "multiline"),
    ),
    "indicator": (
        Field("code", N("fields", "Code")),
        Field("title", N("fields", "Title"), "multiline"),
        Field("unit", N("fields", "Unit")),
        Field("outcome_id", N("fields", "Outcome"), "reference", reference="outcome"),
        Field("output_id", N("fields", "Output"), "reference", reference="output"),
    ),
    "indicator_value": (
        Field("indicator_id", N("fields", "Indicator"), "reference", reference="indicator"),
        Field("period_label", N("fields", "Reporting period")),
        Field("period_start", N("fields", "Period start"), "date"),
        Field("period_end", N("fields", "Period end"), "date"),
        Field("target", N("fields", "Target"), "decimal"),
        Field("achieved", N("fields", "Achieved"), "decimal"),
        *SADD,
    ),
    "location": (
        Field("pcode", N("fields", "P-code")),
        Field("name", N("fields", "Name")),
        Field("name_local", N("fields", "Local name")),
        Field("admin_level", N("fields", "Level"), "choice", LEVELS),
        Field("parent_id", N("fields", "Part of"), "reference", reference="location"),
        Field("latitude", N("fields", "Latitude"), "float"),
        Field("longitude", N("fields", "Longitude"), "float"),
    ),
    "site": (
        Field("name", N("fields", "Name")),
        Field("site_type", N("fields", "Type"), "choice", enum_values(m.SiteType)),
        Field("location_id", N("fields", "Location"), "reference", reference="location"),
        Field("project_id", N("fields", "Project"), "reference", reference="project"),
        Field("managing_agency", N("fields", "Managing agency")),
        Field("opened_on", N("fields", "Opened on"), "date"),
    ),
    "population_count": (
        Field("counted_on", N("fields", "Counted on"), "date"),
        Field("households", N("fields", "Households"), "int"),
        Field("individuals", N("fields", "Individuals"), "int"),
        *SADD,
    ),
    "committee": (
        Field("name", N("fields", "Name")),
        Field("formed_on", N("fields", "Formed on"), "date"),
        Field("members", N("fields", "Members"), "int"),
        Field("women_members", N("fields", "Women members"), "int"),
    ),
    "committee_training": (
        Field("topic", N("fields", "Topic")),
        Field("held_on", N("fields", "Held on"), "date"),
        Field("participants", N("fields", "Participants"), "int"),
    ),
    "complaint": (
        Field("received_on", N("fields", "Received on"), "date"),
        Field("channel", N("fields", "Channel"), "choice", enum_values(m.ComplaintChannel)),
        Field("category", N("fields", "Category")),
        Field("status", N("fields", "Status"), "choice", enum_values(m.ComplaintStatus)),
        Field("resolved_on", N("fields", "Resolved on"), "date"),
        Field("description", N("fields", "Description"), "multiline"),
    ),
    "site_infrastructure": (
        Field("kind", N("fields", "Kind"), "choice", enum_values(m.InfrastructureKind)),
        Field("quantity", N("fields", "Quantity"), "int"),
        Field("condition", N("fields", "Condition"), "choice", enum_values(m.Condition)),
        Field("recorded_on", N("fields", "Recorded on"), "date"),
    ),
    "household": (
        Field("code", N("fields", "Code")),
        Field("head_name", N("fields", "Head of household")),
        Field("head_sex", N("fields", "Sex of the head"), "choice", SEX),
        Field("phone", N("fields", "Phone")),
        Field("status", N("fields", "Status"), "choice", enum_values(m.HouseholdStatus)),
        Field("size", N("fields", "Size"), "int"),
        Field("vulnerabilities", N("fields", "Vulnerabilities"), "multichoice", enum_values(m.Vulnerability)),
        Field("project_id", N("fields", "Project"), "reference", reference="project"),
        Field("site_id", N("fields", "Site"), "reference", reference="site"),
        Field("registered_on", N("fields", "Registered on"), "date"),
        Field("intention", N("fields", "Intention"), "choice", enum_values(m.Intention), section=N("fields", "Durable solution")),
        Field("went_go_and_see", N("fields", "Went on a go-and-see visit"), "bool", section=N("fields", "Durable solution")),
        Field("attended_come_and_tell", N("fields", "Attended a come-and-tell session"), "bool",
              section=N("fields", "Durable solution")),
        Field("destination_id", N("fields", "Destination"), "reference", reference="location",
              section=N("fields", "Durable solution")),
        Field("departure_date", N("fields", "Departure date"), "date", section=N("fields", "Durable solution")),
        Field("latitude", N("fields", "Latitude"), "float", section=N("fields", "Durable solution")),
        Field("longitude", N("fields", "Longitude"), "float", section=N("fields", "Durable solution")),
        *SADD,
    ),
    "cash_tranche": (
        Field("sequence", N("fields", "Number"), "int"),
        Field("purpose", N("fields", "Purpose"), "choice", enum_values(m.TranchePurpose)),
        Field("amount", N("fields", "Amount"), "money", currency="currency"),
        Field("status", N("fields", "Status"), "choice", enum_values(m.TrancheStatus)),
        Field("planned_on", N("fields", "Planned on"), "date"),
        Field("paid_on", N("fields", "Paid on"), "date"),
        *RATE,
    ),
    "grant": (
        Field("code", N("fields", "Code")),
        Field("project_id", N("fields", "Project"), "reference", reference="project"),
        Field("programme", N("fields", "Programme"), "choice", enum_values(m.Programme)),
        Field("recipient_name", N("fields", "Recipient")),
        Field("recipient_sex", N("fields", "Sex of the recipient"), "choice", SEX),
        Field("recipient_phone", N("fields", "Phone")),
        Field("location_id", N("fields", "Location"), "reference", reference="location"),
        Field("sector", N("fields", "Sector")),
        Field("applied_on", N("fields", "Applied on"), "date"),
        Field("amount", N("fields", "Amount"), "money", currency="currency", section=N("fields", "Money")),
        *RATE,
        Field("business_name", N("fields", "Business name (EDF)"), section=N("fields", "Programme details")),
        Field("jobs_created", N("fields", "Jobs created (EDF)"), "int", section=N("fields", "Programme details")),
        Field("jobs_retained", N("fields", "Jobs retained (EDF)"), "int", section=N("fields", "Programme details")),
        Field("ila_kind", N("fields", "Kind of assistance (ILA)"), "choice", enum_values(m.IlaKind),
              section=N("fields", "Programme details")),
        Field("days_worked", N("fields", "Days worked (CfW)"), "int", section=N("fields", "Programme details")),
        Field("daily_rate", N("fields", "Daily rate (CfW)"), "decimal", section=N("fields", "Programme details")),
        Field("work_site", N("fields", "Work site (CfW)"), section=N("fields", "Programme details")),
    ),
    "work": (
        Field("code", N("fields", "Code")),
        Field("title", N("fields", "Title")),
        Field("work_type", N("fields", "Type of work"), "choice", enum_values(m.WorkType)),
        Field("project_id", N("fields", "Project"), "reference", reference="project"),
        Field("location_id", N("fields", "Location"), "reference", reference="location"),
        Field("contractor", N("fields", "Contractor")),
        Field("people_served", N("fields", "People served"), "int"),
        Field("contract_value", N("fields", "Contract value"), "money", currency="currency", section=N("fields", "Money")),
        *RATE,
        Field("planned_start", N("fields", "Planned start"), "date", section=N("fields", "Dates")),
        Field("planned_end", N("fields", "Planned end"), "date", section=N("fields", "Dates")),
    ),
    "progress_report": (
        Field("reported_on", N("fields", "Reported on"), "date"),
        Field("progress_percent", N("fields", "Progress (%)"), "decimal"),
        Field("note", N("fields", "Note"), "multiline"),
    ),
    "user": (
        Field("username", N("fields", "Login name")),
        Field("full_name", N("fields", "Full name")),
        Field("role", N("fields", "Role")),
        Field("active", N("fields", "Active"), "bool"),
    ),
    "attachment": (
        Field("file_name", N("fields", "File name")),
        Field("description", N("fields", "Description"), "multiline"),
        Field("media_type", N("fields", "Type"), read_only=True),
        Field("size", N("fields", "Size (bytes)"), "int", read_only=True),
        Field("added_on", N("fields", "Added on"), read_only=True),
    ),
}

# Fields a form leaves out on purpose: set by the record the form was opened from, or by the system.
NOT_ON_FORMS = {"owner_table", "owner_id", "sha256"}
