"""KoboToolbox and ODK Central exports: their meta columns, repeat groups, select-multiple answers, coded choices.

The layouts are the publishers' (checked against their source):
- KoboToolbox (formpack `reporting/export.py`): each repeat group on its own sheet, named after the group and cut by
  `unique_name_for_xls` to Excel's 31 characters (28 + "...", then "... (1)" for a second name cut alike); the main
  sheet is named after the form's title. Every sheet has `_index`; a repeat sheet has `_parent_table_name` (its
  parent's whole, uncut name), `_parent_index` (the parent row's `_index`) and the submission's `_submission_*`
  columns; the main sheet ends with `_id, _uuid, _submission_time, _validation_status, _notes, _status,
  _submitted_by, __version__, _tags, _index`. A select-multiple question gives its answer (space-separated names)
  and, with "both" or "details", one `question/option` column of 1 and 0 per option.
- ODK Central (central-backend `lib/data/briefcase.js`): a zip of `<form>.csv` and one `<form>-<group>-<repeat>.csv`
  per repeat, groups joined by "-"; the main file starts with `SubmissionDate` and ends with `KEY, SubmitterID,
  SubmitterName, AttachmentsPresent, AttachmentsExpected, Status, ReviewState, DeviceID, Edits, FormVersion`; a
  repeat's rows end with `PARENT_KEY, KEY` (`uuid:...`, `uuid:.../members[2]`). Split select-multiples are `q/option`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from workbench.io.fields import normalise

KOBO = "KoboToolbox"
ODK = "ODK Central"

# Columns only a KoboToolbox export has: one of them makes a sheet a Kobo export.
_KOBO_MARKS = {"_uuid", "_submission_time", "_validation_status", "__version__", "_parent_table_name",
               "_submission__id", "_submission__uuid", "_submitted_by"}
_KOBO_META = {"_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
              "__version__", "_version_", "_tags", "_index", "_parent_table_name", "_parent_index", "_xform_id_string",
              "_attachments", "_geolocation", "_media_count", "_total_media", "_media_all_received"}
_ODK_META = {"submissiondate", "key", "parent_key", "submitterid", "submittername", "attachmentspresent",
             "attachmentsexpected", "status", "reviewstate", "deviceid", "edits", "formversion"}
# XLSForm's metadata questions (the device's and the form's, not answers): start, end, today, deviceid...
_FORM_META = {"start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "email",
              "audit", "instanceid", "instancename", "deprecatedid", "rootuuid", "uuid", "starttime", "endtime"}
# Excel's limit, and the characters formpack replaces by "_" in a sheet's name.
SHEET_NAME_LIMIT = 31
_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


def origin(columns: list[str]) -> str | None:
    """KoboToolbox or ODK Central, when the columns are those of one of their exports."""
    names = {str(c).strip() for c in columns}
    if names & _KOBO_MARKS or {"_id", "_index"} <= names or any(n.startswith("_submission__") for n in names):
        return KOBO
    lower = {n.lower() for n in names}
    if "key" in lower and ("submissiondate" in lower or "parent_key" in lower):
        return ODK
    return None


def separator(source: str | None) -> str:
    """The group separator of an export's column names."""
    return "-" if source == ODK else "/"


def last_name(column: str, source: str | None) -> str:
    """A question's own name, without its groups ("household/size", ODK's "household-size")."""
    name = str(column).rsplit("/", 1)[-1]
    return name.rsplit("-", 1)[-1] if source == ODK else name


def meta_columns(columns: list[str], source: str | None) -> list[str]:
    """The columns the export adds about a submission (its ids, times, status, review, the device): never a record's
    field, whatever their name says (`_status` is "submitted_via_web", `start` the interview's start)."""
    if source is None:
        return []
    found = []
    for column in columns:
        name = str(column).strip()
        low = name.lower()
        question = last_name(name, source).lower()
        if source == KOBO:
            meta = low in _KOBO_META or low.startswith("_submission_") or low.startswith(("meta/", "formhub/")) \
                or question in _FORM_META
        else:
            meta = low in _ODK_META or low.startswith("meta-") or question in _FORM_META
        if meta:
            found.append(column)
    return found


# --- select-multiple answers -------------------------------------------------------------------------------------

def _zero_one(values: pd.Series) -> bool:
    for v in pd.unique(values.to_numpy(dtype=object)):
        if v is None or (isinstance(v, float) and v != v) or (isinstance(v, str) and not v.strip()):
            continue
        if str(v).strip() not in ("0", "1", "0.0", "1.0") and v not in (0, 1):
            return False
    return True


def _is_one(v) -> bool:
    return v is not None and not (isinstance(v, float) and v != v) and str(v).strip() in ("1", "1.0")


