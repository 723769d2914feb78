"""The compiled extraction core and its source.

setup.py compiles the modules of quotebook/extraction/ (all but __init__.py)
together with mypyc when it can: one shared library and a small extension
module beside each source. In a checkout installed with `pip install -e .`
Python prefers those extension modules to the sources, so an edit to a source
would go unseen until the next install: then the whole package is imported
from its sources instead. All of it, not only the edited module: a compiled
module calls the other compiled modules of its group directly, not through
the import system, so one module as Python beside the others compiled would
still run the old code.
"""
from __future__ import annotations

import os
import sys
from glob import glob
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from importlib.util import spec_from_file_location


def stale(compiled: str, source: str) -> bool:
    """Was the source changed after it was compiled? (Files written by one
    install lie seconds apart at most.)"""
    try:
        return os.path.getmtime(source) > os.path.getmtime(compiled) + 2
    except OSError:
        return False


def compiled_beside(source: str) -> str | None:
    """The extension module built from this source and installed beside it, if any."""
    stem = source[: -len(".py")]
    return next((stem + suffix for suffix in EXTENSION_SUFFIXES if os.path.exists(stem + suffix)), None)


class SourceFinder:  # a finder for sys.meta_path (importlib.abc, its base class, takes long to import)
    """Imports a package and its modules from their .py sources, whatever
    extension modules stand beside them. ``name`` may differ from the name the
    package is installed under (tests import the sources a second time)."""

    def __init__(self, name: str, directory: str) -> None:
        self.name = name
        self.directory = directory

    def find_spec(self, fullname: str, path=None, target=None) -> ModuleSpec | None:
        if fullname == self.name:
            init = os.path.join(self.directory, "__init__.py")
            return spec_from_file_location(fullname, init, submodule_search_locations=[self.directory])
        parent, _, module = fullname.rpartition(".")
        source = os.path.join(self.directory, module + ".py")
        if parent == self.name and os.path.exists(source):
            return spec_from_file_location(fullname, source)
        return None


def _core(directory: str) -> str:
    """Which core the package in DIRECTORY has: "compiled", "sources" (never compiled),
    or "stale" (compiled, but a module's build is missing or older than its source)."""
    sources = [path for path in glob(os.path.join(directory, "*.py")) if not path.endswith("__init__.py")]
    compiled = {source: compiled_beside(source) for source in sources}
    if not any(compiled.values()):
        return "sources"
    if all(built is not None and not stale(built, source) for source, built in compiled.items()):
        return "compiled"
    return "stale"


CORE_IN_WORDS = {
    "compiled": "compiled (mypyc)",
    "sources": "Python sources (installed without compiling)",
    "stale": "Python sources: the compiled core is older than its sources (pip install -e . compiles it again)",
}


def core_state(directory: str) -> str:
    """In words, which extraction core the package in DIRECTORY runs (for --version)."""
    return CORE_IN_WORDS[_core(directory)]


def import_current_extraction(name: str, directory: str) -> None:
    """Make the modules of the package NAME (the extraction core, in DIRECTORY) import
    from their sources when a compiled module of it is missing or older than its source
    (and it was compiled at all). The package's __init__ calls this before it imports any
    of them, so a command that never extracts never looks."""
    if _core(directory) == "stale":
        sys.meta_path.insert(0, SourceFinder(name, directory))
