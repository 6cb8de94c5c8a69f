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

import importlib

# Where each public name lives. Loaded on first use: reading spreadsheets pulls in pandas, which the
# command line and the window should not pay for until an import actually runs.
_HOME = {
    "export_kind": "export", "export_records": "export",
    "KINDS": "fields", "Field": "fields", "ImportKind": "fields", "import_kind": "fields",
    "write_iati": "iati",
    "Duplicate": "importing", "ImportCancelled": "importing", "ImportSummary": "importing", "Problem": "importing",
    "ValidationResult": "importing", "import_rows": "importing", "validate": "importing",
    "write_rejected": "importing",
    "auto_mapping": "mapping", "check_mapping": "mapping", "delete_mapping": "mapping", "load_mapping": "mapping",
    "mapping_names": "mapping", "save_mapping": "mapping", "table_mapping": "mapping",
    "ImportFileError": "reading", "Table": "reading", "read_table": "reading",
}
__all__ = sorted(_HOME)


def __getattr__(name: str):
    if name not in _HOME:
        raise AttributeError(f"module 'workbench.io' has no attribute {name!r}")
    return getattr(importlib.import_module(f"workbench.io.{_HOME[name]}"), name)