def split_choices(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[str], list[str]]:
    """Select-multiple questions exported as one column of 1/0 per option (`vuln/female_headed`): the option columns
    (never mapped to a field), and the answer as the question's own column of space-separated names, made from the
    options when the export left it out ("details" only). Returns the frame, the option columns and notes."""
    columns = [str(c) for c in frame.columns]
    under: dict[str, list[str]] = {}
    for column in columns:
        if "/" in column:
            under.setdefault(column.rsplit("/", 1)[0], []).append(column)
    options, notes = [], []
    for question, cols in under.items():
        if not all(_zero_one(frame[c]) for c in cols):
            continue
        deeper = any(c.startswith(question + "/") and c not in cols for c in columns)
        if question in columns:
            options += cols
        elif len(cols) >= 2 and not deeper:
            names = [c.rsplit("/", 1)[1] for c in cols]
            flags = [frame[c].map(_is_one) for c in cols]
            frame = frame.assign(**{question: [" ".join(n for n, f in zip(names, row) if f) or None
                                               for row in zip(*flags)]})
            options += cols
            notes.append(f"{question}: read from its option columns {', '.join(cols)}")
    return frame, options, notes


# --- the form's choices ------------------------------------------------------------------------------------------

def read_form(path: str | Path) -> dict[str, dict[str, str]]:
    """An XLSForm's select questions: question name -> {choice name: label} (the first label column)."""
    from python_calamine import CalamineError, CalamineWorkbook

    from workbench.io.reading import ImportFileError

    path = Path(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError):
        raise ImportFileError(f"{path.name} is not a readable XLSForm (an Excel file with sheets survey and "
                              "choices)") from None
    try:
        sheets = {n.lower(): n for n in workbook.sheet_names}
        if "survey" not in sheets or "choices" not in sheets:
            raise ImportFileError(f"{path.name} is not an XLSForm: it has no sheets survey and choices")
        survey = workbook.get_sheet_by_name(sheets["survey"]).to_python()
        choices = workbook.get_sheet_by_name(sheets["choices"]).to_python()
    finally:
        workbook.close()

    def header(rows) -> dict[str, int]:
        return {str(v).strip().lower(): i for i, v in enumerate(rows[0])} if rows else {}

    def text(row, i) -> str:
        if i is None or i >= len(row) or row[i] is None:
            return ""
        v = row[i]
        return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v).strip()

    sh, ch = header(survey), header(choices)
    label = next((i for name, i in ch.items() if name == "label" or name.startswith("label:")), None)
    lists: dict[str, dict[str, str]] = {}
    for row in choices[1:]:
        listed, name = text(row, ch.get("list_name")), text(row, ch.get("name"))
        if listed and name:
            lists.setdefault(listed, {})[name] = text(row, label) or name
    questions = {}
    for row in survey[1:]:
        kind = text(row, sh.get("type")).split()
        if len(kind) == 2 and kind[0] in ("select_one", "select_multiple") and kind[1] in lists:
            questions[text(row, sh.get("name"))] = lists[kind[1]]
    return questions


def coded(values: pd.Series) -> list[str]:
    """The distinct codes when every answer of a column is a number (1, 2): a choice typed by its code."""
    found = []
    for v in pd.unique(values.to_numpy(dtype=object)):
        if v is None or (isinstance(v, float) and v != v) or (isinstance(v, str) and not v.strip()):
            continue
        t = str(int(v)) if isinstance(v, float) and v.is_integer() else str(v).strip()
        if not all(part.isdigit() for part in t.split()):
            return []
        found.append(t)
    return sorted(set(found), key=lambda t: (len(t), t))


def apply_form(frame: pd.DataFrame, form: dict[str, dict[str, str]], source: str | None
               ) -> tuple[pd.DataFrame, list[str]]:
    """Answers typed by a numeric code (1, 2) written as their choice's label, by the form's choices."""
    notes = []
    for column in list(frame.columns):
        choices = form.get(last_name(str(column), source))
        if not choices or not all(c.isdigit() for c in choices) or not coded(frame[column]):
            continue

        def label(v, choices=choices):
            if v is None or (isinstance(v, float) and v != v):
                return v
            t = str(int(v)) if isinstance(v, float) and v.is_integer() else str(v).strip()
            return ", ".join(choices.get(part, part) for part in t.split()) if t else v

        frame[column] = frame[column].map(label).astype(object)
        notes.append(f"{column}: codes read by the form's choices ("
                     + ", ".join(f"{k} = {v}" for k, v in choices.items()) + ")")
    return frame, notes


# --- rosters: members counted by sex and age group -----------------------------------------------------------------

_SEX = {"sex", "sexe", "gender", "genre"}
_AGE = {"age", "ages"}
_NOT_AGE = {"group", "groupe", "range", "tranche", "category", "categorie", "cat", "class", "classe", "band"}


