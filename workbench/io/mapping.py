"""Which column of a file goes to which field: guessed from headers and HXL hashtags, saved by name for reuse.

Saved mappings live in one JSON file in the user's data folder (`import-mappings.json`), not in the database:
they are a user's working habit, not office records, and a table would need a migration for little gain.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from workbench import db
from workbench.io.fields import LEVEL, ImportKind, import_kind, normalise
from workbench.services.errors import DomainError

MAPPINGS_FILE = "import-mappings.json"


def _header_words(kind: ImportKind) -> dict[str, tuple[str, int]]:
    """Normalised header -> (field, rank); a field's own name and label first, so they win over other words, then
    its words in their declared order (a lower rank wins when two columns name the same field)."""
    words: dict[str, tuple[str, int]] = {}
    for f in kind.fields:
        for rank, word in enumerate((normalise(f.name.replace("_", " ")), normalise(f.label))):
            words.setdefault(word, (f.name, rank))
    for f in kind.fields:
        for rank, word in enumerate(f.words, start=2):
            words.setdefault(word, (f.name, rank))
    return words


def _tag_parts(tag: str) -> tuple[str, frozenset[str]]:
    """A hashtag's name and attributes, without HXL's x_ prefix of custom ones: #x_household+id and the
    #household+id of files written before the workbench's tags were made core HXL 1.1 name the same column."""
    parts = [p.removeprefix("x_") for p in tag.strip().lower().replace(" ", "").replace("#x_", "#").split("+") if p]
    return (parts[0] if parts else ""), frozenset(parts[1:])


def _level_pattern(word: str) -> tuple[re.Pattern, int] | None:
    """A word or hashtag name with an admin level in it ("adm {n} pcode", "#adm{n}"): its pattern, and 0 for {n} or
    -1 for {n-1}."""
    parts = LEVEL.split(word)
    if len(parts) == 1:
        return None
    offset = -1 if "{n-1}" in parts else 0
    text = "".join(r" ?(\d) ?" if LEVEL.fullmatch(p) else re.escape(p.strip()) for p in parts if p.strip())
    return re.compile(f"^{text}$"), offset


def _level_of(pattern: tuple[re.Pattern, int] | None, text: str) -> int | None:
    """The level the text names (ADM2_PCODE: 2, #adm2: 2) if it matches the pattern, else None."""
    if pattern is None:
        return None
    found = pattern[0].match(text)
    return int(found.group(1)) if found else None


def _most_specific_level(kind: ImportKind, columns: list[str], hxl_tags: dict[str, str]) -> int | None:
    """The highest admin level any column names through a {n} word or hashtag of the kind: #adm2+code beside
    #adm1+code makes it 2, so admin-2 columns are the location and admin-1 ones its parent."""
    levels = []
    for f in kind.fields:
        for word in (*f.words, *f.hxl_words):
            pattern = _level_pattern(_tag_parts(word)[0] if word.startswith("#") else word)
            if pattern is None or pattern[1]:
                continue
            for column in columns:
                tag = hxl_tags.get(column)
                text = _tag_parts(tag)[0] if word.startswith("#") and tag else normalise(str(column).rsplit("/", 1)[-1])
                level = _level_of(pattern, text)
                if level is not None and (not word.startswith("#") or tag):
                    levels.append(level)
    return max(levels) if levels else None


# HXL's count hashtags: a number of people unless +hh says households (HXL 1.1 dictionary, "#affected"), so +ind is
# implied when +hh is not there (#affected+idps is the IDPs, individuals).
_PEOPLE = {"affected", "reached", "targeted", "inneed", "population", "beneficiary"}
# Attributes that make a count a part of the whole (women, children...): such a column is never a field's total.
_PART = {"f", "m", "female", "male", "children", "adults", "elderly", "infants", "adolescents", "youth", "disabled"}


def _by_hxl(kind: ImportKind, tag: str, level: int | None) -> str | None:
    """The field whose hashtag has the same name and the most attributes, all present on the column's tag; a hashtag
    with a level ({n}) matches the file's most specific level only ({n-1}: the one above). A count of a part of the
    people (+f, +children) is not the total's, and a count of people without +hh is of individuals."""
    name, attributes = _tag_parts(tag)
    if name.lstrip("#") in _PEOPLE and "hh" not in attributes:
        attributes = attributes | {"ind"}
    best, best_size = None, -1
    for f in kind.fields:
        for declared in (f.hxl, *f.hxl_words):
            if not declared:
                continue
            fname, fattrs = _tag_parts(declared)
            pattern = _level_pattern(fname)
            if pattern is not None:
                found = _level_of(pattern, name)
                same = found is not None and level is not None and found == level + pattern[1]
            else:
                same = fname == name
            if same and fattrs <= attributes and not (attributes - fattrs) & _PART and len(fattrs) > best_size:
                best, best_size = f.name, len(fattrs)
    return best


def _by_words(kind: ImportKind, words: dict[str, tuple[str, int]], patterns: list, text: str,
              level: int | None) -> tuple[str, int] | None:
    found = words.get(text)
    if found is not None:
        return found
    for pattern, field, rank in patterns:
        named = _level_of(pattern, text)
        if named is not None and level is not None and named == level + pattern[1]:
            return field, rank
    return None


