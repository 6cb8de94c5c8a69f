"""The demo office's distributions (services/demo.py calls `write`): shelter and NFI kits in the open DR Congo sites
(the five Nyunzu sites, and at larger scales the others), return packages handed to the households leaving the
Kalemie sites on their day of departure, their receipts and verification, and the two warehouses' stock. Written
in bulk like the rest of the demo; every record keeps the rules a user's would (tests/services/test_demo.py)."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict

from sqlalchemy import text as sql

from workbench import models as m

D = dt.date

# code, name, category, rule, per household, people per kit, minimum, items (item, quantity, unit)
KIT_TYPES = [
    ("CD-NFI-STD", "Kit NFI standard (AME)", m.KitCategory.NFI, m.KitRule.FIXED, 1, None, None,
     [("Couverture", 2, "piece"), ("Natte", 2, "piece"), ("Jerrican 20 l", 2, "piece"), ("Seau 15 l avec couvercle",
                                                                                        1, "piece"),
      ("Kit de cuisine (marmites, assiettes, gobelets)", 1, "set"), ("Moustiquaire imprégnée", 2, "piece")]),
    ("CD-SHL-STD", "Kit abri d'urgence", m.KitCategory.SHELTER, m.KitRule.BY_SIZE, None, 5, 1,
     [("Bâche 4 x 6 m", 2, "piece"), ("Corde 30 m", 1, "roll"), ("Clous assortis", 1, "kg"), ("Marteau", 1, "piece"),
      ("Machette", 1, "piece")]),
    ("CD-HYG-STD", "Kit d'hygiène familial", m.KitCategory.HYGIENE, m.KitRule.BY_SIZE, None, 6, 1,
     [("Savon 200 g", 6, "piece"), ("Serviettes hygiéniques lavables", 2, "pack"), ("Seau avec robinet", 1, "piece"),
      ("Aquatabs", 50, "tablet")]),
    ("CD-RET-PKG", "Paquet retour (NFI et outils agricoles)", m.KitCategory.RETURN, m.KitRule.FIXED, 1, None, None,
     [("Houe", 2, "piece"), ("Machette", 1, "piece"), ("Semences (maïs, haricot)", 5, "kg"), ("Bâche 4 x 6 m", 1,
                                                                                          "piece"),
      ("Couverture", 2, "piece"), ("Jerrican 20 l", 1, "piece")]),
]
KALEMIE_WAREHOUSE = "Entrepôt OIM Kalemie"
NYUNZU_WAREHOUSE = "Entrepôt OIM Nyunzu"
CD_STAFF = ["Jean-Pierre Kasongo", "Neema Furaha Amisi", "Grace Mbuyi Ilunga", "Esther Mujinga Kalenga"]
PROXIES = ["Kabila Ngoy", "Mwamba Kyungu", "Furaha Mbuyu", "Ilunga Mutombo", "Aline Kasongo", "Mujinga Banza"]


def _day(value) -> D | None:
    if value is None or isinstance(value, D):
        return value
    return D.fromisoformat(str(value)[:10])


def _kits(kit: tuple, size: int) -> int:
    _, _, _, rule, per_household, people, minimum, _ = kit
    if rule == m.KitRule.BY_SIZE:
        return max(minimum or 0, math.ceil(size / people))
    return per_household


class _Writing:
    """The rows of every distribution table, gathered and then written in one insert each."""

    def __init__(self, demo):
        self.demo = demo
        self.r = demo.rng("distributions")
        self.distributions, self.kits, self.entitlements, self.receipts = [], [], [], []
        self.movements, self.complaints = [], []
        self.issued: dict[tuple[str, int], list[tuple[D, int]]] = defaultdict(list)  # (warehouse, kit) -> issues

    def distribution(self, code, project, site, planned: D, kit_ids, households, warehouse, day_of=None,
                     modality=m.Modality.IN_KIND) -> None:
        """One distribution, its list (households: (id, size)), its receipts and its stock issued; `day_of`
        gives a household's own day of receipt (a return package on the day it left)."""
        demo, r = self.demo, self.r
        today = demo.today
        did = demo.next_id("distributions")
        done = planned + dt.timedelta(days=3) < today
        started = planned if planned <= today else None
        status = (m.DistributionStatus.COMPLETED if done else m.DistributionStatus.IN_PROGRESS if started
                  else m.DistributionStatus.PLANNED)
        completed = None
        for kit_id, _ in kit_ids:
            self.kits.append((demo.next_id("distribution_kits"), did, kit_id, 1))
        totals: dict[int, int] = defaultdict(int)
        last_receipt = planned
        # Ids handed out in one block: a list holds thousands of entitlements.
        first = demo.ids.get("entitlements", 0) + 1
        demo.ids["entitlements"] = first - 1 + len(households) * len(kit_ids)
        ident = iter(range(first, demo.ids["entitlements"] + 1))
        per_size: dict[int, list[int]] = {}
        entitlements = self.entitlements
        for hid, size, site_id in households:
            counts = per_size.get(size)
            if counts is None:
                counts = per_size[size] = [_kits(kit, size) for _, kit in kit_ids]
            for (kit_id, _), n in zip(kit_ids, counts):
                totals[kit_id] += n
                entitlements.append((next(ident), did, hid, kit_id, n, 1))
            on = day_of(hid) if day_of else planned + dt.timedelta(days=int(r.random() * 3))
            if started is None or on > today or r.random() < 0.03:  # not come (yet): no receipt
                continue
            last_receipt = max(last_receipt, on)
            proxy = r.random() < 0.08
            proof = m.Proof.THUMBPRINT if r.random() < 0.55 else m.Proof.SIGNATURE
            verification = verified = complaint = None
            if r.random() < 0.3 and on + dt.timedelta(days=14) <= today:
                x = r.random()
                verification = (m.Verification.NOT_RECEIVED if x < 0.04 else m.Verification.WITH_ISSUES if x < 0.1
                                else m.Verification.RECEIVED)
                verified = on + dt.timedelta(days=7 + int(r.random() * 7))
                if verification != m.Verification.RECEIVED and (site_id or site):
                    complaint = demo.next_id("complaints")
                    resolved = verified + dt.timedelta(days=10 + int(r.random() * 20))
                    resolved = resolved if resolved <= today and r.random() < 0.7 else None
                    self.complaints.append((complaint, site_id or site, str(m.ComplaintChannel.FOCAL_POINT),
                                            "distribution", demo.d(verified),
                                            str(m.ComplaintStatus.RESOLVED if resolved else m.ComplaintStatus.OPEN),
                                            demo.d(resolved), f"{verification} on distribution {code}", 1))
            self.receipts.append((demo.next_id("receipts"), did, hid, demo.d(on),
                                  str(m.ReceivedBy.PROXY if proxy else m.ReceivedBy.HEAD),
                                  r.choice(PROXIES) if proxy else None, str(proof), r.choice(CD_STAFF),
                                  str(verification) if verification else None, demo.d(verified), complaint, "", 1))
        if done:
            completed = last_receipt + dt.timedelta(days=1)
            if completed > today:
                status, completed = m.DistributionStatus.IN_PROGRESS, None
        self.distributions.append((did, code, project, site, None, str(modality), demo.d(planned), warehouse,
                                   str(status), demo.d(started), demo.d(completed), "", 1))
        if started is not None:
            issue_day = planned - dt.timedelta(days=1)
            for kit_id, _ in kit_ids:
                self.movements.append([demo.next_id("stock_movements"), warehouse, kit_id, issue_day,
                                       str(m.MovementKind.ISSUED), totals[kit_id], did, ""])
                self.issued[(warehouse, kit_id)].append((issue_day, totals[kit_id]))

    def stock_received(self) -> None:
        """Kits came into each warehouse in consignments of a few hundred, each before the issues it serves, with a
        few lost or damaged in the warehouse; the stock never goes below zero."""
        demo, r = self.demo, self.r
        for (warehouse, kit_id), issues in sorted(self.issued.items()):
            issues.sort()
            balance = 0
            for day, n in issues:
                if balance < n:
                    lot = max(200, int(math.ceil((n - balance) * 1.1 / 100.0)) * 100)
                    self.movements.append([demo.next_id("stock_movements"), warehouse, kit_id,
                                           day - dt.timedelta(days=10 + int(r.random() * 20)),
                                           str(m.MovementKind.RECEIVED), lot, None,
                                           "Réception du pipeline" if r.random() < 0.7 else "Achat local"])
                    balance += lot
                    lost = int(lot * 0.01 * r.random())
                    if lost:
                        self.movements.append([demo.next_id("stock_movements"), warehouse, kit_id,
                                               day - dt.timedelta(days=5), str(m.MovementKind.LOST), lost, None,
                                               "Kits abîmés par la pluie"])
                        balance -= lost
                balance -= n

    def flush(self) -> None:
        w, d = self.demo.w, self.demo.d
        w.insert("distributions", ("id", "code", "project_id", "site_id", "location_id", "modality", "planned_on",
                                   "warehouse", "status", "started_on", "completed_on", "note", "version"),
                 self.distributions)
        w.insert("distribution_kits", ("id", "distribution_id", "kit_type_id", "version"), self.kits)
        w.insert("entitlements", ("id", "distribution_id", "household_id", "kit_type_id", "quantity", "version"),
                 self.entitlements)
        w.insert("complaints", ("id", "site_id", "channel", "category", "received_on", "status", "resolved_on",
                                "description", "version"), self.complaints)
        w.insert("receipts", ("id", "distribution_id", "household_id", "received_on", "received_by", "proxy_name",
                              "proof", "recorded_by", "verification", "verified_on", "complaint_id", "note",
                              "version"), self.receipts)
        w.insert("stock_movements", ("id", "warehouse", "kit_type_id", "moved_on", "movement", "quantity",
                                     "distribution_id", "note", "version"),
                 [(i, wh, k, d(on), mv, q, dist, note, 1) for i, wh, k, on, mv, q, dist, note in self.movements])


