"""The compiled extraction core (setup.py builds quotebook/extraction.py with
mypyc when it can) behaves exactly as the Python source it is built from."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES, SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader
from pathlib import Path

import pytest

import quotebook
import quotebook.extraction
from quotebook._compiled import stale

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
COMPILED = not quotebook.extraction.__file__.endswith(".py")


def python_source_module():
    """quotebook/extraction.py imported as Python, whatever is installed beside it."""
    source = Path(quotebook.__file__).parent / "extraction.py"
    loader = SourceFileLoader("quotebook.extraction_as_python", str(source))
    module = module_from_spec(spec_from_loader(loader.name, loader))
    sys.modules[loader.name] = module  # dataclasses look their module up there
    loader.exec_module(module)
    return module


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
    assert COMPILED, f"{quotebook.extraction.__file__}: the install fell back to the Python module"


@pytest.mark.skipif(not COMPILED, reason="the Python module is installed: nothing to compare")
def test_the_compiled_core_gives_what_the_python_source_gives():
    python = python_source_module()
    for text in texts():
        for indirect in (False, True):
            compiled = [q.to_dict() for q in quotebook.extraction.extract(text, indirect=indirect)]
            assert compiled == [q.to_dict() for q in python.extract(text, indirect=indirect)]


def test_a_source_edited_after_the_compile_is_imported_as_python(tmp_path):
    # A copy of the package with a compiled module older than its source (an
    # empty file: the source is imported instead, the compiled one never loaded).
    package = tmp_path / "quotebook"
    shutil.copytree(Path(quotebook.__file__).parent, package, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    shutil.copytree(ROOT / "data", package / "data")
    compiled = package / ("extraction" + EXTENSION_SUFFIXES[0])
    compiled.write_bytes(b"")
    os.utime(compiled, (1_000_000, 1_000_000))
    script = (
        "import quotebook.extraction, quotebook;"
        "print(quotebook.extraction.__file__);"
        "print(quotebook.extract('\"Kami siap,\" kata Budi Santoso.')[0].speaker)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == [str(package / "extraction.py"), "Budi Santoso"]


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
