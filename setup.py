"""Optional compiled build of the extraction core.

Everything about the package is in pyproject.toml; this file only adds
the modules of the extraction core (quotebook/extraction/) compiled together with
mypyc: one shared library, quotebook/extraction__mypyc.*.so, and a small extension
module beside each source. When mypyc
is missing or the compile fails (no C compiler, no Python headers, another
interpreter), the install goes on with the pure-Python module, which is the
same code; a warning says why (pip shows it with -v). QUOTEBOOK_PURE=1 skips
the compile; QUOTEBOOK_REQUIRE_COMPILED=1 (CI) makes a failed compile fail the
install instead.
"""
import glob
import os
import sys
import traceback

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
REQUIRED = os.environ.get("QUOTEBOOK_REQUIRE_COMPILED") == "1"


def fall_back(message: str) -> None:
    if REQUIRED:
        raise SystemExit(f"quotebook: {message} (QUOTEBOOK_REQUIRE_COMPILED=1)")
    print(f"quotebook: {message}; installing the pure-Python extraction modules", file=sys.stderr)


# The modules mypyc compiles: every module of the package but its __init__,
# which only names what the package gives.
COMPILED = sorted(
    os.path.relpath(path, HERE)
    for path in glob.glob(os.path.join(HERE, "quotebook", "extraction", "*.py"))
    if os.path.basename(path) != "__init__.py"
)


def remove_built_in_place() -> None:
    """A compiled module beside the source is preferred by Python: remove what
    an earlier editable install, or a half-finished build, left there (the
    shared library and the module beside each source)."""
    for pattern in (("quotebook", "extraction*.so"), ("quotebook", "extraction", "*.so")):
        for path in glob.glob(os.path.join(HERE, *pattern)):
            os.remove(path)


class OptionalBuildExt(build_ext):
    """build_ext that never fails the install, and builds all or nothing: mypyc
    makes a small module and the library it loads, and one without the other
    would not import."""

    def run(self):
        try:
            super().run()
        except Exception as exc:  # compiler or headers missing, compiler killed, ...
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)
            remove_built_in_place()
            fall_back(f"compiling the extraction core failed ({exc})")


def ext_modules():
    if os.environ.get("QUOTEBOOK_PURE") == "1" or sys.implementation.name != "cpython":
        remove_built_in_place()
        return []
    try:
        from mypyc.build import mypycify

        # group_name puts the shared library in the package: quotebook/extraction__mypyc.*.so
        return mypycify(COMPILED, opt_level="3", group_name="quotebook.extraction")
    except (Exception, SystemExit):  # mypyc missing, or mypy finds a type error (it exits)
        traceback.print_exc()
        fall_back("mypyc could not translate quotebook/extraction/")
        return []


setup(ext_modules=ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
