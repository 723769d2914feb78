"""The compiled extraction core and its source.

setup.py compiles quotebook/extraction.py with mypyc when it can. In a checkout
installed with `pip install -e .` the compiled module sits beside the source
and Python prefers it, so an edit to the source would go unseen until the next
install: then the source is imported instead.
"""
import os
import sys
from importlib.machinery import SourceFileLoader
from importlib.util import find_spec, module_from_spec, spec_from_loader


def stale(compiled: str, source: str) -> bool:
    """Was the source changed after it was compiled? (Files written by one
    install lie seconds apart at most.)"""
    try:
        return os.path.getmtime(source) > os.path.getmtime(compiled) + 2
    except OSError:
        return False


def import_current_extraction(package: str) -> None:
    name = f"{package}.extraction"
    spec = find_spec(name)
    if spec is None or not spec.origin or spec.origin.endswith(".py"):
        return
    source = os.path.join(os.path.dirname(spec.origin), "extraction.py")
    if not stale(spec.origin, source):
        return
    loader = SourceFileLoader(name, source)
    python_spec = spec_from_loader(name, loader)
    if python_spec is None:
        return
    module = module_from_spec(python_spec)
    sys.modules[name] = module
    try:
        loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    setattr(sys.modules[package], "extraction", module)  # as the import system does
