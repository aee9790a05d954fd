"""Whether a private route exists *for the current visitor*: another user's dashboard and a
revoked share link answer 404 exactly like missing ones (used by ``web.route_exists``)."""

from __future__ import annotations

from accounts import repository, workshops
from accounts.auth import signed_in_user
from accounts.db import DatabaseUnavailable
from security import untrusted


def private_route_exists(kind: str, key: str) -> bool:
    """``dashboard``: the signed-in user owns dashboard ``key`` (visitors get the login
    prompt, so the page exists for them); ``shared``: ``key`` is a live share token;
    ``workshop``: ``key`` is a workshop's code (an ended one says so on its page).
    With the database down the page exists and explains that."""
    try:
        if kind == "shared":
            return repository.shared(key) is not None
        if kind == "workshop":
            return workshops.workshop_state(key) is not None
        user = signed_in_user()
        if user is None:
            return True
        dashboard_id = untrusted.integer(key)
        if dashboard_id is None:
            return False
        return repository.get_dashboard(user.id, dashboard_id) is not None
    except DatabaseUnavailable:
        return True
