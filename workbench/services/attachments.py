"""Documents and photos attached to records, kept inside the database so a backup carries them."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from pathlib import Path

from sqlalchemy.orm import Session

from workbench import models as m
from workbench.db import private_output
from workbench.services import records
from workbench.services.errors import DomainError

MAX_BYTES = 50 * 1024 * 1024  # a phone photo or a scanned contract; not a video


def attach_file(session: Session, owner_kind: str, owner_id: int, path: Path, description: str = "") -> m.Attachment:
    """Attach a file to a record (a work's progress photo, a signed contract); identical files are stored once."""
    kind = records.kind_of(owner_kind)
    records.get(session, owner_kind, owner_id)  # refuses a missing owner
    path = Path(path)
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
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
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


def export_attachment(session: Session, attachment_id: int, folder: Path) -> Path:
    """Write an attachment's bytes to a file (to open it with the system viewer), checking its hash."""
    attachment = records.get(session, "attachment", attachment_id)
    data = attachment.content.data
    if hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise DomainError(f"{attachment.file_name} is damaged in the database (its hash does not match)")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(attachment.file_name).name
    private_output(target).write_bytes(data)
    return target