def table_mapping(kind: str | ImportKind, table) -> dict[str, str]:
    """auto_mapping of a table as read: a KoboToolbox or ODK export's meta columns (`_status`, `start`, `Status`,
    `ReviewState`...) are never mapped, and its questions are named without their groups."""
    return auto_mapping(kind, table.columns, table.hxl, meta=table.meta, source=table.origin)


def auto_mapping(kind: str | ImportKind, columns: list[str], hxl_tags: dict[str, str] | None = None,
                 meta=(), source: str | None = None) -> dict[str, str]:
    """Column -> field for the columns recognised; each field is given to at most one column.

    HXL hashtags are the more precise names and are tried first; then headers in English or French, with
    case, accents and punctuation ignored, and KoboToolbox group paths ("household/head_name") cut off. When two
    columns name one field, the field's earlier word wins (District Pcode over Governorate Pcode), then the
    earlier column; words and hashtags with an admin level ({n}) take the file's most specific level.
    """
    from workbench.io.surveys import ODK, last_name

    kind = import_kind(kind) if isinstance(kind, str) else kind
    hxl_tags = hxl_tags or {}
    skipped = set(meta)
    columns = [c for c in columns if c not in skipped]
    level = _most_specific_level(kind, columns, hxl_tags)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for column in columns:
        tag = hxl_tags.get(column)
        if tag:
            field = _by_hxl(kind, tag, level)
            if field and field not in taken:
                mapping[column] = field
                taken.add(field)
    words = _header_words(kind)
    patterns = [(pattern, field, rank) for word, (field, rank) in words.items()
                if (pattern := _level_pattern(word)) is not None]
    candidates = []
    for position, column in enumerate(columns):
        if column in mapping:
            continue
        # The whole header first ("Girls (0-17)" has ODK's group separator in it), then the question's own name.
        found = _by_words(kind, words, patterns, normalise(column), level) if source == ODK else None
        found = found or _by_words(kind, words, patterns, normalise(last_name(column, source)), level)
        if found is not None:
            candidates.append((found[1], position, column, found[0]))
    for _, _, column, field in sorted(candidates):
        if field not in taken and column not in mapping:
            mapping[column] = field
            taken.add(field)
    found = submission_column(kind, list(skipped), source)
    if found is not None and kind.submission not in taken:
        mapping[found] = kind.submission
        columns.append(found)
    return {column: mapping[column] for column in columns if column in mapping}


def submission_column(kind: ImportKind, meta: list, source: str | None):
    """The meta column holding a survey export's submission id (KoboToolbox `_uuid`, ODK Central `KEY`), for a kind
    whose records take it as their reference (a CRC contact); None otherwise. Otherwise meta columns are never
    imported."""
    from workbench.io.surveys import ODK

    if not kind.submission or source is None:
        return None
    wanted = "key" if source == ODK else "_uuid"
    return next((c for c in meta if str(c).strip().lower() == wanted), None)


def check_mapping(kind: str | ImportKind, columns: list[str], mapping: dict[str, str]) -> None:
    """Refuse a mapping naming a column the file lacks, a field the kind lacks, or one field twice."""
    kind = import_kind(kind) if isinstance(kind, str) else kind
    names = {f.name for f in kind.fields}
    seen: dict[str, str] = {}
    for column, field in mapping.items():
        if column not in columns:
            raise DomainError(f"the file has no column {column!r}", "mapping")
        if field not in names:
            raise DomainError(f"a {kind.label} has no field {field!r}; fields: {', '.join(sorted(names))}",
                              "mapping")
        if field in seen:
            raise DomainError(f"columns {seen[field]!r} and {column!r} are both mapped to {field}", "mapping")
        seen[field] = column


# --- saved mappings -------------------------------------------------------------------------------

def _mappings_path() -> Path:
    return db.data_dir() / MAPPINGS_FILE


def _load_all() -> dict[str, dict]:
    path = _mappings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise DomainError(f"the saved mappings in {path} cannot be read ({exc}); move the file away") from None
    return data if isinstance(data, dict) else {}


def _save_all(data: dict[str, dict]) -> None:
    path = _mappings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the file and renamed over it, so a crash never leaves half a file.
    fd, tmp = tempfile.mkstemp(prefix=".mappings-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2, sort_keys=True)
    os.replace(tmp, path)


def save_mapping(name: str, kind: str, mapping: dict[str, str]) -> None:
    name = name.strip()
    if not name:
        raise DomainError("is required", "name")
    import_kind(kind)
    data = _load_all()
    data[name] = {"kind": kind, "columns": dict(mapping)}
    _save_all(data)


def load_mapping(name: str, kind: str | None = None) -> dict[str, str]:
    data = _load_all()
    if name not in data:
        known = ", ".join(sorted(data)) or "none saved yet"
        raise DomainError(f"no saved mapping {name!r} (saved: {known})", "mapping")
    saved = data[name]
    if kind is not None and saved.get("kind") != kind:
        raise DomainError(f"mapping {name!r} is for {saved.get('kind')}, not {kind}", "mapping")
    return dict(saved.get("columns", {}))


def mapping_names(kind: str | None = None) -> list[str]:
    return sorted(n for n, v in _load_all().items() if kind is None or v.get("kind") == kind)


def delete_mapping(name: str) -> None:
    data = _load_all()
    if data.pop(name, None) is not None:
        _save_all(data)
