"""What a non-editable install ships: every subpackage, the type marker, every data file."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_every_subpackage_of_quotebook_is_listed_for_the_install():
    listed = set(re.findall(r'"(quotebook(?:\.\w+)*)"', re.search(r"^packages = \[(.*)\]$", PYPROJECT, re.M).group(1)))
    found = {
        ".".join(("quotebook",) + init.parent.relative_to(ROOT / "quotebook").parts).rstrip(".")
        for init in (ROOT / "quotebook").rglob("__init__.py")
    }
    assert found - listed == set()
    assert "quotebook.data" in listed


def test_the_type_marker_ships():
    assert (ROOT / "quotebook" / "py.typed").exists()
    assert re.search(r'^"quotebook" = \["py.typed"\]$', PYPROJECT, re.M)