def _tokens(column: str, source: str | None) -> set[str]:
    return set(normalise(last_name(column, source).replace("_", " ")).split())


def roster_columns(child: pd.DataFrame, source: str | None, skip: set[str], sex_words: dict[str, str]
                   ) -> tuple[str | None, str | None, str]:
    """The questions of a repeat group that hold a member's sex and age, found by what their names and answers say
    (`sexe_membre`, `member/gender`, `age_years`), not only when named exactly sex and age; and why not, when not."""
    usable = [c for c in child.columns if c not in skip]

    def is_sex(c) -> bool:
        values = child[c].dropna().map(lambda v: normalise(v)).loc[lambda s: s != ""]
        return not values.empty and values.map(lambda v: sex_words.get(v, v)).isin(("female", "male")).all()

    def is_age(c) -> bool:
        values = child[c].dropna()
        values = values[values.map(lambda v: not (isinstance(v, str) and not v.strip()))]
        numbers = pd.to_numeric(values, errors="coerce")
        return not values.empty and numbers.notna().all() and numbers.between(0, 130).all()

    sexes = [c for c in usable if _tokens(c, source) & _SEX]
    ages = [c for c in usable if _tokens(c, source) & _AGE and not _tokens(c, source) & _NOT_AGE]
    if not sexes and not ages:
        return None, None, "no question of sex and age"
    if not sexes or not ages:
        found, missing = (sexes, "sex") if sexes else (ages, "age")
        return None, None, f"it has {', '.join(found)} but no question of {'age' if missing == 'sex' else 'sex'}"
    if len(sexes) > 1:
        sexes = [c for c in sexes if is_sex(c)] or sexes
    if len(ages) > 1:
        ages = [c for c in ages if is_age(c)] or ages
    if len(sexes) > 1 or len(ages) > 1:
        several = sexes if len(sexes) > 1 else ages
        return None, None, f"several questions could be the {'sex' if len(sexes) > 1 else 'age'}: " + \
            ", ".join(several)
    return sexes[0], ages[0], ""


AGE_GROUPS = (("girls", True, 0, 17), ("boys", False, 0, 17), ("women", True, 18, 59), ("men", False, 18, 59),
              ("older_women", True, 60, 200), ("older_men", False, 60, 200))
COUNT_HEADERS = ("Girls (0-17)", "Boys (0-17)", "Women (18-59)", "Men (18-59)", "Older women (60+)",
                 "Older men (60+)")


def sex_age_counts(child: pd.DataFrame, sex: str, age: str, owner: pd.Series, sex_words: dict[str, str]
                   ) -> pd.DataFrame:
    """Members counted by sex and age group per owner (the main row each member belongs to)."""
    sexes = child[sex].map(lambda v: sex_words.get(normalise(v), normalise(v)))
    ages = pd.to_numeric(child[age], errors="coerce")
    group = pd.Series(None, index=child.index, dtype=object)
    for name, female, low, high in AGE_GROUPS:
        group[(sexes == ("female" if female else "male")) & ages.between(low, high)] = name
    known = group.notna() & owner.notna()
    counts = pd.crosstab(owner[known], group[known])
    for name, *_ in AGE_GROUPS:
        if name not in counts.columns:
            counts[name] = 0
    counts = counts[[name for name, *_ in AGE_GROUPS]]
    counts.columns = list(COUNT_HEADERS)
    return counts


# --- repeat sheets --------------------------------------------------------------------------------------------------

def could_be_cut(sheet: str, section: str) -> bool:
    """Whether KoboToolbox would name the sheet of a section (a form's title, a repeat group) `sheet`."""
    whole = section.translate(_FORBIDDEN)
    if sheet == whole:
        return True
    cut = re.fullmatch(r"(.*)\.\.\.(?: \(\d+\))?", sheet)
    return bool(cut) and len(whole) > SHEET_NAME_LIMIT and whole.startswith(cut.group(1))


def parent_sheet(path: Path, sheet: str, wanted: str, names: list[str]) -> str:
    """The sheet a repeat sheet's `_parent_table_name` names; refused when no sheet, or more than one, can be it."""
    from workbench.io.reading import ImportFileError

    exact = [n for n in names if n == wanted]
    if exact:
        return exact[0]
    candidates = [n for n in names if n != sheet and could_be_cut(n, wanted)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise ImportFileError(f"{path.name}: the rows of sheet {sheet!r} belong to the table {wanted!r}, and no sheet "
                              "is that table; export the form again with every repeat group")
    raise ImportFileError(
        f"{path.name}: the rows of sheet {sheet!r} belong to the table {wanted!r}, whose name KoboToolbox cut to 31 "
        f"characters, and sheets {' and '.join(repr(c) for c in candidates)} could both be it; export again with "
        "shorter repeat group names (or as XML headers), so each sheet is named whole")


def index_key(value) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None
