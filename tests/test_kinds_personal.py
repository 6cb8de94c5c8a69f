"""Every column that looks like personal data is classed in its kind's declaration (kinds/base.py `identifies`),
or named here as what it is instead: a place's, an organisation's or a group's, not a person's."""

import re

import pytest
from sqlalchemy import inspect as sa_inspect

from workbench.kinds import KINDS

PERSONAL_LOOKING = re.compile(r"(^|_)(name|username|phone|contact|birth|born|latitude|longitude|sex|vulnerabilities|"
                              r"focal|facilitator|recipient|proxy|case|household|size|age|registered|description|"
                              r"question|note|outcome|feedback|information|file)(_|$)", re.I)
NOT_PERSONAL = {
    ("donor", "name"): "an organisation",
    ("location", "name"): "a place", ("location", "name_local"): "a place",
    ("location", "latitude"): "a place's centre", ("location", "longitude"): "a place's centre",
    ("site", "name"): "a displacement site, public in DTM lists",
    ("site", "latitude"): "a site, public in DTM lists", ("site", "longitude"): "a site, public in DTM lists",
    ("committee", "name"): "a group", ("crc", "name"): "a centre", ("kit_type", "name"): "a kind of kit",
    ("kit_type", "description"): "a kind of kit", ("service_provider", "contact"): "an organisation's office line",
    ("progress_report", "note"): "a works site's progress", ("distribution", "note"): "a distribution's day",
    ("stock_movement", "note"): "a warehouse's stock", ("indicator", "outcome_id"): "a programme's outcome",
    ("output", "outcome_id"): "a programme's outcome", ("kit_type", "per_household"): "a kit type's rule", ("attachment", "size"): "a file's size in bytes",
}


@pytest.mark.parametrize("name", list(KINDS))
def test_every_personal_looking_column_is_classed(name):
    kind = KINDS[name]
    for column in sa_inspect(kind.model).columns:
        if not PERSONAL_LOOKING.search(column.key) or (name, column.key) in NOT_PERSONAL:
            continue
        declared = kind.find(column.key)
        assert declared is not None and declared.identifies in ("direct", "indirect"), \
            f"{name}.{column.key} looks like personal data: class it (identifies=) or say why not in NOT_PERSONAL"


def test_the_classes_are_what_a_partner_may_receive():
    direct = {(k.name, f.key) for k in KINDS.values() for f in k.fields if f.identifies == "direct"}
    assert {("household", "head_name"), ("household", "phone"), ("household", "latitude"),
            ("grant", "recipient_name"), ("grant", "recipient_phone"), ("receipt", "proxy_name"),
            ("user", "full_name"), ("crc", "focal_point")} <= direct
    household = KINDS["household"]
    assert {f.key: f.anonymised for f in household.fields if f.identifies == "indirect"} == {
        "code": None, "head_sex": None, "size": "band", "vulnerabilities": None, "site_id": "area",
        "registered_on": "month", "destination_id": "area", "departure_date": "month", "girls": None, "boys": None,
        "women": None, "men": None, "older_women": None, "older_men": None}
    # A direct identifier is masked as what it is, or left out of a masked export.
    assert all(f.personal in ("name", "phone", "coordinate") for k in KINDS.values() for f in k.fields
               if f.identifies == "direct")
