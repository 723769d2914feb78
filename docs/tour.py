"""Run the README tour as written, from the checkout, at 80 columns, and compare its outputs.

    python docs/tour.py           # run every `$ ` command of the tour; list the outputs that differ
    python docs/tour.py --write   # the same, and paste the outputs as they come into README.md

The commands run in order on a new database (``$QUOTEBOOK_DB`` in a temporary
folder), in the top folder of the checkout, with ``COLUMNS=80`` and
``NO_COLOR=1``; standard error is shown with standard output, as on a terminal.
An output in the README that stops at a line ``...`` is compared up to there.
A command that names ``../shared`` runs only when the shared folder is beside
the checkout; ``quotebook serve`` (which runs until stopped) is tested in
tests/test_serve.py instead.
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SHARED = ROOT.parent / "shared"
ELIDED = "..."
TIMEOUT = 300


@dataclass
class Step:
    command: str
    expected: list[str]
    line: int  # index in the README's lines of the `$ ` line
    indent: int  # the block's indent (a block inside a list item)


CHECKED_SECTIONS = ("## Tour", "## Web pages and archives")


def section_lines(text: str) -> list[range]:
    """The README lines of each checked section: from its heading to the next '## ' heading."""
    lines = text.split("\n")
    ranges = []
    for heading in CHECKED_SECTIONS:
        start = lines.index(heading)
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        ranges.append(range(start, end))
    return ranges


def steps(text: str) -> list[Step]:
    lines = text.split("\n")
    found, block, current = [], False, None
    for i in (i for section in section_lines(text) for i in section):
        line = lines[i]
        if line.strip().startswith("```"):
            block, current = not block, None
            continue
        if not block:
            continue
        indent = len(line) - len(line.lstrip())
        if line.lstrip().startswith("$ "):
            current = Step(line.lstrip()[2:], [], i, indent)
            found.append(current)
        elif current is not None:
            current.expected.append(line[current.indent:] if not line[: current.indent].strip() else line)
    return found


def runnable(step: Step) -> bool:
    if re.search(r"\bquotebook serve\b", step.command):
        return False
    return "../shared" not in step.command or SHARED.is_dir()


def run(step: Step, env: dict) -> list[str]:
    """What the command prints, standard error with standard output."""
    words = shlex.split(step.command)
    if words[0] == "quotebook" and words[1] != "ingest" and not set(step.command) & set("|<>;&$`"):
        output = _in_process(words[1:], env)  # the same command without starting Python each time
    else:
        output = subprocess.run(["bash", "-c", step.command], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT).stdout
    return output.rstrip("\n").split("\n") if output.strip() else []


def _in_process(args: list[str], env: dict) -> str:
    from click.testing import CliRunner

    from quotebook.cli import cli

    folder = os.getcwd()
    os.chdir(ROOT)
    try:
        changed = {k: v for k, v in env.items() if os.environ.get(k) != v and k != "PATH"}
        # Help is wrapped as click wraps it on a terminal of that width (CliRunner forces 80).
        help_width = max(min(int(env["COLUMNS"]), 80) - 2, 50)
        return CliRunner(env=changed).invoke(cli, args, prog_name="quotebook", terminal_width=help_width).output
    finally:
        os.chdir(folder)


def matches(expected: list[str], got: list[str]) -> bool:
    if ELIDED in [x.strip() for x in expected]:
        cut = [x.strip() for x in expected].index(ELIDED)
        return got[:cut] == expected[:cut] and len(got) > cut
    return got == expected


def environment(folder: str) -> dict:
    env = dict(os.environ, QUOTEBOOK_DB=os.path.join(folder, "quotebook.db"), COLUMNS="80", NO_COLOR="1",
               PYTHONUNBUFFERED="1")
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    return env


def check(write: bool = False) -> list[tuple[Step, list[str]]]:
    """Run the tour; return the steps whose output differs (after pasting them in, with write)."""
    text = README.read_text(encoding="utf-8")
    all_steps = steps(text)
    differ = []
    with tempfile.TemporaryDirectory(prefix="quotebook-tour-") as folder:
        env = environment(folder)
        for step in all_steps:
            if not runnable(step):
                continue
            # (the database in the temporary folder is written as a user's default, in the folder they run in)
            got = [line.replace(folder + os.sep, "") for line in run(step, env)]
            if not matches(step.expected, got):
                differ.append((step, got))
    if write and differ:
        lines = text.split("\n")
        for step, got in sorted(differ, key=lambda d: -d[0].line):
            keep = len(step.expected)
            if ELIDED in [x.strip() for x in step.expected]:
                cut = [x.strip() for x in step.expected].index(ELIDED)
                got = got[:cut] + [step.expected[cut]]
            pad = " " * step.indent
            lines[step.line + 1: step.line + 1 + keep] = [(pad + g).rstrip() if g else "" for g in got]
        README.write_text("\n".join(lines), encoding="utf-8")
    return differ


def main() -> int:
    write = "--write" in sys.argv[1:]
    differ = check(write)
    for step, got in differ:
        print(f"$ {step.command}\n  README:\n" + "\n".join("    " + x for x in step.expected)
              + "\n  now:\n" + "\n".join("    " + x for x in got))
    print(f"{len(differ)} output(s) differ" + (" (pasted into README.md)" if write and differ else ""))
    skipped = [step for step in steps(README.read_text(encoding="utf-8")) if "../shared" in step.command and not SHARED.is_dir()]
    if skipped:
        print(f"{len(skipped)} command(s) not run: they read {SHARED}, which is not there")
    return 1 if differ and not write else 0


if __name__ == "__main__":
    sys.exit(main())
