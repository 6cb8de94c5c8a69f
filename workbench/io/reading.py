"""Reading a spreadsheet for import: Excel (.xlsx, .xls), CSV in any common encoding, KoboToolbox exports.

A file that cannot be read safely is refused with one `ImportFileError` saying why, before anything is
written: empty files, damaged files, a zip bomb disguised as .xlsx, a sheet cut off at Excel's last row,
merged cells, formulas never calculated, NUL bytes in a text file.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from workbench.io import surveys
from workbench.io.collection import bulk
from workbench.io.fields import normalise

EXCEL_MAX_ROWS = 1_048_576
# An .xlsx of a million full rows holds about 600 MB of XML; more than this is not a spreadsheet staff made.
MAX_UNCOMPRESSED = 2 * 1024**3
# Real sheet XML compresses 5 to 30 times; a zip bomb compresses hundreds or thousands of times.
MAX_RATIO = 200
RATIO_CHECKED_ABOVE = 20 * 1024**2
# A column's HXL hashtag with its attributes, as libhxl (HXL's reference library) tests one in
# hxl.model.Column.PATTERN: '#affected+f+children', also written '#affected +f +children'; each name a letter,
# then letters, digits or '_' (HXL 1.1, "Hashtags" and "Attributes"). libhxl itself is not needed for this one test.
_HXL_TOKEN = r"[A-Za-z][_0-9A-Za-z]*"
HXL_HASHTAG = re.compile(rf"^\s*#{_HXL_TOKEN}(?:\s*\+{_HXL_TOKEN})*\s*$")


# A sheet named by its admin level, as OCHA's COD-AB tabular workbooks name them: ADM2, irq_adm2, Admin2.
LEVEL_SHEET = re.compile(r"(?:^|[^a-z])adm(?:in)?[ _-]?(\d)$", re.I)
# An OCHA column of one level: ADM2_PCODE, ADM2_EN, ADM2ALT1EN.
_LEVEL_COLUMN = re.compile(r"(adm)(\d)(_?)(.+)", re.I)
# The rows of a workbook read whole are labelled by the sheet's place times this plus the row number Excel shows.
ROWS_PER_SHEET = 10_000_000


class ImportFileError(Exception):
    """A file the import cannot read; the message says why and what to do, in one line."""


@dataclass
class Table:
    """A sheet as read: the cells as text or Excel values, indexed by the row number the user sees."""

    frame: pd.DataFrame
    source: str                       # the file's name, recorded in the audit log
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None       # CSV only
    separator: str | None = None      # CSV only
    hxl: dict[str, str] = field(default_factory=dict)   # column -> HXL hashtag, when the file has that row
    repeat_groups: list[str] = field(default_factory=list)  # Kobo repeat sheets joined to this one
    header_row: int = 1
    row_sheets: list[str] = field(default_factory=list)  # a workbook read whole: the sheet of each ROWS_PER_SHEET
    origin: str | None = None         # KoboToolbox or ODK Central, for their exports (surveys.py)
    meta: list[str] = field(default_factory=list)   # columns about the submission, never mapped to a field
    notes: list[str] = field(default_factory=list)  # what reading did that the user should know (which columns...)
    roster: tuple[str, str, str] | None = None      # (repeat group, sex column, age column) its members were counted by

    @property
    def columns(self) -> list[str]:
        return list(self.frame.columns)

    def place(self, label: int) -> tuple[str | None, int]:
        """The sheet (when the table is several sheets) and the row number Excel shows, of a row's label."""
        if not self.row_sheets:
            return None, int(label)
        return self.row_sheets[int(label) // ROWS_PER_SHEET], int(label) % ROWS_PER_SHEET

    def row_words(self, label: int) -> str:
        """'row 5', or 'row 5 of sheet ADM2' in a workbook read whole."""
        sheet, row = self.place(label)
        return f"row {row}" if sheet is None else f"row {row} of sheet {sheet}"

    def preview(self, rows: int = 10) -> list[list[str]]:
        """The first rows as the user would read them, for the mapping step of the wizard."""
        from workbench.io.parsing import cell_text

        head = self.frame.head(rows)
        return [[cell_text(v) or "" for v in row] for row in head.itertuples(index=False)]


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or (isinstance(value, str) and not value.strip())


@bulk
def read_table(path: str | Path, sheet: str | None = None, levels: bool = False,
               form: str | Path | None = None) -> Table:
    """Read the first sheet (or `sheet`) of an Excel file, or a CSV file, for import.

    `form`: the XLSForm of a KoboToolbox or ODK export, whose choices say what answers typed as codes (1, 2) mean.

    With `levels` (an import of locations) and no sheet named, a workbook whose sheets are named by admin level
    (OCHA's COD-AB: ADM0, ADM1, ADM2...) is read whole, as one table (see read_levels)."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise ImportFileError(f"there is no file {path}") from None
    except OSError as exc:
        raise ImportFileError(f"cannot open {path.name}: {exc.strerror or exc}") from None
    if not head:
        raise ImportFileError(f"{path.name} is empty")
    choices = surveys.read_form(form) if form is not None else None
    if head.startswith(b"PK\x03\x04"):
        if levels and sheet is None and (named := level_sheets(path)):
            return read_levels(path, named)
        if _csv_archive(path):
            return _read_csv_archive(path, sheet, choices)
        return _read_xlsx(path, sheet, choices)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return _read_excel(path, sheet, kind="xls", choices=choices)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        raise ImportFileError(f"{path.name} is not an Excel file (it is damaged, or another kind of file renamed)")
    if sheet:
        raise ImportFileError(f"{path.name} is a CSV file: it has no sheets")
    return _read_csv(path, choices)


# --- Excel --------------------------------------------------------------------------------------

def _read_xlsx(path: Path, sheet: str | None, choices: dict | None = None) -> Table:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise ImportFileError(f"{path.name} is not a readable Excel file (the file is damaged)") from None
    with archive:
        _refuse_zip_bomb(path, archive)

        def formulas(name: str) -> None:
            part = _sheet_part(archive, name)
            if part is not None:
                _refuse_uncalculated_formulas(path, archive, part, name)

        return _read_excel(path, sheet, kind="xlsx", alongside=formulas, choices=choices)


def level_sheets(path: Path) -> list[str]:
    """The sheets named by an admin level (ADM0, irq_adm1, Admin2), by level, or none."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError):
        return []  # read_table says what is wrong with the file
    try:
        names = [s.name for s in workbook.sheets_metadata if str(s.visible).endswith("Visible")]
    finally:
        workbook.close()
    found = [(int(m.group(1)), i, name) for i, name in enumerate(names) if (m := LEVEL_SHEET.search(name.strip()))]
    return [name for _, _, name in sorted(found)]


def read_levels(path: Path, sheets: list[str]) -> Table:
    """A COD-AB workbook as one table of every level: the level from each sheet's name (column 'Admin level'), the
    columns of the sheet's own level without their number (ADM2_EN, ADM1_EN: ADMn_EN; ADM2_PCODE: ADMn_PCODE), the
    level above's P-code as the parent (ADM1_PCODE in sheet ADM2: ADMn-1_PCODE); the other levels' names and codes,
    which only describe the parent, are left out. Each sheet is read and checked as read_table reads one."""
    frames = []
    for place, name in enumerate(sheets):
        level = int(LEVEL_SHEET.search(name.strip()).group(1))
        frame = _read_xlsx(path, name).frame
        renamed = {c: _level_column(str(c), level) for c in frame.columns}
        frame = frame[[c for c, new in renamed.items() if new is not None]]
        frame.columns = [renamed[c] for c in frame.columns]
        frame = frame.assign(**{"Admin level": level})
        frame.index = frame.index + place * ROWS_PER_SHEET
        frames.append(frame)
    combined = pd.concat(frames, axis=0, sort=False).astype(object)
    combined = combined.where(combined.notna(), None)
    return Table(frame=combined, source=path.name, sheets=list(sheets), row_sheets=list(sheets))


def _level_column(column: str, level: int) -> str | None:
    match = _LEVEL_COLUMN.fullmatch(column.strip())
    if match is None:
        return column                                   # date, validOn, validTo
    prefix, n, separator, rest = match.groups()
    if int(n) == level:
        return f"{prefix}n{separator}{rest}"
    if int(n) == level - 1 and rest.lower() == "pcode":
        return f"{prefix}n-1{separator}{rest}"
    return None


def _refuse_zip_bomb(path: Path, archive: zipfile.ZipFile) -> None:
    """Judge by the sizes in the zip's directory, before inflating anything."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNCOMPRESSED or (info.file_size > RATIO_CHECKED_ABOVE and ratio > MAX_RATIO):
            raise ImportFileError(
                f"{path.name} would expand to {total / 1024**3:.1f} GB or more when opened "
                f"({info.filename} is compressed {ratio:,.0f} times); it is not a normal spreadsheet and was not read")


def _sheet_part(archive: zipfile.ZipFile, sheet: str | None) -> str | None:
    """The zip member holding a sheet's XML, from the workbook and its relationships."""
    try:
        workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except KeyError:
        return None
    targets = dict(re.findall(r'<Relationship[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels))
    targets |= {k: v for v, k in re.findall(r'<Relationship[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)}
    for tag in re.findall(r"<sheet\b[^>]*>", workbook):
        name = re.search(r'name="([^"]*)"', tag)
        rid = re.search(r'r:id="([^"]*)"', tag) or re.search(r'\bid="([^"]*)"', tag)
        if name and rid and _xml_unescape(name.group(1)) == sheet and rid.group(1) in targets:
            target = targets[rid.group(1)].lstrip("/")
            return target if target.startswith("xl/") else f"xl/{target}"
    return None


def _xml_unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def _refuse_uncalculated_formulas(path: Path, archive: zipfile.ZipFile, part: str, sheet: str | None) -> None:
    """A formula Excel calculated is read as its value; one never calculated has no value to import."""
    try:
        member = archive.open(part)
    except KeyError:
        return
    tail = b""
    with member:
        while chunk := member.read(4 * 1024**2):
            data = tail + chunk
            if b"<f" in data:
                for cell in re.finditer(rb"<c\b([^>]*)>(.*?)</c>", data, re.S):
                    inner = cell.group(2)
                    if re.search(rb"<f[ >/]", inner) and not re.search(rb"<v>[^<]+</v>", inner):
                        ref = re.search(rb'r="([A-Z]+[0-9]+)"', cell.group(1))
                        where = f"cell {ref.group(1).decode()}" if ref else "a cell"
                        raise ImportFileError(
                            f"{where} of sheet {sheet!r} holds a formula that was never calculated; open "
                            f"{path.name} in Excel, save it, and import it again")
            tail = data[-4096:]


def _read_excel(path: Path, sheet: str | None, kind: str, alongside: Callable[[str], None] | None = None,
                choices: dict | None = None) -> Table:
    """Read a sheet with calamine; `alongside(sheet)`, a check of the file that may raise ImportFileError, runs
    in a second thread meanwhile (calamine and zlib let go of Python's lock, so it costs no time on two cores)."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise ImportFileError(f"{path.name} is not a readable Excel file ({_first_line(exc)})") from None
    try:
        visible = [s.name for s in workbook.sheets_metadata
                   if str(s.visible).endswith("Visible") and str(s.typ).endswith("WorkSheet")]
        names = visible or list(workbook.sheet_names)
        if not names:
            raise ImportFileError(f"{path.name} has no sheet")
        if sheet is None:
            sheet = names[0]
        elif sheet not in workbook.sheet_names:
            raise ImportFileError(f"{path.name} has no sheet {sheet!r}; its sheets are: {', '.join(names)}")
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="check-file") if alongside else nullcontext()
        with pool:
            # Leaving the block waits for the check: it never outlives the open file, whatever happens here.
            checked = pool.submit(alongside, sheet) if alongside is not None else None
            frame = _sheet_frame(path, workbook, sheet)
            table = Table(frame=frame, source=path.name, sheet=sheet, sheets=names)
            if choices:
                table.frame, notes = surveys.apply_form(frame, choices, surveys.origin(list(frame.columns)))
                table.notes += notes
            _join_kobo_repeats(path, workbook, table, names, choices)
            if checked is not None:
                checked.result()
    except CalamineError as exc:
        raise ImportFileError(f"{path.name}: sheet {sheet!r} cannot be read ({_first_line(exc)})") from None
    finally:
        workbook.close()
    return _finish(table, path)


def _sheet_frame(path: Path, workbook, sheet: str) -> pd.DataFrame:
    data = workbook.get_sheet_by_name(sheet)
    if data.total_height >= EXCEL_MAX_ROWS or data.height >= EXCEL_MAX_ROWS:
        raise ImportFileError(
            f"sheet {sheet!r} of {path.name} fills all {EXCEL_MAX_ROWS:,} rows Excel allows: rows were probably "
            "cut off when it was saved; import the original CSV file, or split it into several sheets")
    merged = [((a, b), (c, d)) for (a, b), (c, d) in (data.merged_cell_ranges or [])]
    if merged:
        cells = ", ".join(f"{cell_value(a, b)}:{cell_value(c, d)}" for (a, b), (c, d) in merged[:5])
        raise ImportFileError(
            f"sheet {sheet!r} of {path.name} has merged cells ({cells}); unmerge them and fill in every row, "
            "then import it again")
    rows = data.to_python(skip_empty_area=False)
    found = _header_at(rows)
    if found is None:
        raise ImportFileError(f"sheet {sheet!r} of {path.name} is empty")
    header_at, header = found
    body = rows[header_at + 1:]
    try:
        # A rectangle of cells (calamine pads every row to the sheet's width): one copy into a NumPy array.
        cells = np.array(body, dtype=object) if body else None
    except ValueError:
        cells = None
    if cells is not None and cells.ndim == 2 and cells.shape[1] == len(header):
        frame = pd.DataFrame(cells, columns=_headers(header), dtype=object, copy=False)
    else:
        frame = pd.DataFrame(body, columns=_headers(header), dtype=object)
    # Row numbers as Excel shows them: the header's row is header_at + 1.
    frame.index = pd.RangeIndex(header_at + 2, header_at + 2 + len(body))
    frame.attrs["header_row"] = header_at + 1
    return frame


def cell_value(row: int, col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


def _headers(values) -> list[str]:
    """Header texts, with a name for blank headers and a number for repeated ones."""
    names: list[str] = []
    for i, value in enumerate(values):
        if _blank(value):
            text = f"Column {cell_value(0, i)[:-1]}"
        elif isinstance(value, float) and value.is_integer():
            text = str(int(value))
        else:
            text = str(value).strip()
        base, n = text, 2
        while text in names:
            text = f"{base} ({n})"
            n += 1
        names.append(text)
    return names


def _join_kobo_repeats(path: Path, workbook, table: Table, names: list[str],
                       form: dict[str, dict[str, str]] | None) -> None:
    """KoboToolbox puts each repeat group on its own sheet, its rows tied to their parent's by _parent_table_name and
    _parent_index (surveys.py). A parent no sheet, or two sheets, can be is refused: never joined to the wrong rows."""
    if surveys.origin(list(table.frame.columns)) != surveys.KOBO:
        return
    frames = {table.sheet: table.frame}

    def read(name: str) -> pd.DataFrame:
        if name not in frames:
            child = _sheet_frame(path, workbook, name)
            frames[name] = surveys.apply_form(child, form, surveys.KOBO)[0] if form else child
        return frames[name]

    parents: dict[str, str | None] = {}

    def parent_of(name: str) -> str | None:
        if name not in parents:
            f = read(name)
            table_name, index = _column(f, "_parent_table_name"), _column(f, "_parent_index")
            wanted = {str(v).strip() for v in f[table_name] if not _blank(v)} if table_name is not None else set()
            if index is None or not wanted:
                parents[name] = None
            elif len(wanted) > 1:
                raise ImportFileError(f"{path.name}: the rows of sheet {name!r} name several parent tables "
                                      f"({', '.join(sorted(wanted))}); a repeat sheet has one")
            else:
                parents[name] = surveys.parent_sheet(path, name, wanted.pop(), names)
        return parents[name]

    _join_repeats(path, table, names, read, parent_of, "_index", "_parent_index", surveys.KOBO)


def _column(frame: pd.DataFrame, name: str):
    return next((c for c in frame.columns if str(c).strip().lower() == name.lower()), None)


def _join_repeats(path: Path, table: Table, names: list[str], read, parent_of, own: str, above: str,
                  source: str) -> None:
    """A survey's repeat groups, each a sheet (or CSV file) whose rows name their parent row (`above` holds the
    parent's `own` key). A repeat group imported brings each row the columns of its parent and of the parent's parents
    up to the main sheet; the main sheet of a household survey counts the members of a roster, at any depth, by sex
    and age group, and says which questions it counted."""

    def rows_in(name: str, ancestor: str) -> pd.Series | None:
        """For each row of sheet `name`, the label of the row of `ancestor` it belongs to (NaN: none)."""
        f = read(name)
        keys = f[_column(f, above)].map(surveys.index_key)
        current = name
        for _ in names:
            upper = parent_of(current)
            if upper is None:
                return None
            af = read(upper)
            key = _column(af, own)
            if key is None:
                return None
            lookup = pd.Series(af.index, index=af[key].map(surveys.index_key).to_numpy())
            lookup = lookup[~lookup.index.duplicated()]
            labels = keys.map(lookup)
            if upper == ancestor:
                return labels
            upper_key = _column(af, above)
            if upper_key is None:
                return None
            keys = labels.map(af[upper_key].map(surveys.index_key))
            current = upper
        return None

    if parent_of(table.sheet) is not None:
        chain, current = [], table.sheet
        while (upper := parent_of(current)) is not None and upper not in chain and len(chain) < len(names):
            chain.append(upper)
            current = upper
        for upper in chain:
            labels = rows_in(table.sheet, upper)
            af = read(upper)
            extra = [c for c in af.columns if c not in table.frame.columns]
            joined = af[extra].reindex(labels.to_numpy())
            joined.index = table.frame.index
            table.frame = pd.concat([table.frame, joined], axis=1)
        table.repeat_groups = chain
        table.notes.append(f"{table.sheet!r} is a repeat group: each row has the columns of "
                           + ", then ".join(repr(c) for c in chain))
        return
    if _column(table.frame, own) is None:
        return
    from workbench.io.fields import import_kind, value_words

    words = value_words(import_kind("households"), "head_sex")
    counted = False
    for name in names:
        if name == table.sheet:
            continue
        child = read(name)
        skip = set(surveys.meta_columns(list(child.columns), source))
        sex, age, why = surveys.roster_columns(child, source, skip, words)
        # Only a roster's place is looked up: a repeat group of other questions, whatever its name, is no bar.
        if why == "no question of sex and age" or not _under(name, table.sheet, parent_of, names):
            continue
        if sex is None:
            table.notes.append(f"The members of repeat group {name!r} are not counted: {why}")
            continue
        if counted:
            table.notes.append(f"The members of repeat group {name!r} are not counted: those of an earlier "
                               "repeat group are")
            continue
        if codes := surveys.coded(child[sex]):
            raise ImportFileError(
                f"{path.name}: the sex of the members in {name!r} ({sex}) is typed by codes "
                f"({', '.join(codes)}); give the form's XLSForm (--form) so the codes are read by its choices, or "
                "export with labels")
        counts = surveys.sex_age_counts(child, sex, age, rows_in(name, table.sheet), words)
        for header in counts.columns:
            if normalise(header) not in {normalise(c) for c in table.frame.columns}:
                table.frame[header] = pd.Series(table.frame.index, index=table.frame.index).map(
                    counts[header]).fillna(0).astype(int).astype(object)
        table.repeat_groups.append(name)
        table.roster = (name, sex, age)
        table.notes.append(f"Members of repeat group {name!r} counted by sex ({sex}) and age ({age})")
        counted = True


def _under(name: str, root: str, parent_of, names: list[str]) -> bool:
    current = name
    for _ in names:
        current = parent_of(current)
        if current is None:
            return False
        if current == root:
            return True
    return False


# --- CSV ----------------------------------------------------------------------------------------

def _read_csv(path: Path, choices: dict | None = None) -> Table:
    raw = path.read_bytes()
    encoding, text = _decode(path, raw)
    if not text.strip():
        raise ImportFileError(f"{path.name} is empty")
    return _csv_table(path, path.name, text, encoding, choices)


def _csv_table(path: Path, name: str, text: str, encoding: str, choices: dict | None) -> Table:
    """A CSV text as a table: its header row found as in a sheet (a title row above it is passed over), its cells
    read by pandas; a row longer than the header is refused with its row number."""
    separator = _separator(text)
    records = list(itertools.islice(csv.reader(io.StringIO(text), delimiter=separator), 60))
    found = _header_at(records)
    if found is None:
        raise ImportFileError(f"{name} is empty")
    at, header = found
    width = len(header)
    try:
        # pandas counts the header's line among the lines not blank; its own names are replaced by ours below.
        frame = pd.read_csv(io.StringIO(text), sep=separator, dtype=str, keep_default_na=False,
                            header=sum(1 for r in records[:at] if r), skip_blank_lines=True, engine="c")
    except pd.errors.ParserError:
        frame = None
    except ValueError as exc:
        raise ImportFileError(f"{name} is not a readable CSV file ({_first_line(exc)})") from None
    if frame is None or frame.shape[1] != width or not isinstance(frame.index, pd.RangeIndex):
        # A row longer than the header: pandas refuses it, or (the first row) takes its extra cells for an index.
        frame = _longer_rows(name, text, separator, at, width)
    frame.columns = _headers(header)
    frame = frame.astype(object)
    frame.index = pd.RangeIndex(at + 2, at + 2 + len(frame))
    frame.attrs["header_row"] = at + 1
    table = Table(frame=frame, source=name, encoding=encoding, separator=separator)
    if choices:
        table.frame, table.notes = surveys.apply_form(frame, choices, surveys.origin(list(frame.columns)))
    return _finish(table, path)


def _header_at(rows: list[list]) -> tuple[int, list] | None:
    """The header row among a sheet's first rows, and its cells: the first row with two cells filled (a title above
    it has one); when a row of HXL hashtags comes a few rows below it, the row right above the hashtags, its blank
    cells taken from the rows above (a second header row under a group's name: "IDPs" over "Households")."""
    filled = [sum(not _blank(v) for v in row) for row in rows[:50]]
    at = next((i for i, n in enumerate(filled) if n >= 2), None)
    if at is None:
        at = next((i for i, n in enumerate(filled) if n), None)
        return None if at is None else (at, rows[at])
    for k in range(at + 2, min(at + 5, len(rows))):
        cells = [str(v).strip() for v in rows[k] if not _blank(v)]
        if len(cells) >= 2 and all(HXL_HASHTAG.match(c) for c in cells):
            header = list(rows[k - 1])
            for above in reversed(rows[at:k - 1]):
                header = [v if not _blank(v) else (above[j] if j < len(above) else v) for j, v in enumerate(header)]
            return k - 1, header
    return at, rows[at]


def _longer_rows(name: str, text: str, separator: str, at: int, width: int) -> pd.DataFrame:
    """The rows of a CSV file when some have more cells than its header: empty cells past the header are dropped (a
    spreadsheet's trailing separators); a row with a value there is refused, naming its row."""
    rows = []
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=separator), start=1):
        if number <= at + 1 or not any(cell.strip() for cell in row):
            continue
        if len(row) > width:
            if any(cell.strip() for cell in row[width:]):
                raise ImportFileError(
                    f"row {number} of {name} has {len(row)} cells but its header row (row {at + 1}) names {width} "
                    "columns; remove the extra cells or add their header, then import it again")
            row = row[:width]
        rows.append(row + [""] * (width - len(row)))
    return pd.DataFrame(rows, columns=list(range(width)), dtype=object)


def _csv_archive(path: Path) -> bool:
    """A zip of CSV files (ODK Central's export of a form and its repeats), not an Excel workbook."""
    try:
        with zipfile.ZipFile(path) as archive:
            files = [n for n in archive.namelist() if not n.endswith("/")]
    except (zipfile.BadZipFile, OSError):
        return False
    return bool(files) and all(n.lower().endswith(".csv") for n in files)


def _read_csv_archive(path: Path, sheet: str | None, choices: dict | None) -> Table:
    """ODK Central's zip: the form's CSV file and one per repeat group (their rows' PARENT_KEY is a KEY of the file
    above). Each file is offered as a sheet; the form's own file comes first and is read unless another is named."""
    with zipfile.ZipFile(path) as archive:
        _refuse_zip_bomb(path, archive)
        texts = {}
        for member in archive.namelist():
            if member.endswith("/"):
                continue
            encoding, text = _decode(Path(member), archive.read(member))
            texts[Path(member).stem] = (member, encoding, text)
    heads = {name: next(csv.reader(io.StringIO(text)), []) for name, (_, _, text) in texts.items()}
    names = sorted(texts, key=lambda n: ("PARENT_KEY" in heads[n], len(n), n))
    if sheet is None:
        sheet = names[0]
    elif sheet not in texts:
        raise ImportFileError(f"{path.name} has no file {sheet}.csv; its files are: "
                              f"{', '.join(f'{n}.csv' for n in names)}")
    frames: dict[str, pd.DataFrame] = {}
    inner: dict[str, Table] = {}

    def read(name: str) -> pd.DataFrame:
        if name not in frames:
            member, encoding, text = texts[name]
            try:
                inner[name] = _csv_table(path, f"{path.name}/{member}", text, encoding, choices)
                frames[name] = inner[name].frame
            except ImportFileError:
                if name == sheet:
                    raise
                frames[name] = pd.DataFrame(columns=heads[name], dtype=object)  # a repeat nobody answered
        return frames[name]

    parents: dict[str, str | None] = {}

    def parent_of(name: str) -> str | None:
        if name not in parents:
            f = read(name)
            column = _column(f, "PARENT_KEY")
            first = next((str(v).strip() for v in f[column] if not _blank(v)), None) if column is not None else None
            if first is None:
                parents[name] = None
            else:
                holders = [n for n in names if n != name and _column(read(n), "KEY") is not None
                           and first in set(read(n)[_column(read(n), "KEY")].map(surveys.index_key))]
                if len(holders) != 1:
                    raise ImportFileError(f"{path.name}: the rows of {name}.csv belong to {first!r}, which no other "
                                          "file of the archive holds; export the form again with its repeats")
                parents[name] = holders[0]
        return parents[name]

    read(sheet)
    table = inner[sheet]
    table.source, table.sheet, table.sheets = path.name, sheet, names
    _join_repeats(path, table, names, read, parent_of, "KEY", "PARENT_KEY", surveys.ODK)
    # The columns a repeat's rows took from the files above include those files' own meta columns.
    table.meta = list(dict.fromkeys(table.meta + surveys.meta_columns(list(table.frame.columns), table.origin)))
    return table


# A character of two to four bytes as UTF-8 writes it (RFC 3629). Windows-1252 text almost never holds one by
# chance ('é' is one byte there, followed by a letter): a file that has some is UTF-8, whatever its other lines.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                             rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                             rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")


def _bad_line(raw: bytes, exc: UnicodeDecodeError, encoding: str) -> int:
    """The line (as a text editor numbers them) where `raw` stops being text of `encoding`."""
    return raw[:exc.start].decode(encoding, errors="replace").count("\n") + 1


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    """The file's encoding and text. A file that is not wholly text of the encoding it is in is refused with its
    first bad line: read in another encoding, every name in it would be misread ('DÃ©sirÃ©'), or lost."""
    for bom, encoding, label in ((b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"), (b"\xff\xfe", "utf-16", "UTF-16"),
                                 (b"\xfe\xff", "utf-16", "UTF-16")):
        if raw.startswith(bom):
            try:
                return encoding, raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ImportFileError(f"line {_bad_line(raw, exc, encoding)} of {path.name} is damaged: the file "
                                      f"says it is {label} text, but that line is not") from None
    sample = raw[:4096]
    if sample.count(b"\x00") > len(sample) // 4:  # UTF-16 without a byte order mark
        encoding = "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
        try:
            return encoding, raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        raise ImportFileError(f"line {line} of {path.name} holds a NUL character: it is not a text file, "
                              "or it is damaged")
    try:
        return "utf-8", raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(raw):
            # A UTF-8 file with a line pasted from one saved in another encoding (Windows-1252).
            raise ImportFileError(f"line {_bad_line(raw, exc, 'utf-8')} of {path.name} is not UTF-8 text like the "
                                  "rest of the file (it was probably copied from a file saved in another encoding); "
                                  "correct that line, save the file as UTF-8 and import it again") from None
    # Files saved by Excel on Windows in French or English offices. Latin-1 would read anything, turning the five
    # bytes Windows-1252 does not use into control characters: such a file is refused instead.
    try:
        return "cp1252", raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"line {_bad_line(raw, exc, 'cp1252')} of {path.name} is neither UTF-8 nor "
                              "Windows-1252 text; save the file as UTF-8 and import it again") from None


def _separator(text: str) -> str:
    """The separator of the header lines: comma, semicolon (French Excel), tab or pipe; a title line above the
    header, with none, is passed over."""
    for header in text.lstrip("\ufeff").split("\n", 5)[:5]:
        header = re.sub(r'"[^"]*"', "", header)
        counts = {sep: header.count(sep) for sep in (",", ";", "\t", "|")}
        best = max(counts, key=lambda sep: (counts[sep], sep == ","))
        if counts[best]:
            return best
    return ","


# --- both ---------------------------------------------------------------------------------------

def _finish(table: Table, path: Path) -> Table:
    frame = table.frame
    table.header_row = frame.attrs.get("header_row", 1)
    if frame.empty and len(frame.columns) == 0:
        raise ImportFileError(f"{path.name} is empty")
    # An HXL hashtag row right under the headers names each column in the humanitarian standard. Only a row whose
    # every cell is a hashtag is one: '#1 Kalonda' or '#Mwamba Kasongo' is data that starts with '#'.
    if len(frame.columns) and all(HXL_HASHTAG.match(str(c)) for c in frame.columns):
        # The hashtags are the only header row (HXL files cut down by tools): each column is named by its tag.
        table.hxl = {c: str(c).strip() for c in frame.columns}
    elif len(frame):
        first = frame.iloc[0]
        tags = {c: str(v).strip() for c, v in first.items() if not _blank(v)}
        if tags and all(HXL_HASHTAG.match(t) for t in tags.values()):
            table.hxl = tags
            frame = frame.iloc[1:]
    if len(frame):
        # Rows whose every cell is empty, found column by column among the rows still blank so far: the
        # first column usually leaves none, so a 100,000-row sheet costs one pass over one column.
        blank = np.arange(len(frame))
        for j in range(frame.shape[1]):
            values = frame.iloc[:, j].to_numpy()[blank]
            empty = pd.isna(values)
            if values.dtype == object:
                empty |= values == ""
            blank = blank[empty]
            if not len(blank):
                break
        if len(blank):
            keep = np.ones(len(frame), dtype=bool)
            keep[blank] = False
            frame = frame[keep]
    if not len(frame):
        where = f"sheet {table.sheet!r} of {path.name}" if table.sheet else path.name
        raise ImportFileError(f"{where} has a header row but no data rows")
    table.origin = surveys.origin(list(frame.columns))
    if table.origin is not None:
        frame, options, notes = surveys.split_choices(frame)
        table.meta = surveys.meta_columns(list(frame.columns), table.origin) + options
        table.notes += notes
    table.frame = frame
    return table


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


__all__ = ["ImportFileError", "Table", "read_table", "read_levels", "level_sheets"]
