"""The columns each table shows, as data: SQL column key, header, how values read, default width."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as N, QCoreApplication

from workbench.views.table_model import ColumnSpec as C

_COLUMNS: dict[str, list[tuple]] = {
    "project": [("code", N("columns", "Code"), "text", None, 150), ("title", N("columns", "Title"), "text", None, 320),
                ("donor", N("columns", "Donor")), ("status", N("columns", "Status"), "status"),
                ("start_date", N("columns", "Start"), "date"), ("end_date", N("columns", "End"), "date"),
                ("budget", N("columns", "Budget"), "money", "currency", 140),
                ("sectors", N("columns", "Sectors"), "text", None, 160)],
    "site": [("name", N("columns", "Site"), "text", None, 160), ("site_type", N("columns", "Type"), "word", None, 130),
             ("location", N("columns", "Location")), ("pcode", N("columns", "P-code"), "text", None, 90, True),
             ("project", N("columns", "Project"), "text", None, 140),
             ("managing_agency", N("columns", "Managing agency")), ("status", N("columns", "Status"), "status"),
             ("population", N("columns", "Individuals (last count)"), "int", None, 150),
             ("opened_on", N("columns", "Opened"), "date"), ("closed_on", N("columns", "Closed"), "date")],
    "household": [("code", N("columns", "Code"), "text", None, 120), ("head_name", N("columns", "Head of household"), "text", None, 180),
                  ("head_sex", N("columns", "Sex"), "word", None, 70), ("size", N("columns", "Size"), "int", None, 60),
                  ("status", N("columns", "Status"), "word"), ("site", N("columns", "Site"), "text", None, 140),
                  ("intention", N("columns", "Intention"), "status"),
                  ("registered_on", N("columns", "Registered"), "date"),
                  ("departure_date", N("columns", "Departed"), "date")],
    "grant": [("code", N("columns", "Code"), "text", None, 120), ("programme", N("columns", "Programme"), "word", None, 90),
              ("recipient_name", N("columns", "Recipient"), "text", None, 160),
              ("business_name", N("columns", "Business"), "text", None, 150), ("sector", N("columns", "Sector"), "text", None, 120, True),
              ("project", N("columns", "Project"), "text", None, 140), ("location", N("columns", "Location")),
              ("status", N("columns", "Status"), "status"), ("amount", N("columns", "Amount"), "money", "currency", 120),
              ("paid", N("columns", "Paid"), "money", "currency", 120), ("applied_on", N("columns", "Applied"), "date"),
              ("approved_on", N("columns", "Approved"), "date", None, None, True)],
    "work": [("code", N("columns", "Code"), "text", None, 110), ("title", N("columns", "Title"), "text", None, 260),
             ("work_type", N("columns", "Type"), "word", None, 140), ("project", N("columns", "Project"), "text", None, 140),
             ("location", N("columns", "Location")), ("contractor", N("columns", "Contractor"), "text", None, 160, True),
             ("contract_value", N("columns", "Contract value"), "money", "currency", 130),
             ("status", N("columns", "Status"), "status"), ("progress", N("columns", "Progress"), "percent", None, 80),
             ("planned_start", N("columns", "Planned start"), "date"), ("planned_end", N("columns", "Planned end"), "date"),
             ("people_served", N("columns", "People served"), "int", None, None, True)],
    "population_count": [("counted_on", N("columns", "Counted on"), "date"), ("households", N("columns", "Households"), "int"),
                         ("individuals", N("columns", "Individuals"), "int"), ("girls", N("columns", "Girls"), "int"),
                         ("boys", N("columns", "Boys"), "int"), ("women", N("columns", "Women"), "int"),
                         ("men", N("columns", "Men"), "int"), ("older_women", N("columns", "Older women"), "int"),
                         ("older_men", N("columns", "Older men"), "int")],
    "committee": [("name", N("columns", "Committee"), "text", None, 200), ("formed_on", N("columns", "Formed on"), "date"),
                  ("members", N("columns", "Members"), "int"), ("women_members", N("columns", "Women"), "int")],
    "complaint": [("received_on", N("columns", "Received"), "date"), ("channel", N("columns", "Channel"), "word"),
                  ("category", N("columns", "Category")), ("status", N("columns", "Status"), "status"),
                  ("resolved_on", N("columns", "Resolved"), "date"),
                  ("description", N("columns", "Description"), "text", None, 260)],
    "site_infrastructure": [("kind", N("columns", "Kind"), "word", None, 160), ("quantity", N("columns", "Quantity"), "int"),
                            ("condition", N("columns", "Condition"), "status"),
                            ("recorded_on", N("columns", "Recorded on"), "date")],
    "cash_tranche": [("sequence", N("columns", "No."), "int", None, 50), ("purpose", N("columns", "Purpose"), "word"),
                     ("amount", N("columns", "Amount"), "money", "currency", 120), ("status", N("columns", "Status"), "status"),
                     ("planned_on", N("columns", "Planned on"), "date"), ("paid_on", N("columns", "Paid on"), "date")],
    "grant_tranche": [("sequence", N("columns", "Tranche"), "int", None, 70),
                      ("amount", N("columns", "Amount"), "money", "currency", 140), ("paid_on", N("columns", "Paid on"), "date")],
    "grant_history": [("changed_on", N("columns", "Date"), "date"), ("from_status", N("columns", "From"), "status"),
                      ("to_status", N("columns", "To"), "status"), ("user_name", N("columns", "By")),
                      ("note", N("columns", "Note"), "text", None, 260)],
    "progress_report": [("reported_on", N("columns", "Reported on"), "date"),
                        ("progress_percent", N("columns", "Progress"), "percent"),
                        ("note", N("columns", "Note"), "text", None, 300)],
    "attachment": [("file_name", N("columns", "File"), "text", None, 220), ("media_type", N("columns", "Type")),
                   ("size", N("columns", "Bytes"), "int"), ("description", N("columns", "Description"), "text", None, 200),
                   ("added_on", N("columns", "Added"), "datetime")],
    "indicator_value": [("indicator", N("columns", "Indicator"), "text", None, 80),
                        ("title", N("columns", "Title"), "text", None, 260), ("unit", N("columns", "Unit")),
                        ("period_label", N("columns", "Period")), ("target", N("columns", "Target"), "decimal"),
                        ("achieved", N("columns", "Achieved"), "decimal")],
    "indicator": [("code", N("columns", "Code"), "text", None, 80), ("title", N("columns", "Title"), "text", None, 320),
                  ("unit", N("columns", "Unit"))],
    "history": [("at", N("columns", "When"), "datetime", None, 140), ("user_name", N("columns", "Who")),
                ("action", N("columns", "What"), "word", None, 80), ("field", N("columns", "Field")),
                ("old_value", N("columns", "Old value"), "text", None, 200),
                ("new_value", N("columns", "New value"), "text", None, 200)],
}


def columns(source: str) -> list[C]:
    specs = []
    for item in _COLUMNS[source]:
        key, header, kind, currency, width, hidden = (tuple(item) + ("text", None, None, False)[len(item) - 2:])[:6]
        specs.append(C(key, QCoreApplication.translate("columns", header), kind, currency, width, hidden))
    return specs
