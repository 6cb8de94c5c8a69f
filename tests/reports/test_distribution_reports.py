"""The distribution list and the distributions report, read back from the PDFs: every figure worked out by hand
from the small field below, for two periods."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from tests.builders import Build
from tests.reports.conftest import pdf_text
from workbench import models as m
from workbench.reports import RenderOptions, ReportParams, make_report
from workbench.services import distributions, workflows
from workbench.services.errors import DomainError

D = dt.date


@pytest.fixture
def field(session):
    """Kalonda: KAL-0001..0004 of 1, 4, 5 and 9 people (KAL-0004 left on 2024-02-20); Mukuku: MUK-0001 of 6.
    CD-DIST-0001 at Kalonda on 2024-03-10 hands out one NFI kit a household and a shelter kit per 4 people (at
    least one): KAL-0001 1 + 1, KAL-0002 1 + 1, KAL-0003 1 + 2, so 3 NFI and 4 shelter kits for 10 people.
    Received on 10-11 March; KAL-0002's verified "not received" (20 March), KAL-0003's "with issues" (21 March).
    CD-DIST-0002 at Mukuku on 2024-04-05: one NFI kit for MUK-0001, received that day.
    The Kalemie warehouse got 100 NFI and 10 shelter kits on 1 March, issued 3 + 4 to the first distribution
    on 9 March and 1 NFI kit to the second on 4 April."""
    b = Build(session)
    _, _, territory, village = b.tanganyika()
    project = b.project()
    kalonda, mukuku = b.site(territory, "Kalonda"), b.site(territory, "Mukuku")
    households = {}
    for site, code, size, name, departed in (
            (kalonda, "KAL-0001", 1, "Mwamba Kasongo", None), (kalonda, "KAL-0002", 4, "Ilunga Banza", None),
            (kalonda, "KAL-0003", 5, "Kyungu Mbuyu", None), (kalonda, "KAL-0004", 9, "Banza Kalenga", D(2024, 2, 20)),
            (mukuku, "MUK-0001", 6, "Ngoy Kabila", None)):
        households[code] = b.household(site, code=code, size=size, head_name=name, departure_date=departed,
                                       destination_id=village.id if departed else None)
    nfi = b.create("kit_type", code="NFI-STD", name="NFI kit", category="NFI kit", per_household=1)
    shelter = b.create("kit_type", code="SHL-STD", name="Shelter kit", category="shelter kit",
                       rule="by household size", people_per_kit=4, minimum=1)
    for kit, item, n in ((nfi, "Blanket", 2), (nfi, "Jerrycan 20 l", 2), (shelter, "Tarpaulin 4x6 m", 2)):
        b.create("kit_item", kit_type_id=kit.id, item=item, quantity=n)
    first = b.create("distribution", code="CD-DIST-0001", project_id=project.id, site_id=kalonda.id,
                     planned_on=D(2024, 3, 10), warehouse="Kalemie warehouse")
    second = b.create("distribution", code="CD-DIST-0002", project_id=project.id, site_id=mukuku.id,
                      planned_on=D(2024, 4, 5), warehouse="Kalemie warehouse")
    for dist, kits in ((first, (nfi, shelter)), (second, (nfi,))):
        for kit in kits:
            b.create("distribution_kit", distribution_id=dist.id, kit_type_id=kit.id)
        distributions.build_list(session, dist.id)
    for kit, n in ((nfi, 100), (shelter, 10)):
        b.create("stock_movement", warehouse="Kalemie warehouse", kit_type_id=kit.id, moved_on=D(2024, 3, 1),
                 movement="received", quantity=n)
    for kit, n, dist, on in ((nfi, 3, first, D(2024, 3, 9)), (shelter, 4, first, D(2024, 3, 9)),
                             (nfi, 1, second, D(2024, 4, 4))):
        b.create("stock_movement", warehouse="Kalemie warehouse", kit_type_id=kit.id, moved_on=on,
                 movement="issued", quantity=n, distribution_id=dist.id)
    receipts = {}
    for dist, code, on in ((first, "KAL-0001", D(2024, 3, 10)), (first, "KAL-0002", D(2024, 3, 11)),
                           (first, "KAL-0003", D(2024, 3, 11)), (second, "MUK-0001", D(2024, 4, 5))):
        receipts[code] = b.create("receipt", distribution_id=dist.id, household_id=households[code].id,
                                  received_on=on, proof="thumbprint")
    workflows.verify_receipt(session, receipts["KAL-0002"].id, "not received", D(2024, 3, 20))
    workflows.verify_receipt(session, receipts["KAL-0003"].id, "received with issues", D(2024, 3, 21))
    session.flush()
    return session


def printed(session, tmp_path, kind, lang="en", **params) -> str:
    out = make_report(session, kind, ReportParams(**params), RenderOptions(lang=lang, printed_on=D(2024, 5, 2)),
                      tmp_path / f"{kind}-{lang}.pdf")
    return re.sub(r"[ \u00a0\u202f]+", " ", pdf_text(out, layout=True))


def test_the_distribution_list_has_each_household_its_kits_and_room_to_sign(field, tmp_path):
    text = printed(field, tmp_path, "distribution-list", distribution_code="CD-DIST-0001")
    assert "Distribution list CD-DIST-0001" in text
    assert "Kalonda: 3 households" in text
    # No., household, head, size, NFI, shelter; the departed household is not on the list.
    assert "1 KAL-0001 Mwamba Kasongo 1 1 1" in text
    assert "2 KAL-0002 Ilunga Banza 4 1 1" in text
    assert "3 KAL-0003 Kyungu Mbuyu 5 1 2" in text
    assert "KAL-0004" not in text and "MUK-0001" not in text
    assert "Total 10 3 4" in text
    assert "Signature or thumbprint" in text and "Date received" in text
    assert "Distributing officer" in text and "Community representative" in text
    assert re.search(r"NFI-STD NFI kit 3\n", text) and re.search(r"SHL-STD Shelter kit 4\n", text)
    assert "Page 1 of 1" in text
    hidden = printed(field, tmp_path, "distribution-list", distribution_code="CD-DIST-0001", hide_names=True)
    assert "1 KAL-0001 1 1 1" in hidden and "Mwamba" not in hidden and "Head of household" not in hidden


def test_the_distribution_list_in_french_and_arabic(field, tmp_path):
    french = printed(field, tmp_path, "distribution-list", "fr", distribution_code="CD-DIST-0001")
    assert "Liste de distribution CD-DIST-0001" in french and "Signature ou empreinte" in french
    arabic = printed(field, tmp_path, "distribution-list", "ar", distribution_code="CD-DIST-0001")
    assert "CD-DIST-0001" in arabic and "KAL-0003" in arabic


def test_the_distribution_list_needs_a_known_distribution(field, tmp_path):
    with pytest.raises(DomainError, match="needs a distribution"):
        printed(field, tmp_path, "distribution-list")
    with pytest.raises(DomainError, match="no distribution with the code 'CD-NOPE'"):
        printed(field, tmp_path, "distribution-list", distribution_code="CD-NOPE")


def test_distributions_report_for_march_and_for_april(field, tmp_path):
    march = printed(field, tmp_path, "distributions", date_from=D(2024, 3, 1), date_to=D(2024, 3, 31))
    # Planned: 3 NFI + 4 shelter kits. Distributed: KAL-0001 (1 + 1) and KAL-0003 (1 + 2); KAL-0002's were
    # not received.
    assert "NFI-STD 3 2 66.7%" in march
    assert "SHL-STD 4 3 75.0%" in march
    assert "Kalonda 7 5 71.4%" in march
    assert "Mar 2024 7 5 71.4%" in march
    assert "CD-DIST-0001 Kalonda KAL-0002 not received 20 Mar 2024 open" in march
    assert "CD-DIST-0001 Kalonda KAL-0003 received with issues 21 Mar 2024 open" in march
    assert "Stock on 31 Mar 2024" in march
    assert "Kalemie warehouse NFI-STD 100 3 0 97" in march
    assert "Kalemie warehouse SHL-STD 10 4 0 6" in march
    april = printed(field, tmp_path, "distributions", date_from=D(2024, 4, 1), date_to=D(2024, 4, 30))
    assert "NFI-STD 1 1 100.0%" in april and "SHL-STD" not in april.split("Stock on")[0]
    assert "Mukuku 1 1 100.0%" in april and "Apr 2024 1 1 100.0%" in april
    assert "No receipt was found not received or received with issues in the period." in april
    assert "Kalemie warehouse NFI-STD 100 4 0 96" in april
    with pytest.raises(DomainError, match="no distributions in the period 2025-01-01 to 2025-01-31"):
        printed(field, tmp_path, "distributions", date_from=D(2025, 1, 1), date_to=D(2025, 1, 31))


def test_the_closure_report_says_which_departed_households_got_their_return_package(session, tmp_path):
    """Kalonda closing since 2024-02-01: KAL-0001 (4 people) and KAL-0002 (3) left on 2024-02-20, KAL-0003 stays.
    KAL-0001 received its return package on the day it left; KAL-0002's was verified "not received"."""
    b = Build(session)
    _, _, territory, village = b.tanganyika()
    project = b.project()
    site = b.site(territory, "Kalonda")
    workflows.change_site_status(session, site.id, "closing", D(2024, 2, 1))
    left = {}
    for code, size, departed in (("KAL-0001", 4, D(2024, 2, 20)), ("KAL-0002", 3, D(2024, 2, 20)),
                                 ("KAL-0003", 5, None)):
        left[code] = b.household(site, code=code, size=size, departure_date=departed,
                                 destination_id=village.id if departed else None)
    package = b.create("kit_type", code="RET-PKG", name="Return package", category="return package",
                       per_household=1)
    b.create("kit_item", kit_type_id=package.id, item="Hoe", quantity=2)
    dist = b.create("distribution", code="KLD-RET-202402", project_id=project.id, site_id=site.id,
                    planned_on=D(2024, 2, 20))
    b.create("distribution_kit", distribution_id=dist.id, kit_type_id=package.id)
    assert distributions.build_list(session, dist.id, "departed") == 2
    for code in ("KAL-0001", "KAL-0002"):
        b.create("receipt", distribution_id=dist.id, household_id=left[code].id, received_on=D(2024, 2, 20))
    not_got = session.scalars(select(m.Receipt).where(m.Receipt.household_id == left["KAL-0002"].id)).one()
    workflows.verify_receipt(session, not_got.id, "not received", D(2024, 3, 1))
    session.flush()
    b.create("cash_tranche", household_id=left["KAL-0001"].id, sequence=1, purpose="transport", amount=50,
             currency="USD", status="paid", paid_on=D(2024, 2, 19))
    b.create("cash_tranche", household_id=left["KAL-0001"].id, sequence=2, purpose="construction", amount=100,
             currency="USD", status="paid", paid_on=D(2024, 3, 5))
    b.create("cash_tranche", household_id=left["KAL-0002"].id, sequence=1, purpose="transport", amount=75000,
             currency="CDF", status="planned")
    session.flush()
    text = printed(session, tmp_path, "closure")
    assert "Return packages handed over" in text
    assert re.search(r"Kalonda 2 1 1\n", text), text
    # What each household received: by the report's day, both tranches of KAL-0001 (150 USD); KAL-0002's package
    # was not received and its tranche is still owed.
    rows = [" ".join(line.split()) for line in text.splitlines()]
    assert "What each household that left received" in text
    assert "KAL-0001 Kalonda 20 Feb 2024 Kabubili 20 Feb 2024 2 150.00 USD –" in rows, [r for r in rows if "KAL-" in r]
    assert "KAL-0002 Kalonda 20 Feb 2024 Kabubili none 0 – 75,000.00 CDF" in rows
    assert "KAL-0003" not in text
    # February only: KAL-0001's second tranche, paid on 5 March, was still owed on 29 February.
    february = printed(session, tmp_path, "closure", date_from=D(2024, 2, 1), date_to=D(2024, 2, 29))
    rows = [" ".join(line.split()) for line in february.splitlines()]
    assert "KAL-0001 Kalonda 20 Feb 2024 Kabubili 20 Feb 2024 1 50.00 USD 100.00 USD" in rows, \
        [r for r in rows if "KAL-" in r]
    french = printed(session, tmp_path, "closure", "fr")
    assert "Paquets retour remis" in french


