"""Which column of a file goes to which field: guessed from headers and HXL hashtags, saved by name for reuse.

Saved mappings live in one JSON file in the user's data folder (`import-mappings.json`), not in the database:
they are a user's working habit, not office records, and a table would need a migration for little gain.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from workbench import db
from workbench.io.fields import ImportKind, import_kind, normalise
from workbench.services.errors import DomainError

MAPPINGS_FILE = "import-mappings.json"


def _header_words(kind: ImportKind) -> dict[str, str]:
    """Normalised header -> field; a field's own name and label first, so they win over other words."""
    words: dict[str, str] = {}
    for f in kind.fields:
        for word in (normalise(f.name.replace("_", " ")), normalise(f.label)):
            words.setdefault(word, f.name)
    for f in kind.fields:
        for word in f.words:
            words.setdefault(word, f.name)
    return words


def _tag_parts(tag: str) -> tuple[str, frozenset[str]]:
    parts = [p for p in tag.strip().lower().replace(" ", "").split("+") if p]
    return (parts[0] if parts else ""), frozenset(parts[1:])


def _by_hxl(kind: ImportKind, tag: str) -> str | None:
    """The field whose hashtag has the same name and the most attributes, all present on the column's tag."""
    name, attributes = _tag_parts(tag)
    best, best_size = None, -1
    for f in kind.fields:
        if not f.hxl:
            continue
        fname, fattrs = _tag_parts(f.hxl)
        if fname == name and fattrs <= attributes and len(fattrs) > best_size:
            best, best_size = f.name, len(fattrs)
    if kind.name == "locations" and best is None and name.startswith("#adm") and name[4:].isdigit():
        # Admin boundaries tagged by level: #adm2+code is a P-code, #adm2+name a name.
        best = {"code": "pcode", "name": "name"}.get(next(iter(attributes & {"code", "name"}), ""))
    return best


def auto_mapping(kind: str | ImportKind, columns: list[str], hxl_tags: dict[str, str] | None = None
                 ) -> dict[str, str]:
    """Column -> field for the columns recognised; each field is given to at most one column.

    HXL hashtags are the more precise names and are tried first; then headers in English or French, with
    case, accents and punctuation ignored, and KoboToolbox group paths ("household/head_name") cut off.
    """
    kind = import_kind(kind) if isinstance(kind, str) else kind
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for column in columns:
        tag = (hxl_tags or {}).get(column)
        if tag:
            field = _by_hxl(kind, tag)
            if field and field not in taken:
                mapping[column] = field
                taken.add(field)
    words = _header_words(kind)
    for column in columns:
        if column in mapping:
            continue
        text = str(column).rsplit("/", 1)[-1]
        field = words.get(normalise(text))
        if field and field not in taken:
            mapping[column] = field
            taken.add(field)
    return mapping


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
