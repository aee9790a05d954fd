"""The targets' form actions and downloads: plain HTML forms POST here (CSRF-checked by
``accounts.setup``), the action runs in one transaction and the browser is redirected (303)
to ``/cele`` with a message code. Another user's target answers 404 as a missing one does."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from flask import Blueprint, Response, request

from accounts.auth import SessionUser, accounts_available, signed_in_user
from accounts.routes import LOGIN_PAGE, form_action, go
from accounts.security import AccountError
from core import urls
from targets import exports, repository
from targets.forms import TargetForm, TargetUnitForm
from targets.service import assessed_with_series

PAGE = urls.TARGETS
DOWNLOAD_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

bp = Blueprint("targets", __name__)


def submitted() -> dict:
    """The form's fields, validated, under ``targets.repository.clean_target``'s names."""
    form = TargetForm(request.form)
    form.check()
    return form.target_fields()


def back_to_form(path: str, error: AccountError) -> Response:
    """The form again with the message; a new target's unit and indicator stay chosen."""
    if error.code == "not_found":
        raise error
    keep = TargetForm(request.form).chosen()
    query = f"?{urlencode(keep)}" if keep and path == PAGE else ""
    return go(f"{path}{query}", error.code)


@bp.post(urls.TARGET_NEW)
@form_action(PAGE)
def create_target_action(user: SessionUser):
    try:
        repository.create_target(user.id, **submitted())
    except AccountError as error:
        return back_to_form(PAGE, error)
    return go(PAGE, "target_saved")


@bp.post(urls.TARGET_UPDATE)
@form_action(urls.TARGET_EDIT)
def update_target_action(user: SessionUser, target_id: int):
    try:
        repository.update_target(user.id, target_id, **submitted())
    except AccountError as error:
        return back_to_form(urls.build(urls.TARGET_EDIT, target_id=target_id), error)
    return go(PAGE, "target_updated")


@bp.post(urls.TARGET_DELETE)
@form_action(PAGE)
def delete_target_action(user: SessionUser, target_id: int):
    repository.delete_target(user.id, target_id)
    return go(PAGE, "target_deleted")


@bp.post(urls.TARGETS_SHARE)
@form_action(PAGE)
def share_targets_action(user: SessionUser):
    form = TargetUnitForm(request.form)
    form.check()
    repository.share_targets(user.id, form.jst.data)
    return go(PAGE, "shared")


@bp.post(urls.TARGETS_REVOKE)
@form_action(PAGE)
def revoke_targets_action(user: SessionUser):
    form = TargetUnitForm(request.form)
    form.check()
    repository.revoke_targets_share(user.id, form.jst.data)
    return go(PAGE, "share_revoked")


@bp.get(urls.TARGETS_EXPORT)
def export_targets(fmt: str):
    """The signed-in user's targets with their assessments as CSV or XLSX."""
    user = signed_in_user()
    if user is None:
        return go(LOGIN_PAGE if accounts_available() else PAGE, "login_required")
    rows = assessed_with_series(r.target for r in repository.list_targets(user.id))
    content = exports.export(rows, fmt, date.today())
    response = Response(content, mimetype=DOWNLOAD_TYPES[fmt])
    suffix = "_DEMO" if any(a.demonstration for a, _ in rows) else ""
    response.headers["Content-Disposition"] = f"attachment; filename=cele{suffix}.{fmt}"
    return response
