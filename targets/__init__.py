"""A unit's own targets from its strategy: definitions, their assessment (distance, progress,
projection, status) and where they are stored."""
