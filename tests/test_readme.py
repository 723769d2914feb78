"""The README tour runs as written from the checkout, at 80 columns, and prints what the README shows."""
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_tour():
    spec = importlib.util.spec_from_file_location("tour", ROOT / "docs" / "tour.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["tour"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_tour_command_prints_what_the_readme_shows():
    tour = load_tour()
    steps = tour.steps(tour.README.read_text(encoding="utf-8"))
    assert len(steps) >= 20 and all(s.command.split()[0] in ("quotebook", "head", "ls") for s in steps)
    differ = tour.check()
    assert not differ, "\n\n".join(
        f"$ {step.command}\nREADME:\n" + "\n".join(step.expected) + "\nnow:\n" + "\n".join(got) for step, got in differ
    ) + "\n\n(python docs/tour.py --write pastes the outputs as they come now)"


def test_an_elided_output_is_compared_up_to_the_dots():
    tour = load_tour()
    assert tour.matches(["a", "b", "..."], ["a", "b", "c", "d"])
    assert not tour.matches(["a", "b", "..."], ["a", "x", "c"])
    assert not tour.matches(["a", "b"], ["a", "b", "c"])
