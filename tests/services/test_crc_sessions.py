"""A CRC's sessions: dated while the CRC is open, their attendance by sex and age group and by population group
adding up to the participants, listed newest first on the CRC's tab."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import Build, audit, count, refused
from workbench import models as m
from workbench.services import records, screens
from workbench.services.screens import TableQuery

D = dt.date
ATTENDANCE = dict(participants=20, girls=2, boys=3, women=8, men=5, older_women=1, older_men=1, idps=6,
                  returnees=10, host_community=4)


@pytest.fixture
def crc(session):
    b = Build(session)
    _, _, _, town = b.ninewa()
    crc = b.create("crc", code="IQ-CRC-BAR-01", name="Bartella CRC", centre_type="walk-in", location_id=town.id,
                   opened_on=D(2023, 5, 2))
    session.flush()
    return b, crc


def _session(b, crc, on, **values):
    defaults = dict(crc_id=crc.id, held_on=on, session_kind="awareness", topic="Civil documentation after return",
                    facilitator="ICLA team") | ATTENDANCE
    return b.create("crc_session", **(defaults | values))


def test_a_sessions_attendance_adds_up_both_ways(session, crc):
    b, centre = crc
    first = _session(b, centre, D(2023, 6, 12))
    assert (first.participants, first.idps, first.version) == (20, 6, 1)
    assert len(audit(session, "crc_sessions", first.id, "create")) == 1
    with refused("participants", "sex and age groups add up to 20, not 21"):
        _session(b, centre, D(2023, 6, 13), participants=21)
    with refused("participants", "population groups add up to 19, not 20"):
        _session(b, centre, D(2023, 6, 13), idps=5)
    with refused("host_community", "is missing: give every group, or none"):
        _session(b, centre, D(2023, 6, 13), host_community=None)
    with refused("held_on", "cannot be before the CRC opened (2023-05-02)"):
        _session(b, centre, D(2023, 5, 1))
    with refused("session_kind", "must be one of: awareness, information, legal counselling (group), informal "
                                 "education, skills (not 'sports')"):
        _session(b, centre, D(2023, 6, 13), session_kind="sports")
    assert count(session, m.CrcSession) == 1
    with refused("idps", "is missing: give every group, or none"):
        records.update(session, "crc_session", first.id, {"idps": None})
    assert records.get(session, "crc_session", first.id).idps == 6
    second = _session(b, centre, D(2024, 1, 20), session_kind="skills", topic="Tailoring", participants=12,
                      girls=0, boys=0, women=9, men=3, older_women=0, older_men=0, idps=2, returnees=8,
                      host_community=2)
    rows = screens.fetch_rows(session, "crc_session", TableQuery(filters={"crc_id": centre.id}), 0, 10)
    shown = [dict(zip(["id", *screens.TABLES["crc_session"].columns], row)) for row in rows]
    assert [(r["held_on"], r["session_kind"], r["participants"]) for r in shown] == [
        (D(2024, 1, 20), "skills", 12), (D(2023, 6, 12), "awareness", 20)]
    with refused("closed_on", "cannot be before its last session (2024-01-20)"):
        records.update(session, "crc", centre.id, {"closed_on": D(2023, 12, 31)})
    with refused(None, "it still has 2 sessions"):
        records.delete(session, "crc", centre.id)
    assert second.id != first.id
