"""Performance figures, printed as JSON lines: ``make bench``."""
