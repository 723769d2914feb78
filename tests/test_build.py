"""The compiled extraction core (setup.py builds the modules of
quotebook/extraction/ together with mypyc when it can) behaves exactly as the
Python sources it is built from."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import import_module
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import quotebook
import quotebook.extraction
import quotebook.extraction.pipeline
from quotebook._compiled import SourceFinder, stale

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PACKAGE = Path(quotebook.extraction.__file__).parent
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
COMPILED = not quotebook.extraction.pipeline.__file__.endswith(".py")


def python_source_package():
    """quotebook/extraction/ imported a second time, as Python, whatever is
    installed beside its sources."""
    name = "quotebook.extraction_as_python"
    finder = SourceFinder(name, str(PACKAGE))
    sys.meta_path.insert(0, finder)
    try:
        return import_module(name)
    finally:
        sys.meta_path.remove(finder)


def texts():
    for line in (ROOT / "data" / "sample" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        yield json.loads(line)["text"]
    for path in sorted((SHARED / "seed").glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    for name in ("web-dev.jsonl", "pfsa-dev.jsonl"):
        path = SHARED / "eval" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines()[:80]:
                yield json.loads(line)["text"]


def test_the_core_is_compiled_where_the_build_must_compile_it():
    if os.environ.get("QUOTEBOOK_REQUIRE_COMPILED") != "1":
        pytest.skip("set QUOTEBOOK_REQUIRE_COMPILED=1 (CI does) to require the mypyc build")
    for module in MODULES:
        path = import_module(f"quotebook.extraction.{module}").__file__
        assert not path.endswith(".py"), f"{path}: the install fell back to the Python module"
    version = subprocess.run([sys.executable, "-m", "quotebook", "--version"], capture_output=True, text=True)
    assert version.stdout.splitlines()[1] == "extraction core: compiled (mypyc)"


@pytest.mark.skipif(not COMPILED, reason="the Python module is installed: nothing to compare")
def test_the_compiled_core_gives_what_the_python_source_gives():
    python = python_source_package()
    assert python.pipeline.__file__.endswith(".py")
    for text in texts():
        for indirect in (False, True):
            compiled = [q.to_dict() for q in quotebook.extraction.extract(text, indirect=indirect)]
            assert compiled == [q.to_dict() for q in python.extract(text, indirect=indirect)]


def test_a_source_edited_after_the_compile_is_imported_as_python(tmp_path):
    # A copy of the package with compiled modules (empty files: they are never
    # loaded) as old as their sources, but one source edited after the
    # compile: every module of the package is then imported as Python.
    package = tmp_path / "quotebook"
    # (quotebook/data is a link to ../data: the data are copied in its place)
    shutil.copytree(Path(quotebook.__file__).parent, package, ignore=shutil.ignore_patterns("*.so", "__pycache__", "data"))
    shutil.copytree(ROOT / "data", package / "data")
    for module in MODULES:
        source = package / "extraction" / f"{module}.py"
        compiled = package / "extraction" / (module + EXTENSION_SUFFIXES[0])
        compiled.write_bytes(b"")
        for path in (source, compiled):
            os.utime(path, (1_000_000, 1_000_000))
    os.utime(package / "extraction" / "marks.py", (1_000_600, 1_000_600))  # edited ten minutes later
    script = (
        "import quotebook.extraction.people, quotebook;"
        "print(quotebook.extraction.people.__file__);"
        "print(quotebook.extract('\"Kami siap,\" kata Budi Santoso.')[0].speaker)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == [str(package / "extraction" / "people.py"), "Budi Santoso"]
    # ... and --version says so, with what compiles it again.
    version = subprocess.run(
        [sys.executable, "-m", "quotebook", "--version"], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert version.stdout.splitlines()[1] == (
        "extraction core: Python sources: the compiled core is older than its sources (pip install -e . compiles it again)"
    )


def test_a_source_written_by_the_same_install_is_not_stale(tmp_path):
    compiled, source = tmp_path / "extraction.so", tmp_path / "extraction.py"
    compiled.write_bytes(b"")
    source.write_text("")
    os.utime(compiled, (1_000_000, 1_000_000))
    os.utime(source, (1_000_001, 1_000_001))
    assert not stale(str(compiled), str(source))
    os.utime(source, (1_000_600, 1_000_600))  # edited ten minutes later
    assert stale(str(compiled), str(source))
    assert not stale(str(tmp_path / "missing.so"), str(source))
