"""What the workbench knows of each record kind, declared once and without Qt: the services, the import and the
window derive their checks and editors from it. Its first part: the facts read from the mapped columns
(limits.py: type, length, range and decimals, with the one rule that holds values to them)."""
