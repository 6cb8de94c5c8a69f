"""The keys of an encrypted SQLite database, kept in a small file beside it (FILE.keys). No Qt.

The database is encrypted by SQLCipher with a random 256-bit data key, given to it raw (`PRAGMA key = "x'...'"`,
so SQLCipher's own key derivation is skipped). The data key is stored only wrapped (AES-256-GCM, `pycryptodomex`):
once by a key derived from the user's passphrase (Argon2id, `argon2-cffi`) and, if the office wants, once more by
each office recovery key. The keys file cannot live inside the database, which cannot be read without it; it is
written whole or not at all (a private temporary file, fsync, rename). Changing the passphrase re-wraps the data
key and rewrites this file only, never the database.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from Cryptodome.Cipher import AES

KEYS_SUFFIX = ".keys"
# A rekey's new keys, written beside the keys file before the database is re-encrypted and put in its place after
# (see settle_rekey): a kill at any moment leaves the database and one of the two matching.
PENDING_SUFFIX = ".keys.new"
FORMAT = "workbench-keys-1"
MIN_PASSPHRASE = 8
# Argon2id as RFC 9106's second recommended option: 3 passes over 64 MiB, 4 lanes (about 0.2 s here). The cost is
# stored in each keys file, so a file keeps its own cost when this changes.
DEFAULT_COST = {"time_cost": 3, "memory_kib": 64 * 1024, "parallelism": 4}
# Tests create many databases: they set WORKBENCH_WEAK_KDF_FOR_TESTS=1 (tests/conftest.py) and get this cheap cost,
# written into their keys files. Nothing else ever sets it; opening a file always uses the file's own cost.
TEST_COST = {"time_cost": 1, "memory_kib": 8, "parallelism": 1}
RECOVERY_PREFIX = "WBRK"


class KeysError(Exception):
    """A keys file that cannot be used; the message says why, in one line."""


class WrongPassphrase(KeysError):
    """Neither the passphrase nor any recovery key of the keys file opens it."""


def keys_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + KEYS_SUFFIX)


def pending_keys_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + PENDING_SUFFIX)


def creation_cost() -> dict[str, int]:
    return dict(TEST_COST if os.environ.get("WORKBENCH_WEAK_KDF_FOR_TESTS") == "1" else DEFAULT_COST)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(passphrase: str, salt: bytes, cost: dict[str, int]) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=cost["time_cost"],
                           memory_cost=cost["memory_kib"], parallelism=cost["parallelism"], hash_len=32,
                           type=Type.ID)


TAG = 16  # GCM's tag, kept after the wrapped key (the layout `cryptography`'s AESGCM wrote: files from then open)


def _wrap(kek: bytes, data_key: bytes, purpose: str) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    cipher = AES.new(kek, AES.MODE_GCM, nonce=nonce, mac_len=TAG)
    cipher.update(purpose.encode())
    wrapped, tag = cipher.encrypt_and_digest(data_key)
    return {"nonce": _b64(nonce), "wrapped": _b64(wrapped + tag)}


def _unwrap(kek: bytes, entry: dict, purpose: str) -> bytes | None:
    raw = _unb64(entry["wrapped"])
    cipher = AES.new(kek, AES.MODE_GCM, nonce=_unb64(entry["nonce"]), mac_len=TAG)
    cipher.update(purpose.encode())
    try:
        return cipher.decrypt_and_verify(raw[:-TAG], raw[-TAG:])
    except ValueError:  # the tag does not match: another passphrase, or a changed file
        return None


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeysError(f"a passphrase must have at least {MIN_PASSPHRASE} characters")


def _passphrase_entry(data_key: bytes, passphrase: str) -> dict:
    check_new_passphrase(passphrase)
    salt = secrets.token_bytes(16)
    cost = creation_cost()
    return {"kdf": "argon2id", **cost, "salt": _b64(salt), **_wrap(_derive(passphrase, salt, cost), data_key, "passphrase")}


@dataclass
class Keys:
    """What a keys file holds: the data key wrapped by the passphrase and by each recovery key."""

    passphrase: dict
    recovery: list[dict]
    # Only in a rekey's pending keys: the new data key wrapped by the old one, so that whatever opened the old keys
    # (the passphrase or a recovery key) finishes a rekey killed after the database was re-encrypted.
    previous: dict | None = None

    def to_json(self) -> str:
        doc = {"format": FORMAT, "cipher": "sqlcipher4-raw-key", "passphrase": self.passphrase,
               "recovery": self.recovery}
        if self.previous is not None:
            doc["previous"] = self.previous
        return json.dumps(doc, indent=1)

    def by_passphrase(self, secret: str) -> bytes | None:
        """The data key when `secret` is the passphrase (not a recovery key), else None."""
        entry = self.passphrase
        cost = {name: int(entry[name]) for name in DEFAULT_COST}
        return _unwrap(_derive(secret, _unb64(entry["salt"]), cost), entry, "passphrase")

    def unlock(self, secret: str) -> bytes:
        """The data key, from the passphrase or a recovery key; WrongPassphrase when neither opens it."""
        key = self.by_passphrase(secret)
        if key is None:
            recovery = parse_recovery_key(secret)
            if recovery is not None:
                for wrapped in self.recovery:
                    key = _unwrap(recovery, wrapped, "recovery")
                    if key is not None:
                        break
        if key is None:
            raise WrongPassphrase("wrong passphrase; nothing was opened or changed")
        return key

    def with_passphrase(self, data_key: bytes, passphrase: str) -> Keys:
        return Keys(_passphrase_entry(data_key, passphrase), list(self.recovery))

    def with_recovery_key(self, data_key: bytes) -> tuple[Keys, str]:
        """These keys with one more recovery key, and that key as text (shown once, never stored)."""
        raw = secrets.token_bytes(32)
        entry = {"id": hashlib.sha256(raw).hexdigest()[:8], "added": dt.date.today().isoformat(),
                 **_wrap(raw, data_key, "recovery")}
        return Keys(dict(self.passphrase), [*self.recovery, entry]), format_recovery_key(raw)


def rekeyed(old: Keys, old_key: bytes, passphrase: str) -> tuple[bytes, Keys, list[str]]:
    """A new random data key and its keys: wrapped by `passphrase`, and by as many new recovery keys as `old` had
    (returned as text, shown once: the old recovery keys wrap the old data key only, and are never stored, so they
    cannot be re-made). The keys carry the new key wrapped by the old one until the rekey is finished."""
    data_key = secrets.token_bytes(32)
    keys = Keys(_passphrase_entry(data_key, passphrase), [])
    texts = []
    for _ in old.recovery:
        keys, text = keys.with_recovery_key(data_key)
        texts.append(text)
    keys.previous = _wrap(old_key, data_key, "rekey")
    return data_key, keys, texts


def settle_rekey(db_path: str | Path, old_key: bytes, opens) -> bytes:
    """The data key of the database at `db_path`, given the key its keys file opened (`old_key`), after a rekey
    killed halfway: `opens(key)` says whether a key opens the database. Pending keys beside it are dropped when
    the old key still opens it (the rekey never committed; SQLite's rollback journal brings its old pages back),
    or put in the keys file's place when the new key they hold does."""
    pending = pending_keys_path(db_path)
    if not pending.exists():
        return old_key
    if opens(old_key):
        pending.unlink(missing_ok=True)
        fsync_dir(pending.parent)
        return old_key
    try:
        keys = read_keys(pending)
    except KeysError:
        return old_key
    new_key = _unwrap(old_key, keys.previous, "rekey") if keys.previous else None
    if new_key is None or not opens(new_key):
        return old_key
    write_keys(keys_path(db_path), Keys(keys.passphrase, keys.recovery))
    pending.unlink(missing_ok=True)
    fsync_dir(pending.parent)
    return new_key


def new_keys(passphrase: str) -> tuple[bytes, Keys]:
    """A new random data key and its keys, wrapped by `passphrase`."""
    data_key = secrets.token_bytes(32)
    return data_key, Keys(_passphrase_entry(data_key, passphrase), [])


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join([RECOVERY_PREFIX] + [text[i:i + 4] for i in range(0, len(text), 4)])


def parse_recovery_key(text: str) -> bytes | None:
    cleaned = "".join(text.split()).replace("-", "").upper()
    if not cleaned.startswith(RECOVERY_PREFIX):
        return None
    body = cleaned[len(RECOVERY_PREFIX):]
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (ValueError, base64.binascii.Error):
        return None
    return raw if len(raw) == 32 else None


def read_keys(path: str | Path) -> Keys:
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("format") != FORMAT:
            raise KeysError(f"{path} is not a workbench keys file")
        return Keys(dict(doc["passphrase"]), list(doc.get("recovery", [])), doc.get("previous"))
    except FileNotFoundError:
        raise KeysError(f"the keys file {path} is missing; the database cannot be opened without it "
                        f"(restore it from the backup beside a backup copy)") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeysError(f"the keys file {path} cannot be read: {exc}") from None


def write_keys(path: str | Path, keys: Keys) -> Path:
    """Write the keys file whole or not at all: a private temporary file beside it, fsync, rename, fsync the folder."""
    path = Path(path)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(keys.to_json())
            out.flush()
            os.fsync(out.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return path


def fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
