"""Import and export of spreadsheets and data standards. No Qt.

For the import wizard (call from a background thread; every step is Qt-free):
    table = read_table(path, sheet=None)                      # Table: frame, sheets, encoding, separator, hxl
    mapping = auto_mapping(kind, table.columns, table.hxl)    # column -> field; the user may change any
    result = validate(session, kind, table, mapping, on_duplicate="skip", progress=..., cancelled=...)
    with session.begin():
        import_rows(session, result, progress=..., cancelled=..., valid_only=False)
    write_rejected(result, "rejected.xlsx")
and for exports: export_records(session, kind, path, fmt, filters=..., hxl=..., personal_data=...),
write_iati(session, path, projects=...).
"""

from workbench.io.export import export_kind, export_records
from workbench.io.fields import KINDS, Field, ImportKind, import_kind
from workbench.io.iati import write_iati
from workbench.io.importing import (
    Duplicate, ImportCancelled, ImportSummary, Problem, ValidationResult, import_rows, validate, write_rejected,
)
from workbench.io.mapping import (
    auto_mapping, check_mapping, delete_mapping, load_mapping, mapping_names, save_mapping,
)
from workbench.io.reading import ImportFileError, Table, read_table

__all__ = [
    "KINDS", "Field", "ImportKind", "import_kind", "read_table", "Table", "ImportFileError", "auto_mapping",
    "check_mapping", "save_mapping", "load_mapping", "mapping_names", "delete_mapping", "validate",
    "ValidationResult", "Problem", "Duplicate", "import_rows", "ImportSummary", "ImportCancelled",
    "write_rejected", "export_records", "export_kind", "write_iati",
]
