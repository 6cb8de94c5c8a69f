"""An attachment's name and type come from its file and cannot be edited; opening one never runs a program."""

from __future__ import annotations

import zipfile

import pytest

from tests.builders import Build
from workbench.services import records
from workbench.services.attachments import DOCX, attach_file, detected_type, export_attachment
from workbench.services.errors import DomainError


@pytest.fixture
def project(session):
    return Build(session).project()


def test_the_name_and_type_cannot_be_changed_after_attaching(session, project, tmp_path):
    contract = tmp_path / "contract.pdf"
    contract.write_bytes(b"%PDF-1.4\n...")
    attachment = attach_file(session, "project", project.id, contract)
    assert (attachment.file_name, attachment.media_type) == ("contract.pdf", "application/pdf")
    for field, value in (("media_type", "application/x-msdownload"), ("file_name", "contract.exe")):
        with pytest.raises(DomainError, match=f"{field}: is set from the attached file"):
            records.update(session, "attachment", attachment.id, {field: value})
    # The window's form sends every field back: the same values, and a new description, are accepted.
    records.update(session, "attachment", attachment.id, {"file_name": "contract.pdf",
                                                          "media_type": "application/pdf", "description": "signed"})
    assert (attachment.file_name, attachment.media_type, attachment.description) == \
        ("contract.pdf", "application/pdf", "signed")
    with pytest.raises(DomainError, match="file_name: is set from the attached file"):
        records.create(session, "attachment", {"owner_table": "projects", "owner_id": project.id,
                                               "file_name": "../../evil.pdf", "media_type": "application/pdf"})


def test_a_program_is_never_written_out_to_be_opened(session, project, tmp_path):
    program = tmp_path / "payslip.pdf.exe"
    program.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200))
    attachment = attach_file(session, "project", project.id, program)
    with pytest.raises(DomainError, match="payslip.pdf.exe is not a document the workbench opens; save it and check "
                                          "it first"):
        export_attachment(session, attachment.id, tmp_path / "open")
    assert not list((tmp_path / "open").glob("*")) if (tmp_path / "open").exists() else True


def test_a_document_is_opened_under_the_extension_of_its_bytes(session, project, tmp_path):
    disguised = tmp_path / "photo.exe.pdf"   # a PDF's name, a program's bytes
    disguised.write_bytes(b"MZ\x90\x00" + bytes(100))
    pdf_named_txt = tmp_path / "report.txt"  # a PDF's bytes under another name: opened as the PDF it is
    pdf_named_txt.write_bytes(b"%PDF-1.7\n" + bytes(50))
    bad = attach_file(session, "project", project.id, disguised)
    good = attach_file(session, "project", project.id, pdf_named_txt)
    with pytest.raises(DomainError, match="is not a document the workbench opens"):
        export_attachment(session, bad.id, tmp_path / "open")
    copy = export_attachment(session, good.id, tmp_path / "open")
    assert copy.name == "report.pdf" and copy.read_bytes() == pdf_named_txt.read_bytes()


def test_detected_types():
    assert detected_type(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert detected_type(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert detected_type(b"GIF89a...") == "image/gif"
    assert detected_type(b"name,phone\nA,1\n", "text/csv") == "text/csv"
    assert detected_type(b"@echo off\ndel *.*\n", "application/x-msdos-program") is None
    assert detected_type(b"#!/bin/sh\nrm -rf ~\n", "text/plain") is None


def test_a_word_document_is_recognised_inside_its_zip(tmp_path):
    path = tmp_path / "letter.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    assert detected_type(path.read_bytes()) == DOCX
    assert detected_type(b"PK\x03\x04not a zip") is None


@pytest.mark.parametrize("name", ["a..b.pdf", "contract\\..\\x.pdf", "scan\x00.pdf", "scan\n.pdf", "bell\x07.jpg"])
def test_an_unsafe_name_is_refused_when_attaching(session, project, tmp_path, name):
    with pytest.raises(DomainError, match="cannot be attached: a file name with '..', a slash"):
        attach_file(session, "project", project.id, tmp_path / name)
