"""The picture of /analiza's time-series chart drawn from a real view's figure."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET

import pytest

from analysis.series_picture import series_svg
from analysis.service import series_update
from analysis.state import ViewState

pytestmark = pytest.mark.usefixtures("repository")


def test_the_picture_of_two_selected_gminy_names_both(repository):
    figure, _ = series_update(repository, ViewState(jst=("0201011", "1465011")))
    series_svg(figure)  # the first call loads what formatting numbers needs
    started = time.perf_counter()
    svg = series_svg(figure)
    elapsed = time.perf_counter() - started
    print(f"series_svg of two gminy: {elapsed * 1000:.2f} ms, {len(svg)} characters")
    root = ET.fromstring(svg)
    assert root.get("height") == str(figure["layout"]["height"])
    lines = {span.text for span in root.iter("{http://www.w3.org/2000/svg}tspan")}
    assert {"Bolesławiec", "Warszawa", "Polska"} <= lines
    assert len(list(root.iter("{http://www.w3.org/2000/svg}polyline"))) >= 4
