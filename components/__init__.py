"""Reusable layout pieces and their callbacks."""
