"""/analiza shows the server's pictures of its map and series until the reader points at one
(assets/scripts/lazy-components.js); tests that work with the drawn figures point first."""


def draw_figures(page, target: str = "#analiza-map") -> None:
    """Point at the map, as a mouse entering it does (the event only: the page does not
    scroll, so what loads when scrolled to stays unloaded): the figures are then drawn."""
    page.locator(target).dispatch_event("pointerover")