def test_the_3w_counts_the_households_that_received_kits_in_the_period(field, tmp_path):
    """March: KAL-0001 (1 person) and KAL-0003 (5) received their NFI and shelter kits; KAL-0002's were verified
    "not received". April: MUK-0001 (6 people), an NFI kit. Both distributions are still open: ongoing."""
    march = printed(field, tmp_path, "3w", date_from=D(2024, 3, 1), date_to=D(2024, 3, 31))
    rows = [" ".join(line.split()) for line in march.splitlines()]
    assert "IOM country office DRC-ECHO-2023-01 Shelter Distribution of NFI kits Tanganyika Kalemie CD7401 2 households 6 " \
           "10 Mar 2024 – ongoing ongoing" in rows, [r for r in rows if "Distribution" in r]
    assert "IOM country office DRC-ECHO-2023-01 Shelter Distribution of shelter kits Tanganyika Kalemie CD7401 2 households 6 " \
           "10 Mar 2024 – ongoing ongoing" in rows
    april = printed(field, tmp_path, "3w", date_from=D(2024, 4, 1), date_to=D(2024, 4, 30))
    rows = [" ".join(line.split()) for line in april.splitlines()]
    assert "IOM country office DRC-ECHO-2023-01 Shelter Distribution of NFI kits Tanganyika Kalemie CD7401 1 household 6 " \
           "5 Apr 2024 – ongoing ongoing" in rows, [r for r in rows if "Distribution" in r]
    assert "shelter kits" not in april
