"""The browser tests: Playwright's Chromium against the app on a free port
(fixtures in tests/app_fixtures.py)."""
