"""An export sent to a partner as an AES-256 encrypted zip archive (WinZip AES, which 7-Zip, WinZip, macOS's
Archive Utility with 7-Zip and Python's pyzipper open), locked with a passphrase the sender gives the partner by
another way (a call, not the same e-mail). The plain file never reaches the disk: it is written in a private
temporary folder, put in the archive, and removed."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from workbench.files import atomic_output
from workbench.services.errors import DomainError

PASSPHRASE_VARIABLE = "WORKBENCH_EXPORT_PASSPHRASE"
MIN_PASSPHRASE = 12  # characters: the archive is only as strong as its passphrase


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise DomainError(f"the passphrase must have at least {MIN_PASSPHRASE} characters", "passphrase")


def write_encrypted(archive: str | Path, inner_name: str, write: Callable[[Path], int], passphrase: str) -> int:
    """Calls `write(path)` to write the export to a private temporary file named `inner_name`, then stores it in
    `archive` with AES-256; returns what `write` returned (the number of records)."""
    import pyzipper

    check_passphrase(passphrase)
    folder = Path(tempfile.mkdtemp(prefix="workbench-export-"))  # mode 0700: only this user reads it
    try:
        inner = folder / Path(inner_name).name
        count = write(inner)
        with atomic_output(archive) as partial:
            with pyzipper.AESZipFile(partial, "w", compression=pyzipper.ZIP_DEFLATED,
                                     encryption=pyzipper.WZ_AES) as zf:
                zf.setpassword(passphrase.encode("utf-8"))
                zf.setencryption(pyzipper.WZ_AES, nbits=256)
                zf.write(inner, inner.name)
        return count
    finally:
        for child in folder.iterdir():
            _wipe(child)
        shutil.rmtree(folder, ignore_errors=True)


def _wipe(path: Path) -> None:
    """Overwrites the plain file before removing it, so its blocks do not keep the names (best effort: an SSD or a
    journaling file system may keep copies; the README says so)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            handle.write(b"\0" * size)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def read_encrypted(archive: str | Path, passphrase: str) -> dict[str, bytes]:
    """The files in an archive, by name (tests, and a partner with Python)."""
    import pyzipper

    with pyzipper.AESZipFile(archive) as zf:
        zf.setpassword(passphrase.encode("utf-8"))
        return {name: zf.read(name) for name in zf.namelist()}
