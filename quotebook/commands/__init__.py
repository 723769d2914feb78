"""The quotebook commands, grouped by what they do; quotebook.cli puts them under one group."""
