"""Kit types, distributions, their lists, receipts and stock, made and refused through the services with the
words a user reads: each refusal names its field and writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.builders import Build, audit, count, refused
from workbench import models as m
from workbench.services import distributions, records, screens, workflows
from workbench.services.screens import TableQuery

D = dt.date


def kit(b: Build, code, name, category, items=(("Tarpaulin 4x6 m", 2),), **rule):
    kit_type = b.create("kit_type", code=code, name=name, category=category, **(rule or {"per_household": 1}))
    for item, quantity in items:
        b.create("kit_item", kit_type_id=kit_type.id, item=item, quantity=quantity)
    return kit_type


@pytest.fixture
def field(session):
    """Kalonda with four households (sizes 1, 4, 5 and 9; KAL-0004 departed on 2024-02-20), an NFI kit (one per
    household), a shelter kit (one per 4 people, at least 1), and a distribution planned for 2024-03-10 handing
    out both, with 100 NFI kits in the Kalemie warehouse."""
    b = Build(session)
    _, _, territory, village = b.tanganyika()
    project = b.project()
    site = b.site(territory, "Kalonda")
    households = [b.household(site, code=f"KAL-000{i}", size=size, head_name=name, project_id=project.id,
                              **extra)
                  for i, (size, name, extra) in enumerate(
                      [(1, "Mwamba Kasongo", {}), (4, "Ilunga Banza", {}), (5, "Kyungu Mbuyu", {}),
                       (9, "Banza Kalenga", {"departure_date": D(2024, 2, 20), "destination_id": village.id})], 1)]
    nfi = kit(b, "NFI-STD", "NFI kit (standard)", "NFI kit",
              items=(("Blanket", 2), ("Jerrycan 20 l", 2), ("Cooking set", 1)), per_household=1)
    shelter = kit(b, "SHL-STD", "Shelter kit", "shelter kit", items=(("Tarpaulin 4x6 m", 2), ("Rope 30 m", 1)),
                  rule="by household size", people_per_kit=4, minimum=1)
    dist = b.create("distribution", code="CD-DIST-0001", project_id=project.id, site_id=site.id,
                    modality="in kind", planned_on=D(2024, 3, 10), warehouse="Kalemie warehouse")
    for k in (nfi, shelter):
        b.create("distribution_kit", distribution_id=dist.id, kit_type_id=k.id)
    b.create("stock_movement", warehouse="Kalemie warehouse", kit_type_id=nfi.id, moved_on=D(2024, 3, 1),
             movement="received", quantity=100)
    session.flush()
    return {"build": b, "site": site, "households": households, "nfi": nfi, "shelter": shelter, "dist": dist,
            "project": project, "village": village}


def _entitlements(session, dist) -> dict[tuple[str, str], int]:
    rows = session.execute(select(m.Household.code, m.KitType.code, m.Entitlement.quantity)
                           .join(m.Household, m.Household.id == m.Entitlement.household_id)
                           .join(m.KitType, m.KitType.id == m.Entitlement.kit_type_id)
                           .where(m.Entitlement.distribution_id == dist.id))
    return {(h, k): q for h, k, q in rows}


def test_the_list_holds_every_present_household_with_its_kits_from_the_rule(session, field):
    dist = field["dist"]
    assert distributions.build_list(session, dist.id) == 6
    assert _entitlements(session, dist) == {
        ("KAL-0001", "NFI-STD"): 1, ("KAL-0001", "SHL-STD"): 1,   # 1 person: at least one shelter kit
        ("KAL-0002", "NFI-STD"): 1, ("KAL-0002", "SHL-STD"): 1,   # 4 people: one per 4
        ("KAL-0003", "NFI-STD"): 1, ("KAL-0003", "SHL-STD"): 2}   # 5 people: rounded up
    assert distributions.build_list(session, dist.id) == 0  # built again: nobody twice
    rows = screens.fetch_rows(session, "entitlement", TableQuery(filters={"distribution_id": dist.id}), 0, 10,
                              ["household", "head_name", "size", "kit_type", "quantity"])
    assert [r[1:] for r in rows][:2] == [("KAL-0001", "Mwamba Kasongo", 1, "NFI-STD", 1),
                                         ("KAL-0001", "Mwamba Kasongo", 1, "SHL-STD", 1)]


def test_the_departed_households_go_on_a_return_package_list(session, field):
    b = field["build"]
    package = kit(b, "RET-PKG", "Return package", "return package", items=(("Hoe", 1), ("Seeds (kg)", 5)),
                  per_household=1)
    ret = b.create("distribution", code="CD-RET-0001", project_id=field["project"].id, site_id=field["site"].id,
                   modality="cash", planned_on=D(2024, 3, 1))
    b.create("distribution_kit", distribution_id=ret.id, kit_type_id=package.id)
    assert distributions.build_list(session, ret.id, "departed") == 1
    assert _entitlements(session, ret) == {("KAL-0004", "RET-PKG"): 1}


def test_an_entitlement_is_edited_never_below_zero_and_computed_when_left_blank(session, field):
    dist, b = field["dist"], field["build"]
    ent = b.create("entitlement", distribution_id=dist.id, household_id=field["households"][2].id,
                   kit_type_id=field["shelter"].id)
    assert ent.quantity == 2
    with refused("quantity", "cannot be negative"):
        records.update(session, "entitlement", ent.id, {"quantity": -1})
    assert records.get(session, "entitlement", ent.id).quantity == 2
    records.update(session, "entitlement", ent.id, {"quantity": 3})
    with refused("household_id", "is already on the list for this kit type"):
        b.create("entitlement", distribution_id=dist.id, household_id=field["households"][2].id,
                 kit_type_id=field["shelter"].id, quantity=1)
    other = kit(b, "HYG-STD", "Hygiene kit", "hygiene kit", items=(("Soap", 4),))
    with refused("kit_type_id", "is not a kit type of this distribution"):
        b.create("entitlement", distribution_id=dist.id, household_id=field["households"][2].id,
                 kit_type_id=other.id)


def test_a_kit_with_no_items_cannot_be_distributed(session, field):
    b, dist = field["build"], field["dist"]
    empty = b.create("kit_type", code="HYG-EMPTY", name="Hygiene kit", category="hygiene kit", per_household=1)
    before = count(session, m.DistributionKit)
    with refused("kit_type_id", "HYG-EMPTY has no items; a kit with no items cannot be distributed"):
        b.create("distribution_kit", distribution_id=dist.id, kit_type_id=empty.id)
    assert count(session, m.DistributionKit) == before
    with refused("per_household", "is required when every household gets a fixed number"):
        b.create("kit_type", code="X", name="X", category="NFI kit", rule="fixed")
    with refused("people_per_kit", "is required when the number depends on the household's size"):
        b.create("kit_type", code="X", name="X", category="NFI kit", rule="by household size")
    # A kit whose items were all deleted after it was chosen stops the distribution from starting.
    distributions.build_list(session, dist.id)
    for item in records.list_records(session, "kit_item", {"kit_type_id": field["shelter"].id}):
        records.delete(session, "kit_item", item.id)
    with refused("status", "SHL-STD has no items; a kit with no items cannot be distributed"):
        workflows.change_distribution_status(session, dist.id, "in progress", D(2024, 3, 10))
    assert records.get(session, "distribution", dist.id).status == "planned"
    # Under way, the kit keeps its last item.
    b.create("kit_item", kit_type_id=field["shelter"].id, item="Tarpaulin 4x6 m", quantity=2)
    workflows.change_distribution_status(session, dist.id, "in progress", D(2024, 3, 10))
    last = records.list_records(session, "kit_item", {"kit_type_id": field["shelter"].id})[0]
    with refused(None, "This kit item cannot be deleted: it is the kit's last item and CD-DIST-0001 is handing "
                       "the kit out"):
        records.delete(session, "kit_item", last.id)
    assert count(session, m.KitItem, m.KitItem.kit_type_id == field["shelter"].id) == 1


def test_a_distribution_steps_from_planned_to_completed(session, field):
    dist = field["dist"]
    with refused("status", "The distribution's list has no household; build the list first."):
        workflows.change_distribution_status(session, dist.id, "in progress", D(2024, 3, 10))
    with refused("status", "A distribution that is planned cannot become completed; next steps: in progress, "
                           "cancelled."):
        workflows.change_distribution_status(session, dist.id, "completed", D(2024, 3, 10))
    distributions.build_list(session, dist.id)
    assert screens.next_steps(session, "distribution", dist.id) == ["in progress", "cancelled"]
    workflows.change_distribution_status(session, dist.id, "in progress", D(2024, 3, 11))
    with refused("started_on", "is changed through the distribution's workflow"):
        records.update(session, "distribution", dist.id, {"started_on": D(2024, 3, 1)})
    with refused("date", "cannot be before the distribution started (2024-03-11)"):
        workflows.change_distribution_status(session, dist.id, "completed", D(2024, 3, 10))
    workflows.change_distribution_status(session, dist.id, "completed", D(2024, 3, 12))
    dist = records.get(session, "distribution", dist.id)
    assert (dist.status, dist.started_on, dist.completed_on) == ("completed", D(2024, 3, 11), D(2024, 3, 12))
    assert screens.next_steps(session, "distribution", dist.id) == []
    changes = [(e.field, e.new_value) for e in audit(session, "distributions", dist.id, "update")]
    assert ("status", "completed") in changes and ("completed_on", "2024-03-12") in changes


def test_receipts_are_refused_off_the_list_twice_or_before_the_distribution(session, field):
    b, dist, (h1, _, _, h4) = field["build"], field["dist"], field["households"]
    distributions.build_list(session, dist.id)
    receipt = dict(distribution_id=dist.id, household_id=h1.id, received_on=D(2024, 3, 10), proof="thumbprint",
                   recorded_by="Esther Mujinga")
    with refused("household_id", "is not on the list of this distribution"):
        b.create("receipt", **(receipt | {"household_id": h4.id}))
    with refused("received_on", "cannot be before the distribution's date (2024-03-10)"):
        b.create("receipt", **(receipt | {"received_on": D(2024, 3, 9)}))
    with refused("proxy_name", "is required when a proxy received the kits"):
        b.create("receipt", **(receipt | {"received_by": "proxy"}))
    assert count(session, m.Receipt) == 0
    first = b.create("receipt", **receipt)
    with refused("household_id", "already received this distribution's kits on 2024-03-10; a second receipt is "
                                 "not recorded"):
        b.create("receipt", **(receipt | {"received_on": D(2024, 3, 11)}))
    assert count(session, m.Receipt) == 1 and first.received_by == "head of household"
    # Started a day early: its date is the day it started.
    workflows.change_distribution_status(session, dist.id, "in progress", D(2024, 3, 8))
    second = b.create("receipt", **(receipt | {"household_id": field["households"][1].id,
                                               "received_on": D(2024, 3, 8), "received_by": "proxy",
                                               "proxy_name": "Kabila Ngoy"}))
    assert second.proxy_name == "Kabila Ngoy"


def test_not_received_opens_a_complaint_on_the_site_linked_to_the_receipt(session, field):
    b, dist, (h1, h2, _, _) = field["build"], field["dist"], field["households"]
    distributions.build_list(session, dist.id)
    r1 = b.create("receipt", distribution_id=dist.id, household_id=h1.id, received_on=D(2024, 3, 10))
    r2 = b.create("receipt", distribution_id=dist.id, household_id=h2.id, received_on=D(2024, 3, 10))
    assert screens.next_steps(session, "receipt", r1.id) == ["received", "not received", "received with issues"]
    workflows.verify_receipt(session, r1.id, "received", D(2024, 3, 20))
    assert records.get(session, "receipt", r1.id).complaint_id is None
    with refused("date", "cannot be before the kits were received (2024-03-10)"):
        workflows.verify_receipt(session, r2.id, "not received", D(2024, 3, 9))
    workflows.verify_receipt(session, r2.id, "not received", D(2024, 3, 21), "kits taken by a neighbour")
    r2 = records.get(session, "receipt", r2.id)
    complaint = records.get(session, "complaint", r2.complaint_id)
    assert (complaint.site_id, complaint.received_on, complaint.status, complaint.category) == (
        field["site"].id, D(2024, 3, 21), "open", "distribution")
    assert complaint.description == "KAL-0002: not received on distribution CD-DIST-0001. kits taken by a neighbour"
    with refused("verification", "was already verified on 2024-03-21 (not received)"):
        workflows.verify_receipt(session, r2.id, "received", D(2024, 3, 22))
    with refused("verification", "is changed through the receipt's workflow"):
        records.update(session, "receipt", r1.id, {"verification": "not received"})
    assert screens.next_steps(session, "receipt", r2.id) == []


def test_stock_never_goes_below_zero_and_issued_kits_reconcile_with_receipts(session, field):
    b, dist, nfi = field["build"], field["dist"], field["nfi"]
    issue = dict(warehouse="Kalemie warehouse", kit_type_id=nfi.id, moved_on=D(2024, 3, 9), movement="issued",
                 distribution_id=dist.id)
    with refused("quantity", "is more than the stock of NFI-STD in Kalemie warehouse (100 on 2024-03-09)"):
        b.create("stock_movement", **(issue | {"quantity": 101}))
    with refused("quantity", "is more than the stock of NFI-STD in Kalemie warehouse (0 on 2024-02-28)"):
        b.create("stock_movement", **(issue | {"quantity": 1, "moved_on": D(2024, 2, 28)}))
    with refused("distribution_id", "is required for kits issued"):
        b.create("stock_movement", **(issue | {"quantity": 1, "distribution_id": None}))
    with refused("distribution_id", "only kits issued go to a distribution"):
        b.create("stock_movement", **(issue | {"quantity": 1, "movement": "lost or damaged"}))
    assert count(session, m.StockMovement) == 1
    b.create("stock_movement", **(issue | {"quantity": 3}))
    lost = b.create("stock_movement", **(issue | {"quantity": 5, "movement": "lost or damaged",
                                                  "distribution_id": None, "moved_on": D(2024, 3, 12)}))
    [balance] = distributions.stock_balances(session)
    assert (balance.warehouse, balance.kit_code, balance.received, balance.issued, balance.lost, balance.balance) \
        == ("Kalemie warehouse", "NFI-STD", 100, 3, 5, 92)
    assert distributions.stock_balances(session, D(2024, 3, 10))[0].balance == 97
    with refused("quantity", "is more than the stock of NFI-STD in Kalemie warehouse (97 on 2024-03-12)"):
        records.update(session, "stock_movement", lost.id, {"quantity": 98})
    received = session.scalars(select(m.StockMovement).where(m.StockMovement.movement == "received")).one()
    with refused("quantity", "would leave the stock of NFI-STD in Kalemie warehouse below zero on 2024-03-09"):
        records.update(session, "stock_movement", received.id, {"quantity": 2})
    with pytest.raises(Exception, match="kits issued later came from it"):
        records.delete(session, "stock_movement", received.id)
    distributions.build_list(session, dist.id)
    for h in field["households"][:2]:
        b.create("receipt", distribution_id=dist.id, household_id=h.id, received_on=D(2024, 3, 10))
    nfi_line = distributions.reconciliation(session, dist.id)[0]
    assert (nfi_line.kit_code, nfi_line.entitled, nfi_line.received, nfi_line.issued, nfi_line.difference) == (
        "NFI-STD", 3, 2, 3, 1)


def test_a_recorded_receipt_keeps_its_list_line_and_the_distribution_date_before_it(session, field):
    """Routes around the receipt rules, each refused with the field named and nothing changed: the distribution's
    planned day moved after a receipt, starting it after a receipt, deleting the list line a receipt is of."""
    b, dist, (h1, _, _, _) = field["build"], field["dist"], field["households"]
    distributions.build_list(session, dist.id)
    b.create("receipt", distribution_id=dist.id, household_id=h1.id, received_on=D(2024, 3, 10), proof="signature")
    with refused("planned_on", "cannot be after its first receipt (2024-03-10)"):
        records.update(session, "distribution", dist.id, {"planned_on": D(2024, 3, 12)})
    with refused("date", "cannot be after its first receipt (2024-03-10)"):
        workflows.change_distribution_status(session, dist.id, "in progress", D(2024, 3, 11))
    line = session.scalars(select(m.Entitlement).where(m.Entitlement.distribution_id == dist.id,
                                                       m.Entitlement.household_id == h1.id)).first()
    with refused(None, "This entitlement cannot be deleted: the household received its kits on 2024-03-10; "
                       "delete its receipt first"):
        records.delete(session, "entitlement", line.id)
    session.expire_all()
    again = session.get(m.Distribution, dist.id)
    assert (again.planned_on, again.status, again.started_on) == (D(2024, 3, 10), "planned", None)
    assert session.get(m.Entitlement, line.id) is not None
    workflows.change_distribution_status(session, dist.id, "in progress", D(2024, 3, 10))  # the day itself
    with refused("started_on", "is changed through the distribution's workflow, not edited"):
        records.update(session, "distribution", dist.id, {"started_on": D(2024, 3, 11)})
    records.update(session, "distribution", dist.id, {"planned_on": D(2024, 3, 12)})  # started: its date is the start
