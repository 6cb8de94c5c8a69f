"""Files the workbench writes (exports, reports, rejected rows, backups): never over a database, never half.

`check_output` is the one check every command and screen makes before writing a file: a SQLite database (its
16-byte header), the open database itself or its -wal/-shm/-journal are refused whatever the user asks, and
another existing file only when the user said to replace it. `atomic_output` writes to a private temporary
name in the same folder and renames it to its name only once it is complete, so a failed or killed write
leaves the old file, or nothing, at the name. No Qt.
"""

from __future__ import annotations

import glob
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.services.errors import DomainError

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
PRIVATE_DIR = 0o700
# Where a write's own process cannot be asked after (Windows), a temporary file this old is a killed write's.
LEFTOVER_AGE_SECONDS = 24 * 3600


class OutputRefused(DomainError):
    """A file the workbench will not write: one line saying why, nothing written."""


def is_sqlite_database(path: str | Path) -> bool:
    """A SQLite database by its header, or an encrypted one (no header to read) by its keys file beside it."""
    if Path(f"{path}.keys").is_file() and Path(path).is_file():
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_output(path: str | Path, *, replace: bool = False, database: Path | None = None,
                 protected: Iterable[Path] = ()) -> Path:
    """The file `path` may be written: refuse a database, the open `database` (and its -wal, -shm, -journal)
    or any `protected` file, and an existing file unless `replace`. Returns the path."""
    path = Path(path).expanduser()
    guarded = [Path(p) for p in protected]
    if database is not None:
        guarded += [Path(database)] + [Path(f"{database}{suffix}") for suffix in SQLITE_COMPANIONS]
    if any(_same(path, p) for p in guarded):
        raise OutputRefused(f"{path} is the open database or one of its files; choose another file")
    if path.is_dir():
        raise OutputRefused(f"{path} is a folder; choose a file")
    if is_sqlite_database(path):
        raise OutputRefused(f"{path} is a database; it is never overwritten: choose another file")
    if path.exists() and not replace:
        raise OutputRefused(f"{path} exists; add --replace to overwrite it")
    return path


@contextmanager
def atomic_output(path: str | Path, *, private: bool = True) -> Iterator[Path]:
    """Yield a temporary file beside `path` to write; on success it is flushed to disk and renamed to `path`
    (os.replace), on failure removed; what a killed write of `path` left beside it is removed first
    (remove_leftovers). A database at `path` is refused. The temporary file is created 0600; `private=False`
    gives the finished file the usual permissions (umask)."""
    path = Path(path).expanduser()
    if is_sqlite_database(path):
        raise OutputRefused(f"{path} is a database; it is never overwritten: choose another file")
    path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    remove_leftovers(path)
    try:
        # The writing process's id in the name: a later write can tell a killed write's file from one in progress.
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}-",
                                        suffix=f".partial{path.suffix}")
    except OSError as exc:  # named as the user gave it, not by the temporary name it would be written under
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if not private:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        if is_sqlite_database(path):  # became one while we wrote: still never replaced
            raise OutputRefused(f"{path} is a database; it is never overwritten: choose another file")
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        if exc.filename is not None and Path(exc.filename).name == temporary.name:
            # Say which file the user asked for, not the temporary name it was being written under.
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _partial_files(path: Path) -> list[Path]:
    pattern = f".{glob.escape(path.name)}.*.partial{glob.escape(path.suffix)}"
    return sorted(path.parent.glob(pattern))


def _writer_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # POSIX only: signal 0 asks, sends nothing
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: alive, another account's
        return True
    return True


def remove_leftovers(path: str | Path) -> list[Path]:
    """Remove the temporary files a killed or crashed write of `path` left beside it (atomic_output's
    `.<name>.<pid>-<random>.partial<suffix>`): those whose process is gone, or (on Windows, or without a process
    id in the name) older than a day. A write in progress keeps its file. Returns what was removed."""
    path = Path(path).expanduser()
    removed = []
    for leftover in _partial_files(path):
        pid_text = leftover.name[len(path.name) + 2:].split("-", 1)[0]
        try:
            if os.name == "posix" and pid_text.isdigit():
                stale = int(pid_text) != os.getpid() and not _writer_alive(int(pid_text))
            else:
                stale = time.time() - leftover.stat().st_mtime > LEFTOVER_AGE_SECONDS
            if stale:
                leftover.unlink()
                removed.append(leftover)
        except OSError:  # gone meanwhile, or not ours to remove: left as it is
            continue
    return removed


def _sync_folder(folder: Path) -> None:
    """The rename itself on disk (POSIX); Windows has no folder handles to flush."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
