"""The public read-only API ``/api/v1`` (see :mod:`api.routes` and :mod:`api.openapi`)."""
