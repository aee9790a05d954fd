"""The live workshop's HTTP side, for two sync gunicorn workers: nothing holds a connection.

- ``POST /pulpity/<id>/warsztat`` (form, owner): start a workshop, open the presentation;
- ``POST /warsztat/<code>/slajd`` (the trainer's presentation script, CSRF header, owner):
  the slide the trainer shows now;
- ``POST /warsztat/<code>/zakoncz`` (form, owner): end it;
- ``GET /warsztat/<code>/stan`` (participants, no account, every second): the trainer's slide
  and a version, ``ETag`` = version, 304 when the participant has it already; each poll is a
  heartbeat (``accounts.presence``);
- ``GET /warsztat/<code>/slajd/<n>`` (participants): slide ``n`` as Dash component JSON with
  its announcements, serialised and compressed once per process for everyone who asks (the
  page's script puts it in place with ``dash_clientside.set_props``);
- ``GET /warsztat/<code>/uczestnicy`` (owner): how many follow, in words;
- ``GET /warsztat/dolacz?kod=``: the join form's answer, a redirect to the workshop.

Code guessing is limited (``limit_code_guessing``): a client address that looked up too many
unknown codes (``SMUP_WORKSHOP_CODE_RATE_LIMIT``, counted in the rate-limit storage the workers
share) gets 429 for every code its browser does not follow yet, known or not, so the answers
tell nothing; the workshops a browser joined are in its signed session cookie and their pages,
states and slides are never limited (a room behind one address keeps following).
"""

from __future__ import annotations

import html
import logging
import math
import re
import time
from functools import cache

from flask import Blueprint, Response, g, jsonify, redirect, request, session
from flask_limiter.util import get_remote_address
from limits import parse_many

from accounts import presence, workshops
from accounts.auth import signed_in_user
from accounts.db import DatabaseUnavailable
from accounts.forms import SlideForm
from accounts.routes import ERROR_PAGE, ERROR_STYLESHEET, form_action, go, limiter
from accounts.security import AccountError
from components.workshop_ui import slide_file
from config import settings
from core import urls
from delivery import static_response
from i18n import t, t_count

log = logging.getLogger(__name__)

bp = Blueprint("workshops", __name__)

JOIN_PAGE = urls.WORKSHOP_JOIN
ROUTES = (
    urls.WORKSHOP_JOIN_ACTION,
    urls.WORKSHOP_STATE,
    urls.WORKSHOP_SLIDE_ACTION,
    urls.WORKSHOP_END,
    urls.WORKSHOP_PARTICIPANTS,
    urls.WORKSHOP_SLIDE,
)
# Served by this blueprint, not by a page (web.answer_404_for_unknown_pages lets them through).
PATH_PATTERN = re.compile("|".join(f"(?:{urls.pattern(r, False).pattern})" for r in ROUTES))


# A participant's lookups of a workshop by its code: the page, the state poll, a slide.
LOOKUP_PATTERN = re.compile(
    "|".join(
        urls.pattern(r).pattern for r in (urls.WORKSHOP, urls.WORKSHOP_STATE, urls.WORKSHOP_SLIDE)
    )
)
LIMIT_SCOPE = "workshop-code"
# The codes of the workshops this browser joined, in its signed session cookie (newest last).
JOINED = "warsztaty"
JOINED_MAX = 5
# The workshop read by ``limit_code_guessing`` for this request: (path segment, record).
LOOKED_UP = "workshop_looked_up"


@cache
def code_limits(setting: str) -> tuple:
    """``SMUP_WORKSHOP_CODE_RATE_LIMIT`` parsed (once per value of the setting)."""
    return tuple(parse_many(setting))


def workshop_state(code: str) -> workshops.WorkshopRecord | None:
    """The workshop's state for a participant's request: the one ``limit_code_guessing``
    read for this request already, or read now."""
    found = g.pop(LOOKED_UP, None)
    if found is not None and found[0] == code:
        return found[1]
    return workshops.workshop_state(code)


def presentation_path(dashboard_id: int, position: int) -> str:
    return urls.presentation(urls.dashboard(dashboard_id), position)


def json_answer(payload: dict, status: int = 200) -> Response:
    response = jsonify(payload)
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response


def not_found_json() -> Response:
    return json_answer({"error": t("workshop.not_found")}, 404)


def state_etag(record: workshops.WorkshopRecord) -> str:
    return f"{record.code}-{record.version}"


def following_text(counts: dict[str, int]) -> str:
    """ "3 osoby śledzą, 1 osoba przegląda samodzielnie" (the second part only when > 0)."""
    text = t_count("workshop.following", counts["follow"])
    if counts["explore"]:
        text += ", " + t_count("workshop.exploring", counts["explore"])
    return text


@bp.post(urls.DASHBOARD_WORKSHOP)
@form_action(urls.DASHBOARD)
def start_action(user, dashboard_id: int):
    record = workshops.start_workshop(user.id, dashboard_id)
    return go(presentation_path(dashboard_id, record.position), "workshop_started")


@bp.post(urls.WORKSHOP_END)
@form_action(urls.DASHBOARDS)
def end_action(user, code: str):
    record = workshops.end_workshop(user.id, code)
    presence.forget(record.id)
    return go(presentation_path(record.dashboard_id, record.position), "workshop_ended")


@bp.post(urls.WORKSHOP_SLIDE_ACTION)
def move_action(code: str) -> Response:
    """The trainer's presentation moved to slide ``widok``."""
    user = signed_in_user()
    form = SlideForm(request.form)
    if user is None or not form.validate():
        return not_found_json()
    position = form.widok.data
    try:
        record = workshops.move_workshop(user.id, code, position)
    except AccountError:
        return not_found_json()
    except DatabaseUnavailable:
        return json_answer({"error": t("accounts.db_unavailable")}, 503)
    return json_answer({"slide": record.position, "version": record.version})


