"""Deterministic generator of demonstration component variables (``demo_*``); see
:mod:`data_access.demo.core`."""

from data_access.demo.core import DEMO_VARIABLES, demo_variables, generate_demo_components

__all__ = ["DEMO_VARIABLES", "demo_variables", "generate_demo_components"]
