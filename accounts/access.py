"""Whether a private route exists *for the current visitor*: another user's dashboard or
target and a revoked share link answer 404 exactly like missing ones (used by
``web.route_exists``)."""

from __future__ import annotations

from accounts import repository, workshops
from accounts.auth import signed_in_user
from accounts.db import DatabaseUnavailable
from security import untrusted
from targets import repository as targets


def private_route_exists(kind: str, key: str) -> bool:
    """``dashboard``, ``target``: the signed-in user owns the dashboard or target ``key``
    (visitors get the login prompt, so the page exists for them); ``shared``,
    ``shared_targets``: ``key`` is a live share token; ``workshop``: ``key`` is a workshop's
    code (an ended one says so on its page). With the database down the page exists and
    explains that."""
    try:
        if kind == "shared":
            return repository.shared(key) is not None
        if kind == "shared_targets":
            return targets.shared_targets(key) is not None
        if kind == "workshop":
            return workshops.workshop_state(key) is not None
        user = signed_in_user()
        if user is None:
            return True
        item_id = untrusted.integer(key)
        if item_id is None:
            return False
        if kind == "target":
            return targets.get_target(user.id, item_id) is not None
        return repository.get_dashboard(user.id, item_id) is not None
    except DatabaseUnavailable:
        return True
