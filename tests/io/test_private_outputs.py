"""Every file the workbench writes is readable by its owner only (0600): exports, rejected rows, IATI XML, report
PDFs, temporary copies of attachments and the log. Household and grantee records identify vulnerable people."""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys

import pytest
from sqlalchemy import text

from tests.io.conftest import write_xlsx
from workbench.db import make_engine
from workbench.io import export_records, read_table, table_export, validate, write_iati, write_rejected
from workbench.io.table_export import TableColumn
from workbench.reports import RenderOptions, ReportParams, make_report
from workbench.services.attachments import attach_file, export_attachment
from workbench.services.screens import TableQuery

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

D = dt.date


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def open_umask():
    """The usual umask of a laptop's account: files readable by everyone unless the program says otherwise."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_an_export_is_private_new_or_written_over(session, office, tmp_path, suffix):
    office["build"].household(office["kalonda"], code="KAL-0001", head_name="Mwamba Ilunga")
    out = tmp_path / f"households.{suffix}"
    export_records(session, "households", out)
    assert mode(out) == 0o600
    out.chmod(0o644)  # an older export, readable by all: its new content is people's records again
    export_records(session, "households", out)
    assert mode(out) == 0o600


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_an_exported_table_is_private(session, office, tmp_path, suffix):
    office["build"].household(office["kalonda"], code="KAL-0001", head_name="Mwamba Ilunga")
    out = tmp_path / f"table.{suffix}"
    columns = [TableColumn("code", "Household ID"), TableColumn("head_name", "Head of household")]
    assert table_export.export_table(session, "household", TableQuery(), columns, out) == 1
    assert mode(out) == 0o600


def test_the_iati_file_is_private(session, office, tmp_path):
    office["iraq"].locations.append(office["bartella"])  # IATI wants each activity's country
    out = tmp_path / "activities.xml"
    write_iati(session, out)
    assert mode(out) == 0o600


def test_the_rejected_rows_file_is_private(session, office, tmp_path):
    path = write_xlsx(tmp_path / "hh.xlsx", [
        ["Household ID", "Head of household", "Sex of head", "Household size", "Site", "Registered on"],
        ["KAL-0002", "Ilunga Banza", "male", 0, "Kalonda", D(2022, 5, 10)],
    ])
    result = validate(session, "households", read_table(path))
    out = tmp_path / "rejected.xlsx"
    assert write_rejected(result, out) == 1
    assert mode(out) == 0o600


def test_a_report_pdf_is_private(session, office, tmp_path):
    b = office["build"]
    b.grant(office["iraq"], office["bartella"])
    out = make_report(session, "grants", ReportParams(project_code=office["iraq"].code), RenderOptions(),
                      tmp_path / "reports" / "grants.pdf")
    assert out.stat().st_size > 0 and mode(out) == 0o600


def test_the_copy_of_an_attachment_opened_with_the_viewer_is_private(session, office, tmp_path):
    photo = tmp_path / "contract.pdf"
    photo.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    attachment = attach_file(session, "project", office["project"].id, photo)
    copy = export_attachment(session, attachment.id, tmp_path / "open")
    assert copy.read_bytes() == photo.read_bytes() and mode(copy) == 0o600


def test_the_log_file_is_private_and_holds_no_personal_data(backend, fresh_url, data_dir, monkeypatch):
    """A failed write of a household's record, logged by the window's error handler: the log says what failed,
    never the values (a name and a phone number) the statement carried."""
    from workbench.views import errors

    engine = make_engine(fresh_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE people (name VARCHAR(40) NOT NULL UNIQUE, phone VARCHAR(20))"))
            conn.execute(text("INSERT INTO people VALUES (:n, :p)"), {"n": "Mwamba Secretname", "p": "+243 812 000 111"})
        with pytest.raises(Exception) as caught:
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO people VALUES (:n, :p)"),
                             {"n": "Mwamba Secretname", "p": "+243 812 000 111"})
    finally:
        engine.dispose()
    monkeypatch.setattr(errors.QApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(sys, "__excepthook__", lambda *a: None)
    errors.report_exception(caught.type, caught.value, caught.tb)
    log = errors.log_path().read_text(encoding="utf-8")
    assert "INSERT INTO people" in log  # what failed is there for IT support
    assert "Secretname" not in log and "812 000" not in log
    assert mode(errors.log_path()) == 0o600 and mode(errors.log_path().parent) == 0o700
