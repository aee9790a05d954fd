"""Files only this app's own user may read: the instance folder (0700), the secret key and
the SQLite accounts database with its journal files (0600).

Every file is created with its final mode by ``os.open`` (the umask can only take bits away),
so it is never readable by others, not even for the moment between creating and ``chmod``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from pathlib import Path

log = logging.getLogger(__name__)

DIR_MODE = 0o700
FILE_MODE = 0o600
# Files SQLite keeps beside a database; it creates them with the database file's mode.
SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def restrict(path: Path, mode: int) -> None:
    """Take away the group's and others' bits from an existing ``path`` we own (a folder or
    file made before this rule, or by a tool with a loose umask)."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return
    if status.st_mode & 0o777 & ~mode and status.st_uid == os.geteuid():
        path.chmod(mode)
        log.info("permissions of %s set to %o", path, mode)


def private_dir(path: Path, *, tighten: bool = False) -> Path:
    """``path`` as a folder, created 0700 if missing (missing parents get the usual mode);
    with ``tighten`` an existing folder is made 0700 too."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if tighten:
        restrict(path, DIR_MODE)
    return path


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists; an existing one (and its SQLite
    journal files) loses the group's and others' bits."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    for candidate in (path, *(path.with_name(path.name + s) for s in SQLITE_SIDECARS)):
        restrict(candidate, FILE_MODE)


def write_private_file_once(path: Path, text: str) -> str:
    """Write ``text`` to ``path`` (mode 0600 from the first byte) unless the file exists, and
    return what the file holds. The content goes to a private temporary file first, linked
    into place when complete, so a concurrent reader (another worker starting) never sees a
    partial file and two writers never mix their content."""
    private_dir(path.parent)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        try:
            data = text.encode("utf-8")
            while data:
                data = data[os.write(fd, data) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        with contextlib.suppress(FileExistsError):  # another process was first: use its file
            os.link(temporary, path)
    finally:
        temporary.unlink()
    restrict(path, FILE_MODE)
    return path.read_text(encoding="utf-8")
