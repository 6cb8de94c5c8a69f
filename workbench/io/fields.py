"""What each import kind holds, derived from the record kinds' declarations (workbench/kinds): its fields, their
headers in English and French, their HXL hashtags and the words their values are typed with."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import inspect as sa_inspect

from workbench.kinds import KINDS as RECORD_KINDS, REFERENCES
from workbench.kinds.base import Field as DeclaredField, Kind
from workbench.kinds.limits import value_type


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
    title: str | None = None            # the field's declared label, as the window names it (context "fields")
    hxl_words: tuple[str, ...] = ()     # other hashtags for it; {n} and {n-1} stand for admin levels (kinds/base.py)
    identifies: str | None = None       # direct or indirect identifier, and how level anonymised shows it
    anonymised: str | None = None       # (kinds/base.py)


@dataclass(frozen=True)
class ImportKind:
    name: str                 # households (the command line's word)
    record: str               # household (records.KINDS)
    label: str                # household
    fields: tuple[Field, ...]
    key: tuple[str, ...] = ()  # the fields naming one record: a second row with them is a duplicate
    submission: str | None = None  # the field a KoboToolbox/ODK export's submission id fills (kinds/base.py)

    @property
    def model(self):
        return RECORD_KINDS[self.record].model

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


def _import_field(kind: Kind, declared: DeclaredField | None, key: str) -> Field:
    """One column of a file, from the field's declaration (or, undeclared, from its column alone)."""
    column = sa_inspect(kind.model).columns.get(key)
    ref = (declared.reference if declared else None) or REFERENCES.get(key)
    name = key[:-3] if ref else key
    if declared is None:
        return Field(name, key, name.replace("_", " ").capitalize(), "text" if ref else column_type(column), ref=ref)
    words = tuple(dict.fromkeys(_word(w) for w in (*declared.words, declared.label)))
    return Field(name, key, declared.file_header, "text" if ref else column_type(column), words, declared.hxl, ref,
                 declared.personal, declared.label, declared.hxl_words, declared.identifies, declared.anonymised)


LEVEL = re.compile(r"(\{n(?:-1)?\})")


def _word(text: str) -> str:
    """A header word as compared; a level's place ({n}, {n-1}) is kept between the normalised parts."""
    return " ".join(p if LEVEL.fullmatch(p) else normalise(p) for p in LEVEL.split(text) if p.strip())


def _import_kind(kind: Kind) -> ImportKind:
    """The fields a file of this kind may hold: its extra fields, then every editable column in the model's order;
    references are named without their _id (site, not site_id) and typed by their key."""
    fields = [_import_field(kind, f, f.key) for f in kind.import_extra]
    for key in (*kind.editable(), *kind.steps_from_file):
        if not any(f.column == key for f in fields):
            fields.append(_import_field(kind, kind.find(key), key))
    return ImportKind(kind.imports, kind.name, kind.label, tuple(fields), kind.import_key, kind.submission_field)


KINDS: dict[str, ImportKind] = {k.imports: _import_kind(k) for k in RECORD_KINDS.values() if k.imports}


def value_words(kind: ImportKind, column: str) -> dict[str, str]:
    """Normalised word -> stored value, including each allowed value itself (any case, any accent)."""
    declared = RECORD_KINDS[kind.record].find(column)
    if declared is None:
        return {}
    words = {normalise(k): str(v) for k, v in declared.value_words.items()}
    for value in declared.values:
        words.setdefault(normalise(value), value)
    return words


def import_kind(name: str) -> ImportKind:
    from workbench.services.errors import DomainError

    try:
        return KINDS[name]
    except KeyError:
        raise DomainError(f"cannot import {name!r}; use one of: {', '.join(KINDS)}") from None
