"""Encrypting, decrypting and re-wrapping the keys of a SQLite database file in place, all or nothing. No Qt.

A conversion copies the database with `sqlcipher_export` into a temporary file beside it, fsyncs and checks the
copy (integrity and every table's row count against the original), and only then renames it over the original.
Killed at any moment it leaves the original database whole, or the converted one whole: the keys file of an
encryption is written before the rename (a plain file with a keys file beside it opens as plain), the one of a
decryption removed after it. The original is switched out of WAL first and locked for the whole conversion, so no
-wal of the old file can be applied to the new one and nobody writes meanwhile.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from workbench import keys as keyfiles
from workbench.db import DatabaseError, key_opens, key_pragma, sqlite_file_state, unlock


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.converting.partial")


def _counts(conn, schema: str = "main") -> dict[str, int]:
    tables = [name for (name,) in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in tables}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# SQLite's "dead man switch" byte of the -shm file: every connection to a WAL database holds a shared lock on it.
_SHM_DMS_OFFSET = 128


def _open_elsewhere(path: Path) -> bool:
    """Whether another process has the WAL database at `path` open (its lock on the -shm's DMS byte): a conversion
    renames a new file over the database, and what that process then wrote would go to the old one."""
    shm = Path(f"{path}-shm")
    if os.name != "posix" or not shm.exists():  # Windows refuses to rename over an open file anyway
        return False
    import fcntl

    fd = os.open(shm, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_OFFSET)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS_OFFSET)
        return False
    finally:
        os.close(fd)


def _convert(path: Path, src_key: bytes | None, dst_key: bytes | None, before_rename, after_rename,
             progress=print) -> None:
    partial = _partial(path)
    if _open_elsewhere(path):
        raise DatabaseError(f"{path} is open in another window or command; close it and try again.")
    src = sqlcipher.connect(str(path), isolation_level=None, timeout=5)
    try:
        if src_key is not None:
            src.execute(key_pragma(src_key))
        # The whole database in its file (no -wal), locked against every other connection until this one closes.
        mode = src.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode.lower() != "delete":
            raise DatabaseError(f"{path} is open in another window or command; close it and try again.")
        src.execute("PRAGMA locking_mode = EXCLUSIVE")
        src.execute("BEGIN EXCLUSIVE")
        src.execute("COMMIT")
        partial.unlink(missing_ok=True)  # a killed conversion's copy: we hold the lock, nobody else is writing it
        Path(f"{partial}-journal").unlink(missing_ok=True)
        # Created empty and private first (SQLite takes an empty file as a new database): the converted database
        # holds the same people as the original: readable by its owner only, as every database the workbench makes.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        progress(f"Copying {path.name}...")
        target_key = f"x'{dst_key.hex()}'" if dst_key is not None else ""
        src.execute(f"ATTACH DATABASE {_sql_text(str(partial))} AS converted KEY {_sql_text(target_key)}")
        src.execute("SELECT sqlcipher_export('converted')")
        src.execute("DETACH DATABASE converted")
        _fsync(partial)
        progress("Checking the copy...")
        check = sqlcipher.connect(str(partial), isolation_level=None)
        try:
            if dst_key is not None:
                check.execute(key_pragma(dst_key))
            problem = check.execute("PRAGMA integrity_check").fetchone()[0]
            if problem != "ok":
                raise DatabaseError(f"The converted copy failed its integrity check ({problem}); {path} is unchanged.")
            if _counts(check) != _counts(src):
                raise DatabaseError(f"The converted copy lacks rows; {path} is unchanged.")
        finally:
            check.close()
        before_rename()
        os.replace(partial, path)
        keyfiles.fsync_dir(path.parent)
        after_rename()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    for suffix in ("-wal", "-shm", "-journal"):  # none should be left; never one of the old file beside the new
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def encrypt_file(path: str | Path, passphrase: str, progress=print) -> None:
    """Encrypt the plain database at `path` in place with a new data key wrapped by `passphrase`."""
    path = Path(path)
    state = sqlite_file_state(path)
    if state == "new":
        raise DatabaseError(f"No database at {path}")
    if state == "encrypted":
        raise DatabaseError(f"{path} is already encrypted")
    try:
        data_key, keys = keyfiles.new_keys(passphrase)
    except keyfiles.KeysError as exc:
        raise DatabaseError(str(exc)) from None
    _convert(path, None, data_key, lambda: keyfiles.write_keys(keyfiles.keys_path(path), keys), lambda: None,
             progress)


def decrypt_file(path: str | Path, passphrase: str, progress=print) -> None:
    """Decrypt the encrypted database at `path` in place (an administrator's act); its keys file goes too."""
    path = Path(path)
    if sqlite_file_state(path) != "encrypted":
        raise DatabaseError(f"{path} is not encrypted")
    key = unlock(path, passphrase)
    _convert(path, key, None, lambda: None, lambda: keyfiles.keys_path(path).unlink(missing_ok=True), progress)


def _keys_of(path: Path) -> keyfiles.Keys:
    if sqlite_file_state(path) != "encrypted":
        raise DatabaseError(f"{path} is not encrypted; encrypt it first ('workbench db encrypt')")
    try:
        return keyfiles.read_keys(keyfiles.keys_path(path))
    except keyfiles.KeysError as exc:
        raise DatabaseError(str(exc)) from None


def change_passphrase(path: str | Path, old: str, new: str) -> None:
    """Wrap the data key by `new` instead of `old` (or a recovery key): the keys file is rewritten, not the database."""
    path = Path(path)
    _keys_of(path)
    key = unlock(path, old)  # first: it finishes a killed rekey's keys file
    keys = _keys_of(path)
    try:
        keyfiles.write_keys(keyfiles.keys_path(path), keys.with_passphrase(key, new))
    except keyfiles.KeysError as exc:
        raise DatabaseError(str(exc)) from None


def add_recovery_key(path: str | Path, passphrase: str) -> str:
    """Add an office recovery key to the database's keys file; returns it as text, which is never stored."""
    path = Path(path)
    _keys_of(path)
    key = unlock(path, passphrase)
    keys, text = _keys_of(path).with_recovery_key(key)
    keyfiles.write_keys(keyfiles.keys_path(path), keys)
    return text


def rekey_file(path: str | Path, passphrase: str, progress=print) -> list[str]:
    """Re-encrypt the encrypted database at `path` in place with a new random data key (SQLCipher's `PRAGMA rekey`),
    for when the old one may be known (an old keys file and its passphrase, a recovery key given away). Every
    wrapping is made again: by the passphrase, and by new recovery keys in place of the old ones, returned as text
    (shown once). Returns those texts.

    All or nothing: the new keys go to FILE.keys.new first (the new data key also wrapped by the old one); the rekey
    is one SQLite transaction in rollback-journal mode, so a kill during it leaves the old pages in the journal,
    played back at the next open; only then does FILE.keys.new replace FILE.keys. Killed anywhere, the database
    opens with the old keys or the new ones, and the next unlock sets the matching keys file in place
    (keys.settle_rekey)."""
    path = Path(path)
    _keys_of(path)
    old_key = unlock(path, passphrase)  # first: it finishes an earlier killed rekey
    old = _keys_of(path)
    if old.by_passphrase(passphrase) is None:
        raise DatabaseError("give the database's passphrase, not a recovery key, to rekey it (a recovery key sets "
                            "a new passphrase: 'workbench db passphrase')")
    if _open_elsewhere(path):
        raise DatabaseError(f"{path} is open in another window or command; close it and try again.")
    try:
        new_key, new, texts = keyfiles.rekeyed(old, old_key, passphrase)
    except keyfiles.KeysError as exc:
        raise DatabaseError(str(exc)) from None
    pending = keyfiles.pending_keys_path(path)
    conn = sqlcipher.connect(str(path), isolation_level=None, timeout=5)
    try:
        conn.execute(key_pragma(old_key))
        # The whole database in its file (no -wal: a rekey in WAL mode would commit through it), a rollback journal
        # for the rekey's transaction, and every other connection locked out until this one closes.
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode.lower() != "delete":
            raise DatabaseError(f"{path} is open in another window or command; close it and try again.")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        # What a killed rekey or passphrase change may have left: half-written keys files (write_keys' temporaries).
        for stale in path.parent.glob(f".{path.name}{keyfiles.KEYS_SUFFIX}*.partial"):
            stale.unlink(missing_ok=True)
        keyfiles.write_keys(pending, new)
        progress(f"Re-encrypting {path.name} with a new key...")
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        progress("Checking the database with its new key...")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise DatabaseError(f"{path} failed its check after the rekey; it opens with its new key: run "
                                f"'workbench db check'")
    except BaseException:
        conn.close()
        if key_opens(path, old_key):  # the rekey did not commit: the old keys stay
            pending.unlink(missing_ok=True)
        raise
    conn.close()
    progress("Writing the new keys...")
    keyfiles.write_keys(keyfiles.keys_path(path), keyfiles.Keys(new.passphrase, new.recovery))
    pending.unlink(missing_ok=True)
    keyfiles.fsync_dir(path.parent)
    return texts
