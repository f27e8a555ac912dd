"""The values that graph queries accept (kinds, views, levels, language types, ``top``) and their checks.

Every check raises :class:`~paperkg.errors.QueryError` naming the bad value and the known
ones, so that the CLI prints it as one line and the API caller gets a clear exception.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from paperkg.errors import QueryError
from paperkg.ingest.records import Kind, Role

__all__ = [
    "MEASURE_NAMES",
    "VIEWS",
    "LEVELS",
    "LANGUAGE_TYPES",
    "check_choice",
    "check_kind",
    "check_kinds",
    "check_language_type",
    "check_top",
    "check_role",
    "hidden_by",
    "filter_note",
]

#: The names of the centrality measures, in :data:`~paperkg.graph.centrality.MEASURES`' order
#: (here too, so that the CLI's help names them without loading networkx).
MEASURE_NAMES = ("degree", "weighted-degree", "pagerank", "betweenness", "eigenvector", "closeness",
                 "harmonic", "hits", "hubs", "katz")
#: View names: the paper–entity graph and the entity co-mention projection.
VIEWS = ("papers", "comention")
#: Levels: each variant on its own, or variants folded into their top family.
LEVELS = ("variant", "family")
#: Values of a language entity's ``language_type`` attribute (one kind, two types).
LANGUAGE_TYPES = ("natural", "programming")


def check_choice(value: str, choices: Iterable[str], what: str) -> str:
    """Return ``value`` when it is one of ``choices``.

    Parameters
    ----------
    value : str
        The value given.
    choices : iterable of str
        The values known (a mapping's keys work too).
    what : str
        What the value names, for the message (``"measure"``, ``"view"``...).

    Returns
    -------
    str
        ``value`` itself.

    Raises
    ------
    QueryError
        When ``value`` is not one of ``choices``; the message lists them.

    Examples
    --------
    >>> check_choice("papers", VIEWS, "view")
    'papers'
    >>> check_choice("citations", VIEWS, "view")
    Traceback (most recent call last):
    ...
    paperkg.errors.QueryError: unknown view 'citations'; known: papers, comention
    """
    choices = tuple(choices)
    if value not in choices:
        raise QueryError(f"unknown {what} {value!r}; known: {', '.join(choices)}")
    return value


def check_kind(kind: str | Kind | None, *, papers: bool = False) -> str | None:
    """The entity kind ``kind`` as a plain string (``"paper"`` too when ``papers``).

    Parameters
    ----------
    kind : str, Kind or None
        ``model``, ``dataset``, ``technique`` or ``language``; None means every kind.
    papers : bool, default False
        Accept ``"paper"`` as well (rankings on the papers view can rank papers).

    Returns
    -------
    str or None
        The kind's value, or None when ``kind`` is None.

    Raises
    ------
    QueryError
        When ``kind`` is not a known kind.

    Examples
    --------
    >>> check_kind(Kind.MODEL), check_kind(None), check_kind("paper", papers=True)
    ('model', None, 'paper')
    >>> check_kind("person")
    Traceback (most recent call last):
    ...
    paperkg.errors.QueryError: unknown kind 'person'; known: model, dataset, technique, language
    """
    if kind is None:
        return None
    if papers and kind == "paper":
        return "paper"
    try:
        return Kind(kind).value
    except ValueError:
        known = [k.value for k in Kind] + (["paper"] if papers else [])
        raise QueryError(f"unknown kind {kind!r}; known: {', '.join(known)}") from None


def check_kinds(kinds: str | Kind | Iterable[str | Kind] | None) -> set[str] | None:
    """One kind or several as a set of kind strings (None stays None: every kind).

    Parameters
    ----------
    kinds : str, Kind, iterable of them, or None
        The kinds to keep.

    Returns
    -------
    set of str or None

    Raises
    ------
    QueryError
        When one of them is not a known kind.

    Examples
    --------
    >>> check_kinds("model"), sorted(check_kinds(["dataset", Kind.MODEL])), check_kinds(None)
    ({'model'}, ['dataset', 'model'], None)
    """
    if kinds is None:
        return None
    if isinstance(kinds, str):
        return {check_kind(kinds)}  # type: ignore[arg-type]
    return {check_kind(k) for k in kinds}  # type: ignore[misc]


def check_language_type(language_type: str | None) -> str | None:
    """A language type filter: ``"natural"``, ``"programming"`` or None (both).

    Parameters
    ----------
    language_type : str or None
        The value given.

    Returns
    -------
    str or None
        ``language_type`` itself.

    Raises
    ------
    QueryError
        When ``language_type`` is anything else.

    Examples
    --------
    >>> check_language_type("natural"), check_language_type(None)
    ('natural', None)
    >>> check_language_type("spoken")
    Traceback (most recent call last):
    ...
    paperkg.errors.QueryError: unknown language type 'spoken'; known: natural, programming
    """
    if language_type is None:
        return None
    return check_choice(str(language_type), LANGUAGE_TYPES, "language type")


def check_top(top: int | None, what: str = "top") -> int | None:
    """A row count: a whole number of at least 1, or None (every row).

    Parameters
    ----------
    top : int or None
        The value given.
    what : str, default "top"
        The option's name, for the message.

    Returns
    -------
    int or None
        ``top`` itself.

    Raises
    ------
    QueryError
        When ``top`` is 0, negative or not a whole number.

    Examples
    --------
    >>> check_top(10), check_top(None)
    (10, None)
    >>> check_top(0)
    Traceback (most recent call last):
    ...
    paperkg.errors.QueryError: top must be at least 1 (None: every row), not 0
    """
    if top is None:
        return None
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise QueryError(f"{what} must be at least 1 (None: every row), not {top!r}")
    return top


def check_role(role: str | Role | None) -> str | None:
    """A link role as a plain string: introduces, uses, evaluates_on, compares_with or mentions.

    Parameters
    ----------
    role : str, Role or None
        The value given.

    Returns
    -------
    str or None
        The role's value, or None when ``role`` is None.

    Raises
    ------
    QueryError
        For an unknown role.

    Examples
    --------
    >>> check_role(Role.USES), check_role(None)
    ('uses', None)
    >>> check_role("cites")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    paperkg.errors.QueryError: unknown role 'cites'; known: introduces, uses, evaluates_on, compares_with,
    mentions
    """
    if role is None:
        return None
    try:
        return Role(role).value
    except ValueError:
        raise QueryError(f"unknown role {role!r}; known: {', '.join(r.value for r in Role)}") from None


def hidden_by(data: Mapping[str, Any], *, include_generic: bool = False,
              language_type: str | None = None) -> str | None:
    """What keeps an entity out of a ranking, from its node attributes: a filter's name or None.

    Parameters
    ----------
    data : mapping
        The entity node's attributes (``kind``, ``generic``, ``language_type``).
    include_generic : bool, default False
        Keep umbrella terms (``generic=True``: fine-tuning, Transformer, attention...).
    language_type : {"natural", "programming"}, optional
        Keep only languages of this type; entities of other kinds are not affected.

    Returns
    -------
    str or None
        ``"generic"`` or ``"language_type"`` when that filter hides the entity, else None.

    Examples
    --------
    >>> hidden_by({"kind": "technique", "generic": True})
    'generic'
    >>> hidden_by({"kind": "technique", "generic": True}, include_generic=True) is None
    True
    >>> hidden_by({"kind": "language", "language_type": "programming"}, language_type="natural")
    'language_type'
    >>> hidden_by({"kind": "model"}, language_type="natural") is None
    True
    """
    if not include_generic and data.get("generic"):
        return "generic"
    if (language_type is not None and data.get("kind") == "language"
            and data.get("language_type") != language_type):
        return "language_type"
    return None


def filter_note(hidden: Mapping[str, int]) -> str | None:
    """The note for rows that :func:`hidden_by` left out (only generic ones need saying).

    Parameters
    ----------
    hidden : mapping
        Filter name -> entities it hid (``"generic"``, ``"language_type"``).

    Returns
    -------
    str or None

    Examples
    --------
    >>> filter_note({"generic": 2, "language_type": 1})
    '2 generic entities hidden (include_generic=True, or --include-generic, shows them)'
    >>> filter_note({}) is None
    True
    """
    n = hidden.get("generic", 0)
    if not n:
        return None
    return (f"{n} generic entit{'y' if n == 1 else 'ies'} hidden (include_generic=True, or "
            f"--include-generic, shows them)")
