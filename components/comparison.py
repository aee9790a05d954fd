"""Comparison-group state in the URL, its controls, and the published method.

The profile carries the group in its query string: ``grupa`` (podobne | sasiedzi |
administracyjna | wlasna), ``k`` (1–50), ``wagi`` (``dochody:2,ludnosc:0``: only the weights
that differ from 1) and ``jednostki`` (codes of a user group). Only values that differ from
the defaults are written, so ``/jst/0201011`` is the default view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

import dash_bootstrap_components as dbc
from dash import html

from components.peer_text import variable_label
from data_access import peers
from i18n import format_number, localized_size_class, t
from security import untrusted

# Renamed query parameters (old name → current name): old links keep working.
QUERY_MIGRATIONS: dict[str, str] = {"group": "grupa", "wagi_kontekstu": "wagi"}
K_CHOICES: tuple[int, ...] = (5, 10, 15, 20, 30, 50)
MAX_QUERY_PARAM = 2000


@dataclass(frozen=True)
class ComparisonState:
    group: str = peers.DEFAULT_GROUP
    k: int = peers.DEFAULT_K
    weights: tuple[float, ...] = field(
        default_factory=lambda: tuple(peers.DEFAULT_WEIGHTS[k] for k in peers.VARIABLE_KEYS)
    )
    codes: tuple[str, ...] = ()
    # the diagnosis also counts demonstration indicators (an explicit, labelled option)
    with_demo: bool = False

    @property
    def weight_map(self) -> dict[str, float]:
        return dict(zip(peers.VARIABLE_KEYS, self.weights, strict=True))


DEMO_PARAM, DEMO_ON = "demo", "tak"


def migrate_query(query: dict) -> dict:
    """Apply ``QUERY_MIGRATIONS`` (a current name wins over an old one)."""
    out = dict(query)
    for old, new in QUERY_MIGRATIONS.items():
        if old in out:
            value = out.pop(old)
            out.setdefault(new, value)
    return out


def _parse_weights(text: str, messages: list[str]) -> tuple[float, ...]:
    weights = dict(peers.DEFAULT_WEIGHTS)
    for part in text.split(","):
        if not part.strip():
            continue
        key, _, raw = part.partition(":")
        key = key.strip()
        try:
            value = float(raw.strip().replace(",", "."))
        except ValueError:
            value = -1.0
        if key not in weights or value not in peers.WEIGHT_CHOICES:
            messages.append(t("comparison.bad_weight", part=part.strip()[:40]))
            continue
        weights[key] = value
    if sum(weights.values()) <= 0:
        messages.append(t("comparison.zero_weights"))
        weights = dict(peers.DEFAULT_WEIGHTS)
    return tuple(weights[k] for k in peers.VARIABLE_KEYS)


def parse_state(query: dict) -> tuple[ComparisonState, list[str]]:
    """The state from query parameters, and Polish messages for what was ignored."""
    query = migrate_query(query)
    messages: list[str] = []
    group = str(query.get("grupa") or peers.DEFAULT_GROUP)[:MAX_QUERY_PARAM]
    if group not in peers.GROUP_KINDS:
        messages.append(t("comparison.bad_group", group=group[:40]))
        group = peers.DEFAULT_GROUP
    raw_k = str(query.get("k") or peers.DEFAULT_K).strip()
    k = untrusted.integer(raw_k)
    if k is None or not peers.MIN_K <= k <= peers.MAX_K:
        messages.append(t("comparison.bad_k", k=raw_k[:20], min=peers.MIN_K, max=peers.MAX_K))
        k = peers.DEFAULT_K
    weights = _parse_weights(str(query.get("wagi") or "")[:MAX_QUERY_PARAM], messages)
    codes = tuple(peers.parse_codes(str(query.get("jednostki") or "")[:MAX_QUERY_PARAM]))
    with_demo = str(query.get(DEMO_PARAM) or "")[:MAX_QUERY_PARAM] == DEMO_ON
    return ComparisonState(group, k, weights, codes, with_demo), messages


def _number(value: float) -> str:
    return format_number(value, 0 if value == int(value) else 1).replace(",", ".")


def state_query(state: ComparisonState) -> str:
    """``?grupa=...`` with only what differs from the defaults ("" for the default state)."""
    params: dict[str, str] = {}
    if state.group != peers.DEFAULT_GROUP:
        params["grupa"] = state.group
    if state.group == "podobne":
        if state.k != peers.DEFAULT_K:
            params["k"] = str(state.k)
        changed = [
            f"{key}:{_number(w)}"
            for key, w in state.weight_map.items()
            if w != peers.DEFAULT_WEIGHTS[key]
        ]
        if changed:
            params["wagi"] = ",".join(changed)
    if state.codes:
        params["jednostki"] = ",".join(state.codes)
    if state.with_demo:
        params[DEMO_PARAM] = DEMO_ON
    return "?" + urlencode(params, safe=",:") if params else ""


def method_section() -> html.Details:
    """The published method of the comparison groups (formula, variables, size classes)."""
    variables = html.Ul(
        [
            html.Li(
                variable_label(v.key)
                + (f" ({t('comparison.method.log')})" if v.log else "")
                + f" — {t('comparison.method.param')} {v.key}"
            )
            for v in peers.CONTEXT_VARIABLES
        ]
    )
    classes = html.Ul(
        [
            html.Li(
                f"{t('comparison.method.scheme.' + scheme)}: "
                + "; ".join(localized_size_class(n) for _, n in rows)
            )
            for scheme, rows in peers.SIZE_CLASSES.items()
        ]
    )
    return html.Details(
        [
            html.Summary(t("comparison.method.title")),
            html.P(t("comparison.method.intro")),
            html.H3(t("comparison.method.variables"), className="h6"),
            variables,
            html.P(t("comparison.method.years")),
            html.H3(t("comparison.method.formula_title"), className="h6"),
            html.P(t("comparison.method.z")),
            html.Pre(t("comparison.method.formula"), className="method-formula"),
            html.P(t("comparison.method.score")),
            html.P(t("comparison.method.explain")),
            html.P(t("comparison.method.missing")),
            html.H3(t("comparison.method.admin_title"), className="h6"),
            html.P(t("comparison.method.admin")),
            classes,
            html.H3(t("comparison.method.stats_title"), className="h6"),
            html.P(t("comparison.method.stats")),
            html.P(t("comparison.method.diagnosis")),
        ],
        className="method small",
        id="metoda-grup",
    )


def notes_alert(notes: list[str] | tuple[str, ...]) -> html.Div | None:
    """Notes about a group (imputed context, unknown codes…) as one polite alert."""
    if not notes:
        return None
    return html.Div(
        dbc.Alert(
            html.Ul([html.Li(n) for n in notes], className="mb-0"),
            color="info",
            className="py-2 small",
        ),
        role="status",
        className="comparison-notes",
    )