def write(demo) -> None:
    """Kit types, then the distributions of the DR Congo sites and the Kalemie return packages."""
    kit_rows, item_rows, kits = [], [], {}
    for kit in KIT_TYPES:
        code, name, category, rule, per_household, people, minimum, items = kit
        kid = demo.next_id("kit_types")
        kits[code] = (kid, kit)
        kit_rows.append((kid, code, name, str(category), str(rule), per_household, people, minimum,
                         f"Composition standard du cluster Abris/AME ({len(items)} articles)", 1))
        for item, quantity, unit in items:
            item_rows.append((demo.next_id("kit_items"), kid, item, quantity, unit, 1))
    demo.w.insert("kit_types", ("id", "code", "name", "category", "rule", "per_household", "people_per_kit", "minimum",
                                "description", "version"), kit_rows)
    demo.w.insert("kit_items", ("id", "kit_type_id", "item", "quantity", "unit", "version"), item_rows)

    out = _Writing(demo)
    drc = [s for s in demo.sites if s["country"] == "CD"]
    by_site: dict[int, list[tuple]] = defaultdict(list)
    rows = demo.conn.execute(sql(
        "SELECT id, site_id, size, registered_on, departure_date FROM households WHERE site_id IN ("
        + ",".join(str(s["id"]) for s in drc) + ") ORDER BY id")).all() if drc else []
    for hid, site_id, size, registered, departed in rows:
        by_site[site_id].append((hid, size, _day(registered), _day(departed)))
    prefix = {g.site_id: g.prefix for g in demo.registers}
    for site in drc:
        households = by_site.get(site["id"], [])
        code = prefix[site["id"]]
        if site.get("planned_closure") is not None:
            # Kalemie: a return package handed to each household on its day of departure, one distribution a month.
            months: dict[D, list[tuple]] = defaultdict(list)
            for hid, size, _, departed in households:
                if departed is not None:
                    months[departed.replace(day=1)].append((hid, size, departed))
            for month, leaving in sorted(months.items()):
                left = {hid: on for hid, _, on in leaving}
                out.distribution(f"{code}-RET-{month:%Y%m}", site["project"], site["id"], min(left.values()),
                                 [kits["CD-RET-PKG"]], [(hid, size, site["id"]) for hid, size, _ in leaving],
                                 KALEMIE_WAREHOUSE, day_of=left.get)
            continue
        if site["status"] != m.SiteStatus.OPEN:
            continue
        # An open site: shelter and NFI kits six weeks after it opened, NFI and hygiene kits each year after (the
        # rounds of the current projects, from 2023 on).
        rounds = [(site["opened"] + dt.timedelta(days=45), ("CD-NFI-STD", "CD-SHL-STD"))]
        day = rounds[0][0]
        while True:
            day = D(day.year + 1, day.month, min(day.day, 28))
            if day > demo.today + dt.timedelta(days=60):
                break
            if day.year >= 2023:
                rounds.append((day, ("CD-NFI-STD", "CD-HYG-STD")))
        for n, (planned, chosen) in enumerate(rounds, start=1):
            present = [(hid, size, site["id"]) for hid, size, registered, departed in households
                       if registered <= planned and (departed is None or departed > planned)]
            if present:
                out.distribution(f"{code}-DIST-{n:02d}", site["project"], site["id"], planned,
                                 [kits[c] for c in chosen], present, NYUNZU_WAREHOUSE)
    out.stock_received()
    out.flush()
    demo.step(len(out.entitlements) * 0.5, "distributions")
