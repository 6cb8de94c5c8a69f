"""Turning whole columns of cells into typed values, as staff type them in Excel: vectorised with pandas.

Dates come as Excel dates or as text in several formats (2023-05-10, 10/05/2023, 10.05.2023, 10 mai 2023,
May 10, 2023); numbers with thousands separators and decimal commas (1 250,50; 1,250.50); yes/no in
English or French. A cell that cannot be read is marked, with the words the services use for it.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import numpy as np
import pandas as pd

from workbench.io.fields import normalise
from workbench.kinds.limits import clean_text

WANTED = {"int": "a whole number", "decimal": "a number", "float": "a number", "bool": "yes or no",
          "date": "a date (YYYY-MM-DD or DD/MM/YYYY)"}

_MONTHS = {
    "jan": 1, "january": 1, "janvier": 1, "janv": 1, "feb": 2, "february": 2, "fevrier": 2, "fev": 2, "fevr": 2,
    "mar": 3, "march": 3, "mars": 3, "apr": 4, "april": 4, "avril": 4, "avr": 4, "may": 5, "mai": 5,
    "jun": 6, "june": 6, "juin": 6, "jul": 7, "july": 7, "juillet": 7, "juil": 7, "aug": 8, "august": 8,
    "aout": 8, "sep": 9, "sept": 9, "september": 9, "septembre": 9, "oct": 10, "october": 10, "octobre": 10,
    "nov": 11, "november": 11, "novembre": 11, "dec": 12, "december": 12, "decembre": 12,
}
_TRUE = {"yes", "y", "oui", "o", "true", "vrai", "1", "x"}
_FALSE = {"no", "n", "non", "false", "faux", "0"}
# Excel's day 1 is 1900-01-01, counted with its 1900 leap-year mistake.
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _joined(values: pd.Series) -> str:
    """All texts of a column in one string: a regular expression then scans it at C speed."""
    return "\n" + "\n".join(values.tolist()) + "\n"


def _all_text(raw: pd.Series) -> bool:
    return raw.dtype == object and pd.api.types.infer_dtype(raw, skipna=False) == "string"


def _numeric(raw: pd.Series) -> bool:
    return pd.api.types.infer_dtype(raw, skipna=True) in ("floating", "integer", "mixed-integer-float", "empty")


def blank(raw: pd.Series) -> pd.Series:
    """Empty cells: nothing, an empty text, or only spaces."""
    if _all_text(raw):
        mask = raw == ""
        if re.search(r"\n[^\S\n]+\n", _joined(raw)):
            mask = mask | raw.str.strip().eq("")
        return mask
    mask = raw.isna()
    if raw.dtype == object and _numeric(raw):
        return mask
    if raw.dtype == object:
        mask = mask | (raw == "")
        is_text = raw.map(type).eq(str)
        if is_text.any():
            spaces = raw[is_text].str.strip().eq("")
            mask = mask | spaces.reindex(raw.index, fill_value=False)
    return mask


def cell_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value != value:
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip() or None


_ESCAPED = re.compile(r"^'[=+\-@]")


def text(raw: pd.Series) -> pd.Series:
    """Cells as stripped text, None when blank; a number typed in a text field loses Excel's '.0'."""
    inferred = pd.api.types.infer_dtype(raw, skipna=False) if raw.dtype == object else None
    if inferred == "string" or (inferred is not None and
                                pd.api.types.infer_dtype(raw, skipna=True) in ("string", "empty")):
        # Texts and empty cells only (the usual column): one pass in plain Python lists, no pandas per cell.
        items = raw.tolist()
        if inferred == "string":
            stripped = list(map(str.strip, items))
        else:
            stripped = [v.strip() if isinstance(v, str) else None for v in items]
        # One string of them all, for two questions at C speed: is there an empty cell (two NULs in a row,
        # or one at an end; a false alarm only costs a pass), and does any text have a quote (our CSV export
        # writes '=... so a spreadsheet does not run it; that quote is taken off again below)?
        joined = "\0".join(stripped if inferred == "string" else ["" if v is None else v for v in stripped])
        quoted = "'" in joined
        plain = joined.isascii()
        if "\0\0" in joined or joined.startswith("\0") or joined.endswith("\0") or not joined:
            stripped = [v or None for v in stripped]
        values = pd.Series(stripped, index=raw.index, dtype=object)
    else:
        values = raw.map(cell_text).astype(object)
        quoted, plain = True, False
    if not plain:
        # Accents, Arabic, invisible characters: stored and compared as the services do (kinds/limits.clean_text).
        present = values.notna()
        if present.any():
            values[present] = [clean_text(v) or None for v in values[present]]
    if quoted and values.notna().any():
        present = values.notna()
        escaped = pd.Series(False, index=values.index)
        escaped[present] = values[present].str.match(_ESCAPED).astype(bool)
        if escaped.any():
            values[escaped] = values[escaped].str[1:]
    return values


