"""`python -m quotebook` runs the command line, as `quotebook` does."""
from .cli import cli

cli(prog_name="quotebook")
