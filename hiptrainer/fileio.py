"""Writing files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

#: Folders whose entries are the kernel's own (``/dev/stdout``, ``/proc/self/fd/1``): written
#: in place, never replaced by a rename.
_SYSTEM_FOLDERS = ("/dev/", "/proc/")


def _umask() -> int:
    """The process's umask (reading it means setting it; set straight back)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def atomic_write(path: Path, payload: bytes, *, shared: bool = False) -> None:
    """Write ``payload`` to a temp file beside ``path``, flush it to disk, then rename.

    A file that existed keeps its permissions. A new one is private to its owner (the data
    folder holds health notes), or with ``shared`` gets the permissions any program's new
    file gets (0666 less the umask): an export or a printed sheet the user saved somewhere."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_umask() if shared else None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if os.name == "posix":  # make the rename itself durable
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        except OSError:
            pass  # some file systems cannot sync a folder; the data itself is on disk
        finally:
            os.close(folder)


def write_output(path: Path, payload: bytes) -> bool:
    """Write ``payload`` to ``path`` (a file the user chose) the way its kind of file needs;
    True if a regular file was written (replaced atomically), False if it was written in place.
    A new file gets the usual permissions (0666 less the umask), as a shell redirection's.

    - a new path or a regular file: atomically (temp file, then rename);
    - a symbolic link to a regular file (or to nothing yet): its target, atomically, so the
      link stays a link;
    - a FIFO, a terminal or another device, and anything under /dev or /proc (such as
      ``/dev/stdout``): in place, appended, exactly as a shell redirection would.
    Raises OSError (IsADirectoryError for a folder)."""
    try:
        found: os.stat_result | None = os.stat(path)  # follows links
    except FileNotFoundError:
        found = None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise IsADirectoryError(21, "Is a directory", str(path))
    special = found is not None and not stat.S_ISREG(found.st_mode)
    if special or str(path.absolute()).startswith(_SYSTEM_FOLDERS):
        # Append, never truncate: /dev/stdout may be a file the shell opened with ">>".
        with path.open("ab") as handle:
            handle.write(payload)
        return False
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    atomic_write(target, payload, shared=True)
    return True
