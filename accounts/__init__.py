"""Accounts: registration, login, saved views, dashboards, sharing and comparison groups."""
