"""A closed grant is read-only, whether a form, the command line or an import's update changes it (issue 17, defect
5; the grant's declared `closes`): its amount, and its other fields (a phone) too."""

from decimal import Decimal

import pytest

from tests.builders import D, refused
from workbench import models as m
from workbench.io import import_rows, read_table, validate
from workbench.io.export import export_records
from workbench.services import records, workflows

CLOSED = "IQ-EDF-0001 is closed: it can no longer be changed or deleted"


@pytest.fixture
def closed_grant(session, build):
    _, _, _, town = build.ninewa()
    grant = build.approved_grant(build.iraq_project(), town)
    for amount, on in (("6000", D(2023, 3, 10)), ("9000", D(2023, 4, 10))):
        workflows.pay_grant_tranche(session, grant.id, Decimal(amount), on)
    for step, on in (("monitored", D(2023, 6, 1)), ("closed", D(2023, 9, 1))):
        workflows.change_grant_status(session, grant.id, step, on)
    assert grant.status == m.GrantStatus.CLOSED
    return grant


def test_a_closed_grant_refuses_any_change(session, closed_grant):
    phone = closed_grant.recipient_phone
    with refused("amount", CLOSED):
        records.update(session, "grant", closed_grant.id, {"amount": Decimal("999999")})
    with refused("recipient_phone", CLOSED):
        records.update(session, "grant", closed_grant.id, {"recipient_phone": "+964 750 000 1111",
                                                           "amount": Decimal("15000")})
    session.expire_all()
    assert (closed_grant.amount, closed_grant.recipient_phone) == (Decimal("15000.00"), phone)
    records.update(session, "grant", closed_grant.id, {"amount": Decimal("15000")})  # as it was: nothing refused


def test_an_import_update_of_a_closed_grants_amount_is_refused(session, closed_grant, tmp_path):
    path = tmp_path / "grants.csv"
    export_records(session, "grants", path, order_by="code")
    text = path.read_text(encoding="utf-8")
    assert "15000" in text
    path.write_text(text.replace("15000.00", "999999").replace("15000", "999999"), encoding="utf-8")
    result = validate(session, "grants", read_table(path), on_duplicate="update")
    assert [(p.row, p.field) for p in result.rejected] == [(2, "amount")]
    assert CLOSED in result.rejected[0].reason
    with pytest.raises(Exception, match="rejected"):
        import_rows(session, result)
    session.expire_all()
    assert closed_grant.amount == Decimal("15000.00")