def _factorised(raw: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each cell's position among the column's distinct values (-1 for an empty cell), and those values:
    a column of 100,000 cells holds a handful of words, each looked up once."""
    codes, uniques = pd.factorize(raw.to_numpy(dtype=object))
    return codes, np.asarray(uniques, dtype=object)


def choice(values: pd.Series, words: dict[str, str]) -> pd.Series:
    """Values typed in other words or another language (F, femme, retour) as the stored value."""
    if not words:
        return values
    codes, uniques = _factorised(values)
    stored = np.array([words.get(normalise(v), v) for v in uniques] + [None], dtype=object)
    return pd.Series(stored[codes], index=values.index, dtype=object)


def choice_lists(values: pd.Series, words: dict[str, str]) -> pd.Series:
    """Several choices in one cell, as stored (", " between them): separated by commas, or by spaces as KoboToolbox
    and ODK write a select-multiple answer ("female_headed chronic_illness"); each typed in any of its words."""
    codes, uniques = _factorised(values)

    def one(cell):
        if not isinstance(cell, str):
            return cell
        chosen = []
        for part in (p.strip() for p in re.split(r"[,;]", cell)):
            if not part:
                continue
            word = words.get(normalise(part))
            pieces = part.split()
            if word is None and len(pieces) > 1 and all(normalise(x) in words for x in pieces):
                chosen += [words[normalise(x)] for x in pieces]
            else:
                chosen.append(word or part)
        return ", ".join(dict.fromkeys(chosen)) or None

    stored = np.array([one(v) for v in uniques] + [None], dtype=object)
    return pd.Series(stored[codes], index=values.index, dtype=object)


def numbers(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Numbers as float64, and where a cell is not blank but not a number either."""
    if raw.dtype == object and pd.api.types.infer_dtype(raw, skipna=False) in ("floating", "integer",
                                                                              "mixed-integer-float"):
        # Numbers only (an Excel column of numbers): no cell to clean, an empty one is NaN.
        return pd.Series(raw.to_numpy().astype("float64"), index=raw.index), pd.Series(False, index=raw.index)
    empty = blank(raw)
    if raw.dtype != object or _numeric(raw):
        result = pd.to_numeric(raw, errors="coerce").astype("float64")
    else:
        result = pd.to_numeric(raw.where(~empty & ~raw.map(type).isin((bool, dt.date, dt.datetime)), None),
                               errors="coerce").astype("float64")
    todo = result.isna() & ~empty
    if todo.any():
        typed = raw[todo].map(lambda v: v if isinstance(v, str) else "\x00")
        cleaned = typed.str.replace(r"[\s\u00a0\u202f'’]", "", regex=True)
        comma_decimal = cleaned.str.contains(r",\d{1,2}$|,\d{4,}$|\.\d{3},", regex=True).any()
        dotted_thousands = cleaned.str.match(r"^-?\d{1,3}(\.\d{3}){2,}(,\d+)?$")
        if comma_decimal:
            cleaned = cleaned.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
        else:
            cleaned = cleaned.where(~dotted_thousands, cleaned.str.replace(".", "", regex=False))
            cleaned = cleaned.str.replace(",", "", regex=False)
        result[todo] = pd.to_numeric(cleaned, errors="coerce")
    # "inf", "Infinity" and "NaN" parse, but no rule or column can take them: not a number, as the services say.
    result = result.where(np.isfinite(result.fillna(0)))
    bad = result.isna() & ~empty
    return result, bad


# Beyond any whole-number column (kinds/limits.py says "too large"); kept in range of Int64 to be held at all.
_INT_FAR = 2.0 ** 62


def integers(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    values, bad = numbers(raw)
    fraction = values.notna() & (values % 1 != 0)
    bad = bad | fraction
    values = values.where(~fraction).clip(-_INT_FAR, _INT_FAR)
    return values.round().astype("Int64"), bad


def _exact(value) -> Decimal | None:
    """One cell's number exactly as typed: a text's digits, or the shortest decimal of an Excel number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        return None if value != value else Decimal(repr(value))
    if isinstance(value, (int, np.integer)):
        return Decimal(int(value))
    if isinstance(value, np.floating):
        return _exact(float(value))
    return None


def decimals(raw: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """numbers(), and each number exactly (Decimal): 12.345 stays 12.345 and 99999999999.99 keeps its cents, so
    the rules judge and the database stores what was typed, never its float."""
    values, bad = numbers(raw)
    exact = pd.Series(None, index=raw.index, dtype=object)
    given = values.notna()
    if given.any():
        cells = raw[given]
        texts = cells.map(lambda v: isinstance(v, str))
        exact[given] = [_exact(v) for v in cells] if not texts.any() else [
            _exact_text(v, f) if isinstance(v, str) else _exact(v) for v, f in zip(cells, values[given])]
    return values, bad, exact


def _exact_text(text: str, parsed: float) -> Decimal:
    """A typed number's exact value: its digits once the separators numbers() read are taken out."""
    digits = re.sub(r"[^\d.,eE+-]", "", text.replace("\u2212", "-"))
    for candidate in (digits.replace(",", ""), digits.replace(".", "").replace(",", ".")):
        try:
            number = Decimal(candidate)
        except (ArithmeticError, ValueError):
            continue
        if number.is_finite() and float(number) == parsed:
            return number
    return Decimal(repr(parsed))


def booleans(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    codes, uniques = _factorised(raw)
    values, bad = [], []
    for v in uniques:
        if isinstance(v, str) and not v.strip():
            values.append(None)  # blank
            bad.append(False)
            continue
        word = normalise(cell_text(v) or "")
        values.append(True if word in _TRUE else False if word in _FALSE else None)
        bad.append(values[-1] is None)
    values = np.array(values + [None], dtype=object)
    bad = np.array(bad + [False], dtype=bool)
    return pd.Series(values[codes], index=raw.index, dtype=object), pd.Series(bad[codes], index=raw.index)


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%d/%m/%y", "%d %m %Y")


def dates(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Dates as datetime64 (time of day dropped), and where a cell is not blank but not a date."""
    if raw.dtype == object:
        cells = raw.to_numpy()
        empty_text = cells == ""
        if empty_text.any():
            cells = cells.copy()
            cells[empty_text] = None
        if pd.api.types.infer_dtype(cells, skipna=True) in ("date", "datetime"):
            # Excel dates and empty cells only (the usual column): converted by pandas in one call.
            result = pd.Series(_to_dates(cells), index=raw.index).dt.normalize()
            return result, result.isna() & ~pd.isna(cells)
    empty = blank(raw)
    result = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")
    kinds = raw.map(type) if raw.dtype == object else None
    if kinds is not None:
        is_date = kinds.isin((dt.date, dt.datetime, pd.Timestamp)) & ~empty
        if is_date.any():
            # Dates (midnight) and date-times alike, converted by pandas in one call.
            result[is_date] = _to_dates(raw[is_date].to_numpy(dtype=object))
        # A date cell formatted as a number ("General") reads as Excel's day count.
        serial = kinds.isin((int, float)) & ~empty
        if serial.any():
            days = pd.to_numeric(raw[serial], errors="coerce")
            plausible = days.between(1, 80000)
            result[serial & plausible.reindex(raw.index, fill_value=False)] = (
                _EXCEL_EPOCH + pd.to_timedelta(days[plausible].astype(float).round(), unit="D"))
        strings = kinds.eq(str) & ~empty
    else:
        strings = ~empty
    if strings.any():
        texts = raw[strings].astype(str).str.strip()
        # ISO date and time (KoboToolbox's start, end, _submission_time): the date part is enough.
        texts = texts.where(~texts.str.match(r"^\d{4}-\d{2}-\d{2}[T ]"), texts.str[:10])
        worded = texts.str.contains(r"[A-Za-zÀ-ÿ]", regex=True)
        if worded.any():
            texts[worded] = texts[worded].map(_month_words)
        parsed = pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns]")
        for fmt in _DATE_FORMATS:
            todo = parsed.isna()
            if not todo.any():
                break
            parsed[todo] = _to_dates(texts[todo], format=fmt)
        result[strings] = parsed
    result = result.dt.normalize()
    bad = result.isna() & ~empty
    return result, bad


_EARLIEST, _LATEST = pd.Timestamp("1900-01-01"), pd.Timestamp("2100-12-31")


def _to_dates(values, **options):
    """pandas dates in nanoseconds; a date outside 1900-2100 (01/01/1600: a typing mistake) counts as not a date.

    Without the bounds, such a date parses to a coarser unit and then fails to fit the column ("out of bounds").
    """
    converted = pd.to_datetime(values, errors="coerce", **options)
    return converted.where((converted >= _EARLIEST) & (converted <= _LATEST)).astype("datetime64[ns]")


def _month_words(value: str) -> str:
    """'10 mai 2023' and 'May 10, 2023' -> '10 5 2023' (day, month, year)."""
    words = re.findall(r"[^\W\d_]+|\d+", normalise(value))
    numbers_, month = [], None
    for word in words:
        if word.isdigit():
            numbers_.append(word)
        elif word in _MONTHS and month is None:
            month = str(_MONTHS[word])
        elif word not in ("le", "the", "of", "de", "th", "st", "nd", "rd", "er"):
            return value
    if month is None or len(numbers_) != 2:
        return value
    day, year = sorted(numbers_, key=len)
    return f"{day} {month} {year}"


def parse(raw: pd.Series, kind: str) -> tuple[pd.Series, pd.Series]:
    """A column of cells as `kind` (text, int, decimal, float, bool, date) and the cells that are not."""
    if kind == "text":
        values = text(raw)
        return values, pd.Series(False, index=raw.index)
    if kind == "int":
        return integers(raw)
    if kind in ("decimal", "float"):
        return numbers(raw)
    if kind == "bool":
        return booleans(raw)
    if kind == "date":
        return dates(raw)
    raise ValueError(kind)


def shown(value) -> str:
    """A cell as quoted in a message: the text the user typed."""
    t = cell_text(value)
    return repr(t if t is not None else "")


__all__ = ["parse", "choice", "blank", "shown", "WANTED"]
