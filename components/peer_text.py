"""Comparison groups in words: the labels, notes and explanations that ``data_access.peers``
returns as codes (:class:`~data_access.peers.Reason`, :class:`~data_access.peers.PeerExplanation`),
in the interface language. Used by the profile page and the reports."""

from __future__ import annotations

import math

from data_access.peers import CONTEXT_VARIABLES, PeerExplanation, PeerGroup, Reason
from i18n import format_value, localized_size_class, t

VARIABLES = {v.key: v for v in CONTEXT_VARIABLES}


def variable_label(key: str) -> str:
    """A context variable's name, e.g. ``"liczba ludności"``."""
    return t(f"peers.var.{key}")


def variable_value(key: str, value: float | None) -> str:
    """A context variable's value with its unit (``"36 000 os."``), or "no data"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return t("status.no_data")
    variable = VARIABLES[key]
    return format_value(value, variable.decimals, variable.unit)


def join_words(words: list[str]) -> str:
    """``["a", "b", "c"]`` → ``"a, b i c"`` (``"a, b and c"`` in English)."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " " + t("peers.and") + " " + words[-1]


def explanation_text(explanation: PeerExplanation | None) -> str:
    """Why a peer is similar, as short plain sentences with the values that differ."""
    if explanation is None:
        return ""
    if explanation.similar:
        labels = [variable_label(key) for key in explanation.similar]
        parts = [t("peers.explain.similar", variables=join_words(labels))]
    else:
        parts = [t("peers.explain.none_similar", variable=variable_label(explanation.closest))]
    if explanation.values:
        items = [
            t(
                "peers.explain.value_pair",
                variable=variable_label(key),
                peer=variable_value(key, peer),
                unit=variable_value(key, unit),
            )
            for key, peer, unit in explanation.values
        ]
        parts.append(t("peers.explain.different", items="; ".join(items)))
    else:
        parts.append(t("peers.explain.no_difference"))
    return " ".join(parts)


def _level_plural(level: object) -> str:
    return t(f"level.plural.{level}")


def reason_text(reason: Reason) -> str:
    """A group's label or note in words."""
    args = reason.args
    code = reason.code
    if code == "podobne":
        return t("peers.label.podobne", k=args["k"])
    if code == "sasiedzi":
        return t("peers.label.sasiedzi", count=args["count"])
    if code == "wlasna":
        return t("peers.label.wlasna", count=args["count"])
    if code == "unknown":
        return t("peers.label.unknown")
    if code == "administracyjna":
        kind = t(f"peers.admin.{args['admin_type']}")
        size = args.get("size_class")
        return f"{kind}, {localized_size_class(size)}" if size else kind
    if code == "no_context":
        return t("peers.note.no_context", level=_level_plural(args["level"]))
    if code == "imputed":
        variables = join_words([variable_label(key) for key in args["variables"]])
        return t("peers.note.imputed", variables=variables, level=_level_plural(args["level"]))
    if code == "no_population":
        return t("peers.note.no_population", level=_level_plural(args["level"]))
    if code == "small_class":
        return t("peers.note.small_class", size_class=localized_size_class(args["size_class"]))
    if code == "no_neighbours":
        return t("peers.note.no_neighbours")
    if code == "too_many":
        return t("peers.note.too_many", max=args["max"])
    if code == "unknown_codes":
        return t("peers.note.unknown_codes", codes=", ".join(args["codes"]))
    if code == "other_level":
        level = t(f"level.{args['level']}")
        return t("peers.note.other_level", codes=", ".join(args["codes"]), level=level)
    if code == "empty_user_group":
        return t("peers.note.empty_user_group")
    raise ValueError(f"unknown comparison group reason: {code}")


def group_label(group: PeerGroup) -> str:
    """The group's name, e.g. ``"15 najbardziej podobnych jednostek"``."""
    return reason_text(group.label)


def group_notes(group: PeerGroup) -> list[str]:
    """The group's notes (imputed context, a dropped size class, unknown codes …) in words."""
    return [reason_text(note) for note in group.notes]
