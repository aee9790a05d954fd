"""Finding BDL variable ids for the catalogue (``flask --app app bdl-find "…"``).

A search asks the BDL API for subjects whose name contains the text (``/subjects/search``) and
variables whose dimensions n1…n5 contain it (``/variables/search``), adds the variables of the
first few matching subjects that hold variables, and describes every candidate with its subject
name and the years its subject has data at the candidate's level (``/subjects/{id}``, one
request per subject), or, with ``exact_years``, the variable's own years (``/variables/{id}``,
one request per candidate). Responses are read one page (100 records) at a time, so a search
costs a handful of requests under the BDL rate limits.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from i18n import format_years, t
from ingest.bdl_api import BdlClient

# Subjects whose variables are listed besides the variable search (one request each).
MAX_EXPANDED_SUBJECTS = 3
DIMENSION_KEYS = ("n1", "n2", "n3", "n4", "n5")


@dataclass(frozen=True)
class Subject:
    id: str
    name: str
    has_variables: bool
    levels: tuple[int, ...]


@dataclass(frozen=True)
class Candidate:
    id: int
    subject_id: str
    subject_name: str
    dimensions: tuple[str, ...]
    unit: str
    level: int | None
    years: tuple[int, ...]


@dataclass(frozen=True)
class FindResult:
    query: str
    level: int | None
    subjects: tuple[Subject, ...]
    candidates: tuple[Candidate, ...]
    matched: int  # candidates found (at the level) before ``limit``
    incomplete: bool  # a search had more records than its first page
    requests: int

    def as_json(self) -> dict:
        return asdict(self)


def _subject(record: dict) -> Subject:
    return Subject(
        id=str(record.get("id", "")),
        name=str(record.get("name", "")).strip(),
        has_variables=bool(record.get("hasVariables")),
        levels=_numbers(record.get("levels")),
    )


def _numbers(values: object) -> tuple[int, ...]:
    """The whole numbers of a list from the API (years come as numbers or digit strings),
    sorted; anything else is left out."""
    if not isinstance(values, list):
        return ()
    return tuple(sorted(int(v) for v in values if isinstance(v, int) or str(v).isdigit()))


def dimensions(variable: dict) -> tuple[str, ...]:
    """The dimension labels n1…n5 that a variable has, in order."""
    return tuple(str(variable[k]).strip() for k in DIMENSION_KEYS if variable.get(k))


def _level(variable: dict) -> int | None:
    found = variable.get("level")
    return found if isinstance(found, int) else None


def at_level(variable: dict, level: int | None) -> bool:
    """True when the variable has data down to ``level`` (its ``level`` is the lowest level
    with data: a gmina variable, level 6, also has powiat, voivodeship and Poland values)."""
    found = _level(variable)
    return level is None or (found is not None and found >= level)


def subject_years(details: dict, level: int | None) -> tuple[int, ...]:
    """Years in which the subject has data down to ``level``, from its ``availability`` (whose
    ``levels`` are the lowest levels with data that year, as a variable's ``level`` is): none
    when it never reaches that level; all its ``years`` when the level or the availability is
    not known."""
    availability = details.get("availability")
    if level is None or not isinstance(availability, list) or not availability:
        return _numbers(details.get("years"))
    reached = [
        entry.get("year")
        for entry in availability
        if isinstance(entry, dict) and any(low >= level for low in _numbers(entry.get("levels")))
    ]
    return _numbers(reached)


def _variables(client: BdlClient, query: str, subjects: list[Subject]) -> tuple[list[dict], bool]:
    found, total = client.search_variables(query)
    incomplete = total > len(found)
    for subject in [s for s in subjects if s.has_variables][:MAX_EXPANDED_SUBJECTS]:
        listed, total = client.subject_variables(subject.id)
        found += listed
        incomplete = incomplete or total > len(listed)
    unique: dict[int, dict] = {}
    for variable in found:
        if isinstance(variable.get("id"), int):
            unique.setdefault(variable["id"], variable)
    return list(unique.values()), incomplete


def _candidate(variable: dict, subject: dict, years: tuple[int, ...]) -> Candidate:
    return Candidate(
        id=variable["id"],
        subject_id=str(variable.get("subjectId", "")),
        subject_name=str(subject.get("name", "")).strip(),
        dimensions=dimensions(variable),
        unit=str(variable.get("measureUnitName", "")),
        level=_level(variable),
        years=years,
    )


def _describe(
    client: BdlClient, variables: list[dict], level: int | None, exact_years: bool
) -> tuple[Candidate, ...]:
    """Candidates with their subject's name and years (one request per subject), or their
    own years (one request per variable)."""
    subjects: dict[str, dict] = {}
    candidates = []
    for variable in variables:
        subject_id = str(variable.get("subjectId", ""))
        if subject_id and subject_id not in subjects:
            subjects[subject_id] = client.subject(subject_id)
        subject = subjects.get(subject_id, {})
        if exact_years:
            years = _numbers(client.variable(variable["id"]).get("years"))
        else:
            years = subject_years(subject, level if level is not None else _level(variable))
        candidates.append(_candidate(variable, subject, years))
    return tuple(candidates)


def find(
    client: BdlClient,
    query: str,
    level: int | None = None,
    limit: int = 20,
    exact_years: bool = False,
) -> FindResult:
    """Candidate variables for ``query``, at most ``limit``, only those with data down to
    ``level`` (a BDL level number) when it is given. Raises ``BdlApiError``."""
    records, total = client.search_subjects(query)
    subjects = [_subject(r) for r in records]
    variables, incomplete = _variables(client, query, subjects)
    matching = [v for v in variables if at_level(v, level)]
    return FindResult(
        query=query,
        level=level,
        subjects=tuple(subjects),
        candidates=_describe(client, matching[:limit], level, exact_years),
        matched=len(matching),
        incomplete=incomplete or total > len(records),
        requests=client.requests_sent,
    )


def level_text(level: int | None) -> str:
    """``6`` → ``"6 (gminy)"``; levels the API does not describe are shown as numbers."""
    if level is None:
        return "–"
    name = t(f"ingest.find.level.{level}")
    return str(level) if name.startswith("ingest.") else f"{level} ({name})"


def _candidate_lines(candidate: Candidate) -> list[str]:
    label = " › ".join(candidate.dimensions) or "–"
    return [
        f"  {candidate.id:>8}  {label}",
        " " * 12
        + t(
            "ingest.find.details",
            unit=candidate.unit or "–",
            level=level_text(candidate.level),
            subject=f"{candidate.subject_id} {candidate.subject_name}".strip() or "–",
            years=format_years(candidate.years) or "–",
        ),
    ]


def report_lines(result: FindResult) -> list[str]:
    """The result in words, for the terminal (Polish by default)."""
    where = level_text(result.level) if result.level is not None else t("ingest.find.any_level")
    lines = [t("ingest.find.query", query=result.query, level=where)]
    lines.append(t("ingest.find.subjects", count=len(result.subjects)))
    for subject in result.subjects:
        kind = "" if subject.has_variables else f" ({t('ingest.find.group')})"
        lines.append(f"  {subject.id:>8}  {subject.name}{kind}")
    if not result.candidates:
        lines.append(t("ingest.find.none", query=result.query))
    else:
        lines.append(t("ingest.find.variables", shown=len(result.candidates), count=result.matched))
        for candidate in result.candidates:
            lines += _candidate_lines(candidate)
    if result.incomplete:
        lines.append(t("ingest.find.incomplete"))
    lines.append(t("ingest.find.next", requests=result.requests))
    return lines