@bp.get(urls.WORKSHOP_STATE)
def state_route(code: str) -> Response:
    """The trainer's slide for the participants' poll (``uczestnik``: the participant's random
    id, ``tryb``: ``sledze`` or ``sam``); 304 while the version is the one they have."""
    try:
        record = workshop_state(code)
    except DatabaseUnavailable:
        return json_answer({"error": t("accounts.db_unavailable")}, 503)
    if record is None:
        return not_found_json()
    participant = presence.participant_id(request.args.get("uczestnik"))
    if participant and not record.ended:
        mode = "explore" if request.args.get("tryb") == "sam" else "follow"
        presence.beat(record.id, participant, mode)
    etag = state_etag(record)
    if etag in request.if_none_match:
        response = Response(status=304)
    else:
        response = json_answer(
            {"slide": record.position, "version": record.version, "ended": record.ended}
        )
    response.set_etag(etag)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get(urls.WORKSHOP_SLIDE)
def slide_route(code: str, index: int) -> Response:
    """Slide ``index`` of a running workshop for a participant (the trainer's, or their own
    pick while exploring); ETag and 304 like a static file."""
    try:
        state = workshop_state(code)
        followed = workshops.followed(code, state) if state is not None else None
    except DatabaseUnavailable:
        return json_answer({"error": t("accounts.db_unavailable")}, 503)
    if followed is None or followed.workshop.ended:
        return not_found_json()
    if not 1 <= index <= len(followed.dashboard.items):
        return not_found_json()
    return static_response(slide_file(followed.dashboard, index), "no-cache")


@bp.get(urls.WORKSHOP_PARTICIPANTS)
def participants_route(code: str) -> Response:
    """How many participants follow (and explore) now: for the trainer only."""
    user = signed_in_user()
    try:
        record = workshops.owned_workshop(user.id, code) if user else None
    except DatabaseUnavailable:
        return json_answer({"error": t("accounts.db_unavailable")}, 503)
    if record is None:
        return not_found_json()
    counts = presence.counts(record.id)
    return json_answer({**counts, "text": following_text(counts)})


@bp.get(urls.WORKSHOP_JOIN_ACTION)
def join_route() -> Response:
    """The join form: a code or a whole link; a wrong one goes back with a message."""
    code = workshops.parse_code(request.args.get("kod"))
    if code is None:
        return redirect(JOIN_PAGE + urls.query_string({"blad": "kod"}), 303)
    return redirect(urls.workshop(code), 303)


def joined(code: str) -> bool:
    codes = session.get(JOINED)
    return isinstance(codes, list) and code in codes


def remember_joined(code: str) -> None:
    codes = session.get(JOINED)
    codes = [c for c in codes if c != code] if isinstance(codes, list) else []
    session[JOINED] = [*codes, code][-JOINED_MAX:]


def too_many_codes(retry_after: int) -> Response:
    """429 with the message in the visitor's language and when to try again: a small page
    for the workshop's page, JSON for its state and slides."""
    minutes = max(1, math.ceil(retry_after / 60))
    message = t("workshop.limit", minutes=minutes)
    if request.path.rstrip("/").count("/") == 2:  # /warsztat/<code>
        body = ERROR_PAGE.format(
            title=html.escape(t("workshop.limit_title")),
            message=html.escape(message),
            href=JOIN_PAGE,
            link=html.escape(t("accounts.error_page.back")),
            stylesheet=ERROR_STYLESHEET,
        )
        response = Response(body, status=429, mimetype="text/html")
        response.headers["Cache-Control"] = "no-store"
    else:
        response = json_answer({"error": message}, 429)
    response.headers["Retry-After"] = str(retry_after)
    return response


def limit_code_guessing() -> Response | None:
    """Count a client address's lookups of unknown workshop codes; over the limit, answer 429
    to every lookup of a code this browser has not joined (a known code too, so that the
    answers tell a guesser nothing). A code looked up successfully is remembered in the
    session: its participant's polls skip all of this. Runs first of the app's
    ``before_request`` functions (``accounts.setup``): before web's 404 answers a guessed
    code's page."""
    match = LOOKUP_PATTERN.match(request.path)
    if request.method not in ("GET", "HEAD") or not match:
        return None
    looked_up = next(group for group in match.groups() if group)  # the code's segment
    if looked_up == "dolacz":
        return None
    code = workshops.parse_code(looked_up)
    if code is not None and joined(code):
        return None
    address = get_remote_address()
    try:
        strategy = limiter.limiter
        limits = code_limits(settings.workshop_code_rate_limit)
        for item in limits:
            if not strategy.test(item, LIMIT_SCOPE, address):
                reset = strategy.get_window_stats(item, LIMIT_SCOPE, address).reset_time
                return too_many_codes(max(1, math.ceil(reset - time.time())))
    except Exception:  # the shared storage is unreachable: lookups go on, unlimited
        log.exception("workshop code limit: rate-limit storage unavailable")
        return None
    try:
        record = workshops.workshop_state(looked_up)
    except DatabaseUnavailable:
        return None  # the route says so
    setattr(g, LOOKED_UP, (looked_up, record))
    if record is not None:
        remember_joined(record.code)
        return None
    try:
        for item in limits:
            strategy.hit(item, LIMIT_SCOPE, address)
    except Exception:
        log.exception("workshop code limit: rate-limit storage unavailable")
    return None
