"""Documents and photos attached to records, kept inside the database so a backup carries them."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import mimetypes
import re
import unicodedata
import zipfile
from pathlib import Path

from sqlalchemy.orm import Session

from workbench import models as m
from workbench.db import private_output
from workbench.services import permissions, records
from workbench.services.errors import DomainError

MAX_BYTES = 50 * 1024 * 1024  # a phone photo or a scanned contract; not a video

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT, ODS = "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"
DOC, XLS = "application/msword", "application/vnd.ms-excel"
# What the window opens with the system's viewer, and the extension its temporary copy gets: documents and images
# only. Anything else (a program, a script, a shortcut) could run instead of being shown.
VIEWABLE = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif",
            "image/webp": ".webp", "text/plain": ".txt", "text/csv": ".csv", XLSX: ".xlsx", XLS: ".xls",
            DOCX: ".docx", DOC: ".doc", ODT: ".odt", ODS: ".ods"}
_SIGNATURES = [(b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
               (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif")]
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .doc and .xls (and of other things)
_PROGRAMS = (b"MZ", b"\x7fELF", b"#!", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")


def detected_type(data: bytes, named_type: str | None = None) -> str | None:
    """The viewable type of a file judged by its bytes (`named_type`, from its name, only tells .doc from .xls and
    .csv from .txt); None when it is not a document or image the window opens."""
    for signature, media_type in _SIGNATURES:
        if data.startswith(signature):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
                if "mimetype" in names:
                    declared = archive.read("mimetype").decode("ascii", "replace").strip()
                    return declared if declared in (ODT, ODS) else None
        except (zipfile.BadZipFile, OSError):
            return None
        return DOCX if "word/document.xml" in names else XLSX if "xl/workbook.xml" in names else None
    if data.startswith(_OLE):
        return named_type if named_type in (DOC, XLS) else None
    if named_type in ("text/plain", "text/csv") and not data.startswith(_PROGRAMS) and b"\x00" not in data[:65536]:
        return named_type
    return None


def _refuse_unsafe_name(name: str) -> None:
    if ".." in name or any(c in name for c in "/\\\x00") or any(unicodedata.category(c) == "Cc" for c in name):
        raise DomainError(f"{name!r} cannot be attached: a file name with '..', a slash, a backslash or a control "
                          f"character is refused; rename the file first", "file")


def attach_file(session: Session, owner_kind: str, owner_id: int, path: Path, description: str = "") -> m.Attachment:
    """Attach a file to a record (a work's progress photo, a signed contract); identical files are stored once."""
    kind = records.kind_of(owner_kind)
    owner = records.get(session, owner_kind, owner_id)  # refuses a missing owner, or one the user may not read
    permissions.require(session, "attachment", "create")
    permissions.require_record(session, owner_kind, "edit", owner)  # documents go on records the user may change
    path = Path(path)
    _refuse_unsafe_name(path.name)
    if not path.is_file():
        raise DomainError(f"no file at {path}", "file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DomainError(f"{path.name} is {size / 1e6:.0f} MB; attachments are limited to {MAX_BYTES // 10**6} MB",
                          "file")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if session.get(m.AttachmentContent, digest) is None:
        session.add(m.AttachmentContent(sha256=digest, data=data))
    named_type = mimetypes.guess_type(path.name)[0]
    media_type = detected_type(data, named_type) or named_type or "application/octet-stream"
    attachment = m.Attachment(owner_table=kind.model.__tablename__, owner_id=owner_id, file_name=path.name,
                              media_type=media_type, size=size, sha256=digest, description=description,
                              added_on=dt.datetime.now().replace(microsecond=0))
    session.add(attachment)
    session.flush()
    return attachment


def attachments_of(session: Session, owner_kind: str, owner_id: int) -> list[m.Attachment]:
    table = records.kind_of(owner_kind).model.__tablename__
    return records.list_records(session, "attachment", filters={"owner_table": table, "owner_id": owner_id},
                                order_by="added_on")


def opened_folder(sha256: str) -> Path:
    """Where the window writes the copy of an attachment it opens with the system viewer: in the user's private
    data folder, one folder per content, so that an erasure finds and removes the copies of what it erases."""
    from workbench import db

    return db.data_dir() / "opened" / sha256


def export_attachment(session: Session, attachment_id: int, folder: Path | None = None) -> Path:
    """Write an attachment's bytes to a private file to open with the system viewer, checking its hash. Only a
    document or an image is written, under an extension given by its bytes, never by its stored name (the viewer
    is chosen by the extension: "payslip.pdf.exe" would run). Without `folder`: in its opened_folder()."""
    attachment = records.get(session, "attachment", attachment_id)
    if folder is None:
        folder = opened_folder(attachment.sha256)
    data = attachment.content.data
    if hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise DomainError(f"{attachment.file_name} is damaged in the database (its hash does not match)")
    media_type = detected_type(data, attachment.media_type)
    if media_type is None:
        raise DomainError(f"{attachment.file_name} is not a document the workbench opens; save it and check it first")
    stem = re.sub(r"[^\w \-]+", "_", attachment.file_name.split(".")[0]).strip(" _") or "attachment"
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"{stem}{VIEWABLE[media_type]}"
    private_output(target).write_bytes(data)
    return target
