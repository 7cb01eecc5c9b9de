"""Files read and written for the user: regular files only, bounded, replaced whole.

One definition for the dataset reader, the cache and `--export`: a FIFO, device or (where asked)
symlink is refused rather than read, a file is never read past a limit, and a file written is
first complete in a temporary file beside it, then renamed over the old one, so a full disk or a
killed run never leaves half a file where a good one was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path


class NotRegularFileError(OSError):
    """A FIFO, device or socket where a regular file was expected."""


class FileTooLargeError(OSError):
    """A file larger than the caller's limit."""


class NotPrivateFileError(OSError):
    """A file others could read or write, or that another user owns."""


def read_regular(path: Path, limit: int, *, follow: bool = True, private: bool = False) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or an `OSError` saying why not.

    Opened non-blocking (a FIFO never hangs the run); with `follow=False` a symlink is refused;
    with `private=True` the file must be the user's own and closed to group and others.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(errno.EINVAL, "not a regular file", str(path))
        if private and (info.st_mode & 0o077 or info.st_uid != os.geteuid()):
            raise NotPrivateFileError(errno.EACCES, "not private", str(path))
        data = b""
        if info.st_size <= limit:
            with os.fdopen(os.dup(fd), "rb") as handle:
                # the size fstat gave and a byte more, to notice a file still growing (asking
                # for the whole limit would allocate a buffer of the limit for every read)
                data = handle.read(info.st_size + 1)
                if len(data) > info.st_size:
                    data += handle.read(limit + 1 - len(data))
        if info.st_size > limit or len(data) > limit:
            raise FileTooLargeError(errno.EFBIG, "too large", str(path))
        return data
    finally:
        os.close(fd)


TEMPORARY_SUFFIX = ".tmp"


def write_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace `path` with `data` whole: a temporary file in the same directory, then a rename.

    `mode` None keeps the temporary file's 0600; otherwise the file gets `mode` less the umask.
    """
    import tempfile

    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if mode is not None:
            umask = os.umask(0)
            os.umask(umask)
            temporary.chmod(mode & ~umask)
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
