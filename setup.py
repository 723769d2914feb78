"""Optional compiled build of the extraction core.

Everything about the package is in pyproject.toml; this file only adds
quotebook/extraction.py compiled with mypyc as an extension module. When mypyc
is missing or the compile fails (no C compiler, no Python headers, another
interpreter), the install goes on with the pure-Python module, which is the
same code. QUOTEBOOK_PURE=1 skips the compile.
"""
import glob
import os
import sys
import traceback

from setuptools import setup
from setuptools.command.build_ext import build_ext


def warn(message: str) -> None:
    print(f"quotebook: {message}; installing the pure-Python extraction module", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """build_ext that never fails the install."""

    def run(self):
        try:
            super().run()
        except Exception as e:  # compiler missing, headers missing, ...
            warn(f"compiling failed ({e})")

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as e:
            warn(f"compiling {ext.name} failed ({e})")


def remove_built_in_place():
    """An earlier editable install leaves the compiled module beside the
    source, where Python would still prefer it: a pure install removes it."""
    for path in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "quotebook", "extraction*.so")):
        os.remove(path)


def ext_modules():
    if os.environ.get("QUOTEBOOK_PURE") == "1" or sys.implementation.name != "cpython":
        remove_built_in_place()
        return []
    try:
        from mypyc.build import mypycify

        return mypycify(["quotebook/extraction.py"], opt_level="3")
    except (Exception, SystemExit):  # mypyc missing, or mypy finds a type error (it exits)
        traceback.print_exc()
        warn("mypyc could not translate quotebook/extraction.py")
        return []


setup(ext_modules=ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
