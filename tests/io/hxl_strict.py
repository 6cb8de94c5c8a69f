"""A strict reader of HXL 1.1 files, from the HXL hashtag dictionary's facts (HXL core schema, hashtags and
attributes): libhxl, HXL's reference library, is not installed beside the workbench, so the tests read the
workbench's HXL exports back with this instead.

Strict where HXL is: a hashtag row whose every tag is a core hashtag with core attributes, or a custom one with the
`x_` prefix (#x_household, +x_site); no two attributes that contradict each other on one column (+ind with +hh, +f
with +m); dates in #date columns (ISO 8601: 2023, 2023-06, 2023-06-15, 2023-Q2, a date and time) and numbers in the
numeric hashtags' columns (#affected, #inneed, #targeted, #reached, #population, #value; #indicator, #output and
#capacity with +num).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

# Hashtags released in HXL 1.0 and 1.1 (the core schema's "Released" hashtags; #modality, of 1.1, has no status
# written; #delivery was rejected).
CORE_HASHTAGS = frozenset("""
access activity adm1 adm2 adm3 adm4 adm5 affected beneficiary capacity cause channel contact country crisis currency
date description event frequency geo group impact indicator inneed item loc meta modality need operations org output
population reached region respondee sector service severity status subsector targeted value
""".split())
# Attributes released in HXL 1.0 and 1.1; left out: the deprecated language attributes (+ar, +en, +fr...: +i_ar
# and the like replace them) and +label, and those of later releases or still proposed (+budget, +transfer,
# +pct, +return: 1.2; +spend: 1.3; +returnees, +tier: proposed).
CORE_ATTRIBUTES = frozenset("""
abducted activity adolescents adults approved bounds canceled children cluster code converted coord dest displaced
elderly elevation email end f funder hh i id idps impl incamp ind infants infected injured killed lat lon m name
noncamp num occurred origin phone prog programme project provided refugees reported source start text type url used
""".split())
LANGUAGE = re.compile(r"i_[a-z]{2,3}")   # +i_ar, +i_fr: the language of a text column
# Attributes of which a column can carry one only: what the dictionary defines as alternatives.
EXCLUSIVE = (
    {"f", "m", "i"}, {"ind", "hh"}, {"idps", "refugees"}, {"incamp", "noncamp"}, {"origin", "dest"},
    {"code", "name"}, {"num", "text"}, {"lat", "lon", "coord", "bounds", "elevation"},
    {"funder", "impl", "prog"}, {"activity", "programme", "project"},
    {"start", "end", "approved", "canceled", "converted", "occurred", "reported"},
)
# Age groups that cannot overlap ("loosely defined": +adolescents may overlap +children and +adults, +infants
# +children, +elderly +adults).
DISJOINT_AGES = ({"infants", "adolescents"}, {"infants", "adults"}, {"infants", "elderly"}, {"children", "adults"},
                 {"children", "elderly"}, {"adolescents", "elderly"})
TAG = re.compile(r"^\s*#([A-Za-z][A-Za-z0-9_]*)((?:\s*\+[A-Za-z][A-Za-z0-9_]*)*)\s*$")
NUMERIC = {"affected", "inneed", "targeted", "reached", "population", "value"}
NUMERIC_WITH_NUM = {"indicator", "output", "capacity"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?|-Q[1-4])?$")
NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


@dataclass(frozen=True)
class Tag:
    hashtag: str
    attributes: tuple[str, ...]

    @property
    def numeric(self) -> bool:
        return self.hashtag in NUMERIC or (self.hashtag in NUMERIC_WITH_NUM and "num" in self.attributes)


def tag_problems(text: str) -> list[str]:
    """What makes a hashtag with its attributes something other than core HXL 1.1 or `x_` custom HXL."""
    found = TAG.match(text)
    if not found:
        return [f"{text!r} is not a hashtag"]
    name = found.group(1)
    attributes = [a.strip() for a in found.group(2).split("+") if a.strip()]
    problems = []
    if name != name.lower() or any(a != a.lower() for a in attributes):
        problems.append(f"{text}: hashtags and attributes are written in lower case")
    if name not in CORE_HASHTAGS and not name.startswith("x_"):
        problems.append(f"{text}: #{name} is no core hashtag and has no x_ prefix")
    for a in attributes:
        if a not in CORE_ATTRIBUTES and not a.startswith("x_") and not LANGUAGE.fullmatch(a):
            problems.append(f"{text}: +{a} is no core attribute and has no x_ prefix")
    if len(set(attributes)) != len(attributes):
        problems.append(f"{text}: an attribute twice")
    for group in EXCLUSIVE + DISJOINT_AGES:
        both = sorted(group & set(attributes))
        if len(both) > 1:
            problems.append(f"{text}: {' and '.join('+' + b for b in both)} contradict each other")
    return problems


def parse_tag(text: str) -> Tag:
    found = TAG.match(text)
    attributes = tuple(a.strip() for a in found.group(2).split("+") if a.strip())
    return Tag(found.group(1), attributes)


@dataclass
class HxlTable:
    headers: list[str]
    tags: list[Tag | None]   # None: an untagged column
    rows: list[list[str]]

    def column(self, tag: str) -> list[str]:
        wanted = parse_tag(tag)
        i = next(i for i, t in enumerate(self.tags)
                 if t and t.hashtag == wanted.hashtag and set(wanted.attributes) <= set(t.attributes))
        return [row[i] for row in self.rows]


def read_hxl_csv(path: Path) -> HxlTable:
    """The file's headers, hashtag row and data rows, or AssertionError naming every way it breaks HXL 1.1."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    headers, hashtags, data = rows[0], rows[1], rows[2:]
    problems = []
    tags: list[Tag | None] = []
    for header, text in zip(headers, hashtags):
        if not text.strip():
            tags.append(None)
            problems.append(f"column {header!r} has no hashtag")
            continue
        found = tag_problems(text)
        problems += found
        tags.append(None if found else parse_tag(text))
    for n, row in enumerate(data, 3):
        if len(row) != len(headers):
            problems.append(f"row {n}: {len(row)} cells for {len(headers)} columns")
        for header, tag, value in zip(headers, tags, row):
            if tag is None or not value:
                continue
            if tag.hashtag == "date" and not ISO_DATE.match(value):
                problems.append(f"row {n}, {header!r} ({tag.hashtag}): {value!r} is not a date")
            if tag.numeric and not NUMBER.match(value):
                problems.append(f"row {n}, {header!r}: {value!r} is not a number")
    assert not problems, "\n".join(problems[:40])
    return HxlTable(headers, tags, data)
