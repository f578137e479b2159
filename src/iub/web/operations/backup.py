"""Backups that restore to an identical database, proven by row counts and checksums.

SQLite: Python's online backup API copies the live database page by page under one read
transaction, so writers (WAL) go on and the copy is one consistent moment. PostgreSQL:
``pg_dump`` in custom format, taken on a snapshot that this process exports from a REPEATABLE
READ transaction, in which it also computes the fingerprint; so the fingerprint is of exactly
what the dump holds, however busy the site is. (A Django-level dump would be slower, hold
everything in memory and lose the schema; pg_dump/pg_restore are the tools PostgreSQL's
operators know.) The client tools must be on the PATH and not older than the server.

Every backup ``FILE`` gets ``FILE.manifest.json``: the engine, the time, the file's SHA-256
and, per table, its row count and a SHA-256 over its rows in order. :func:`restore` checks
the file against the manifest, restores, fingerprints the restored database and reports any
table that differs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import connection, transaction

from iub.errors import IubError

__all__ = [
    "BackupError",
    "BackupResult",
    "RestoreResult",
    "backup",
    "fingerprint",
    "manifest_path",
    "restore",
]

Fingerprint = dict[str, tuple[int, str]]


class BackupError(IubError):
    """A backup or restore that cannot be made; the message says why and what to do."""


@dataclass(frozen=True)
class BackupResult:
    """Where the backup went and what it holds."""

    path: Path
    manifest: Path
    engine: str
    tables: Fingerprint

    @property
    def rows(self) -> int:
        return sum(count for count, _ in self.tables.values())


@dataclass(frozen=True)
class RestoreResult:
    """What was restored and whether it is identical to the backup."""

    path: Path
    engine: str
    tables: Fingerprint
    differing: list[str]

    @property
    def identical(self) -> bool:
        return not self.differing

    @property
    def rows(self) -> int:
        return sum(count for count, _ in self.tables.values())


def manifest_path(path: Path) -> Path:
    """The manifest beside a backup file."""
    return path.with_name(path.name + ".manifest.json")


def _value(value: Any) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return "b:" + bytes(value).hex()
    return f"{type(value).__name__}:{value}"


def _table_digest(rows: Iterable[tuple[Any, ...]]) -> tuple[int, str]:
    digest = hashlib.sha256()
    count = 0
    for row in rows:
        digest.update(json.dumps([_value(v) for v in row], ensure_ascii=False).encode())
        digest.update(b"\n")
        count += 1
    return count, digest.hexdigest()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _fetch(cursor: Any, sql: str) -> Iterator[tuple[Any, ...]]:
    cursor.execute(sql)
    while batch := cursor.fetchmany(2000):
        yield from batch


def _sqlite_fingerprint(path: Path) -> Fingerprint:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        found: Fingerprint = {}
        for name in names:
            width = len(db.execute(f"SELECT * FROM {_quote(name)} LIMIT 0").description)
            order = ", ".join(str(i) for i in range(1, width + 1))
            found[name] = _table_digest(
                _fetch(db.cursor(), f"SELECT * FROM {_quote(name)} ORDER BY {order}")
            )
        return found
    finally:
        db.close()


def _postgres_fingerprint() -> Fingerprint:
    """Every table of the connection's schema, read on the current transaction's snapshot."""
    found: Fingerprint = {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
        )
        names = [row[0] for row in cursor.fetchall()]
        for name in names:
            cursor.execute(f"SELECT * FROM {_quote(name)} LIMIT 0")
            order = ", ".join(str(i) for i in range(1, len(cursor.description) + 1))
            found[name] = _table_digest(
                _fetch(cursor, f"SELECT * FROM {_quote(name)} ORDER BY {order}")
            )
    return found


def fingerprint() -> Fingerprint:
    """Row count and checksum of every table of the site's database, as it is now."""
    if connection.vendor == "sqlite":
        return _sqlite_fingerprint(Path(connection.settings_dict["NAME"]))
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        return _postgres_fingerprint()


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _libpq_env() -> dict[str, str]:
    """The connection as libpq's variables, for pg_dump and pg_restore (no password on argv)."""
    settings = connection.settings_dict
    env = dict(os.environ)
    for variable, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ):
        if settings.get(key):
            env[variable] = str(settings[key])
    return env


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            f"{name} was not found: install PostgreSQL's client tools "
            "(apt-get install postgresql-client), no older than the server"
        )
    return found


