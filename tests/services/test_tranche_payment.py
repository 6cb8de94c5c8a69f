"""Paying a household's cash tranche in one step, with its date, method and reference, and what a household was paid
and is owed (issue 17, defect 11)."""

from decimal import Decimal

from tests.builders import D, refused
from workbench.services import records, workflows


def test_a_planned_tranche_is_paid_once_with_its_method_and_reference(session, build, kalonda):
    household = build.household(kalonda, code="KAL-0001")
    tranches = [records.create(session, "cash_tranche", {"household_id": household.id, "sequence": n,
                                                         "purpose": purpose, "amount": amount, "currency": "USD"})
                for n, purpose, amount in ((1, "transport", Decimal("45")), (2, "construction", Decimal("105")),
                                           (3, "subsistence", Decimal("30")))]
    records.update(session, "cash_tranche", tranches[2].id, {"status": "cancelled"})
    assert workflows.household_cash(session, household.id) == [("USD", Decimal("0.00"), Decimal("150.00"), 0, 2)]
    paid = workflows.pay_household_tranche(session, tranches[0].id, D(2024, 3, 2), "mobile money", " MP240302.1 ")
    assert (paid.status, paid.paid_on, paid.payment_method, paid.payment_reference) == \
        ("paid", D(2024, 3, 2), "mobile money", "MP240302.1")
    with refused("status", "this tranche is paid; only a planned tranche is paid"):
        workflows.pay_household_tranche(session, tranches[0].id, D(2024, 3, 3))
    with refused("status", "this tranche is cancelled; only a planned tranche is paid"):
        workflows.pay_household_tranche(session, tranches[2].id, D(2024, 3, 3))
    with refused("paid_on", "cannot be before the household's registration date"):
        workflows.pay_household_tranche(session, tranches[1].id, D(2019, 1, 1))
    with refused("payment_method", "must be one of: cash, mobile money, bank transfer"):
        workflows.pay_household_tranche(session, tranches[1].id, D(2024, 3, 3), "cheque")
    assert workflows.household_cash(session, household.id) == [("USD", Decimal("45.00"), Decimal("105.00"), 1, 1)]
