"""What the workbench knows of each record kind, declared once and without Qt: the services, the import and the
window derive their checks, fields, forms, tables and words from it.

    base.py       the shape of a declaration: Kind, Field, Column
    <kind>.py     one module per record kind (household.py, grant.py ...): its fields, columns and rules
    common.py     fields several kinds share (money and rate, sex and age counts, project, location)
    catalogue.py  KINDS, every kind by name, and the references derived from the mapped columns
    limits.py     the facts read from the columns (type, length, range, decimals) and the rule holding values to them

`from workbench.kinds import KINDS` loads the catalogue on first use (it imports the services' rules, which import
limits.py from here)."""


def __getattr__(name: str):
    if name in ("KINDS", "REFERENCES", "referenced_kind"):
        from workbench.kinds import catalogue

        return getattr(catalogue, name)
    raise AttributeError(f"module 'workbench.kinds' has no attribute {name!r}")
