"""Properties of the rules that must hold for any figures staff type, checked with generated values."""

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from workbench import models as m
from workbench.kinds import rules
from workbench.services.errors import DomainError

counts = st.integers(min_value=0, max_value=5000)


@given(st.tuples(counts, counts, counts, counts, counts, counts), st.integers(min_value=-50, max_value=50))
def test_sex_and_age_groups_must_add_up_to_the_population(groups, offset):
    count = m.PopulationCount(households=0, individuals=sum(groups) + offset)
    for name, value in zip(m.SADD_FIELDS, groups):
        setattr(count, name, value)
    if offset == 0:
        rules.SexAndAgeAddUp("individuals").one(None, count)
    else:
        with pytest.raises(DomainError) as refused:
            rules.SexAndAgeAddUp("individuals").one(None, count)
        assert refused.value.field == "individuals"
        assert f"add up to {sum(groups)}, not {sum(groups) + offset}" in refused.value.message


@given(st.tuples(counts, counts, counts, counts, counts), st.integers(min_value=0, max_value=5))
def test_a_missing_group_is_named_whatever_the_others_are(groups, missing):
    household = m.Household(size=sum(groups))
    values = list(groups)
    values.insert(missing, None)
    for name, value in zip(m.SADD_FIELDS, values):
        setattr(household, name, value)
    with pytest.raises(DomainError) as refused:
        rules.SexAndAgeAddUp("size").one(None, household)
    assert refused.value.field == m.SADD_FIELDS[missing]


@given(st.decimals(min_value=0, max_value=10**9, allow_nan=False, allow_infinity=False, places=4))
def test_money_keeps_its_cents_or_is_refused_never_rounded(amount):
    tranche = m.CashTranche(amount=amount, currency="USD")
    if amount == amount.quantize(Decimal("0.01")):
        rules.fits_its_columns(tranche)
    else:
        with pytest.raises(DomainError, match=r"has at most 2 decimals"):
            rules.fits_its_columns(tranche)


@given(st.from_regex(r"\A[A-Z]{2}[A-Z0-9]{0,18}\Z"))
def test_every_pcode_of_the_standard_shape_is_accepted(pcode):
    assert rules.PCODE.match(pcode)


@given(st.text(min_size=1, max_size=20).filter(lambda t: not (t[:2].isalpha() and t[:2].isupper()
                                                              and t[:2].isascii())))
def test_a_pcode_not_starting_with_a_country_code_is_refused(text):
    assert not rules.PCODE.match(text)
