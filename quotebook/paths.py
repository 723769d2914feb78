"""Why a path given names nothing: one answer for every reader of paths (sources, scoring,
quotebook.spark) and for the store's database file."""
from __future__ import annotations

import os

NOT_A_DIRECTORY = "not a directory"


def absent(path: str) -> str | None:
    """Why PATH (not '-') names nothing to read, or None when it is there."""
    try:
        os.stat(path)
    except NotADirectoryError:  # (`berita.txt/`: a file named as a folder)
        return NOT_A_DIRECTORY
    except (OSError, ValueError):
        return "broken symbolic link" if os.path.islink(path) else "no such file or directory"
    return None