def _run(args: list[str], *, env: dict[str, str]) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise BackupError(f"{Path(args[0]).name} failed: {last}")


def _write_manifest(result: BackupResult) -> None:
    body = {
        "format": "iub-backup/1",
        "engine": result.engine,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "file": result.path.name,
        "sha256": _file_sha256(result.path),
        "tables": {name: {"rows": c, "sha256": d} for name, (c, d) in result.tables.items()},
    }
    result.manifest.write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")


def backup(target: Path) -> BackupResult:
    """Back the site's database up to ``target`` (and ``target.manifest.json``), online.

    Raises:
        BackupError: the target cannot be written, or pg_dump is missing or failed.
    """
    target = target.resolve()
    if not target.parent.is_dir():
        raise BackupError(f"the directory {target.parent} does not exist")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    if connection.vendor == "sqlite":
        source = sqlite3.connect(f"file:{connection.settings_dict['NAME']}?mode=ro", uri=True)
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)  # one step: one read transaction, one consistent moment
        finally:
            copy.close()
            source.close()
        tables = _sqlite_fingerprint(partial)
        engine = "sqlite"
    elif connection.vendor == "postgresql":
        pg_dump = _tool("pg_dump")
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                cursor.execute("SELECT pg_export_snapshot()")
                (snapshot,) = cursor.fetchone()
            tables = _postgres_fingerprint()
            _run(
                [pg_dump, "--format=custom", f"--snapshot={snapshot}", "--file", str(partial)],
                env=_libpq_env(),
            )
        engine = "postgresql"
    else:
        raise BackupError(f"cannot back up a {connection.vendor} database")
    partial.replace(target)
    result = BackupResult(target, manifest_path(target), engine, tables)
    _write_manifest(result)
    return result


def _read_manifest(path: Path) -> dict[str, Any]:
    manifest = manifest_path(path)
    try:
        body = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(
            f"{manifest.name} is missing: restore needs the backup's manifest"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupError(f"{manifest.name} cannot be read: {exc}") from None
    if not isinstance(body, dict) or body.get("format") != "iub-backup/1":
        raise BackupError(f"{manifest.name} is not an iub backup manifest")
    return body


def _has_tables() -> bool:
    with connection.cursor() as cursor:
        return bool(connection.introspection.table_names(cursor))


def restore(source: Path, *, replace: bool = False) -> RestoreResult:
    """Restore a backup into the site's database and compare it with the backup's manifest.

    Args:
        source: The backup file (its manifest beside it).
        replace: Overwrite a database that already has tables (otherwise refused).

    Raises:
        BackupError: the file or manifest is missing or damaged, the engines differ, the
            database is not empty and ``replace`` is not given, or pg_restore failed.
    """
    source = source.resolve()
    if not source.is_file():
        raise BackupError(f"{source} is not a file")
    body = _read_manifest(source)
    if _file_sha256(source) != body.get("sha256"):
        raise BackupError(f"{source.name} does not match its manifest (damaged or replaced)")
    if body.get("engine") != connection.vendor:
        raise BackupError(
            f"the backup is of a {body.get('engine')} database; this site uses {connection.vendor}"
        )
    if not replace and _has_tables():
        raise BackupError("the database is not empty: stop the site and give --replace")
    if connection.vendor == "sqlite":
        live = Path(connection.settings_dict["NAME"])
        connection.close()
        backup_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        target = sqlite3.connect(live)
        try:
            backup_db.backup(target)
        finally:
            target.close()
            backup_db.close()
    else:
        pg_restore = _tool("pg_restore")
        connection.close()
        env = _libpq_env()
        _run(
            [
                pg_restore,
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                "--dbname",
                env.get("PGDATABASE", ""),
                str(source),
            ],
            env=env,
        )
    tables = fingerprint()
    expected = {name: (v["rows"], v["sha256"]) for name, v in body["tables"].items()}
    differing = sorted(
        name for name in set(expected) | set(tables) if expected.get(name) != tables.get(name)
    )
    return RestoreResult(source, connection.vendor, tables, differing)
