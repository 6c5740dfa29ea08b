"""A throw-away PostgreSQL server on loopback, for tests and benchmarks.

Why here: the test suite and the benchmarks both need a real server without touching the
machine's own cluster; one implementation serves them all. initdb refuses to run as root, so
when root the server runs as the ``postgres`` user.

Example::

    with temporary_postgres() as base_url:
        if base_url:  # None when the server binaries are not installed
            engine = open_engine(base_url + "/postgres")
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["free_port", "postgres_binary", "temporary_postgres"]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def postgres_binary(name: str) -> str | None:
    """Path of a PostgreSQL server binary (PATH first, then Debian's versioned folders)."""
    found = shutil.which(name)
    if found:
        return found
    for base in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (base / name).exists():
            return str(base / name)
    return None


@contextmanager
def temporary_postgres(*, fsync: bool = False) -> Iterator[str | None]:
    """Start a server in a temporary directory; yield ``postgresql+psycopg://postgres@host:port``.

    Yields None when initdb/pg_ctl are missing. The server and its files are removed on exit.
    """
    initdb, pg_ctl = postgres_binary("initdb"), postgres_binary("pg_ctl")
    if not initdb or not pg_ctl:
        yield None
        return
    # Not under pytest's 0700 tmp dirs: the postgres user must reach it.
    root = Path(tempfile.mkdtemp(prefix="parley-pg-"))
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(root, "postgres")
        os.chmod(root, 0o755)
    data, port = root / "data", free_port()
    subprocess.run(
        [*prefix, initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync"],
        check=True,
        capture_output=True,
    )
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={root}"
    if not fsync:
        opts += " -c fsync=off"
    subprocess.run(
        [*prefix, pg_ctl, "-D", str(data), "-l", str(root / "log"), "-o", opts, "-w", "start"],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)
