"""Fixtures of the import tests: the places and projects a file refers to, and files written on the spot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from tests.builders import Build

D = dt.date


@pytest.fixture
def office(session):
    """Tanganyika's places with the Kalonda and Mukuku sites, an ECHO project; Iraq's Ninewa with a project."""
    b = Build(session)
    country, province, territory, village = b.tanganyika()
    project = b.project()
    kalonda = b.site(territory, "Kalonda", project_id=project.id)
    mukuku = b.site(territory, "Mukuku", opened_on=D(2019, 6, 1))
    iq = b.ninewa()
    iraq = b.iraq_project()
    session.flush()
    return {"build": b, "territory": territory, "village": village, "project": project, "kalonda": kalonda,
            "mukuku": mukuku, "bartella": iq[3], "iraq": iraq, "province": province, "country": country}


def write_xlsx(path: Path, rows: list[list], sheet: str = "Sheet1", more: dict[str, list[list]] | None = None) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for name, extra in (more or {}).items():
        other = book.create_sheet(name)
        for row in extra:
            other.append(row)
    book.save(path)
    return path
