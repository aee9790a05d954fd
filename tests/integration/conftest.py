"""The integration tests: the built data, the app, PostgreSQL and Redis
(fixtures in tests/app_fixtures.py)."""
