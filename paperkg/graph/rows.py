"""Rows: the typed result list every graph query returns (with a note on how it was computed)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["Rows", "first_shown", "join_notes"]

T = TypeVar("T")

_PANDAS_HINT = (
    "to_pandas() needs pandas: pip install 'paperkg[pandas]' (or pip install pandas), or use to_dicts()")


class Rows(list[T]):
    """A list of typed rows (each with ``to_dict()``), plus ``note``, ``approximate`` and ``meta``.

    Parameters
    ----------
    rows : iterable
        The rows, best first where the query ranks.
    note : str or None
        How the answer was computed, when that matters: sampling, a fallback, an approximation,
        rows hidden by a filter, scores that do not separate the rows.
    approximate : bool
        True when the scores are estimates (sampled pivots, no convergence).
    **meta
        The query's options as answered (``measure``, ``view``, ``include_generic``...).

    Examples
    --------
    >>> rows = Rows([], note="nothing to rank", measure="degree")
    >>> rows, rows.note, rows.approximate, rows.meta
    ([], 'nothing to rank', False, {'measure': 'degree'})
    """

    def __init__(self, rows: Iterable[T] = (), *, note: str | None = None, approximate: bool = False,
                 **meta: Any) -> None:
        super().__init__(rows)
        self.note = note
        self.approximate = approximate
        self.meta = meta

    def to_dicts(self) -> list[dict[str, Any]]:
        """The rows as plain dicts (for JSON and CSV).

        Returns
        -------
        list of dict

        Examples
        --------
        >>> from dataclasses import dataclass, asdict
        >>> @dataclass
        ... class Row:
        ...     entity: str
        ...     def to_dict(self): return asdict(self)
        >>> Rows([Row("LoRA")]).to_dicts()
        [{'entity': 'LoRA'}]
        """
        return [row.to_dict() if hasattr(row, "to_dict") else row for row in self]  # type: ignore[attr-defined]

    def to_pandas(self) -> Any:
        """The rows as a pandas DataFrame; its ``attrs`` keep ``note``, ``approximate`` and ``meta``.

        Returns
        -------
        pandas.DataFrame

        Raises
        ------
        ImportError
            When pandas is not installed (it comes with paperkg's ``[pandas]`` extra).

        Examples
        --------
        >>> frame = Rows([{"entity": "LoRA", "score": 2.0}], note="exact").to_pandas()
        >>> frame.attrs["note"], list(frame.columns)
        ('exact', ['entity', 'score'])
        """
        try:
            import pandas as pd
        except ImportError:
            raise ImportError(_PANDAS_HINT) from None
        frame = pd.DataFrame(self.to_dicts())
        frame.attrs.update(note=self.note, approximate=self.approximate, **self.meta)
        return frame


def first_shown(
    ordered: Iterable[T], top: int | None, reason: Callable[[T], str | None]
) -> tuple[list[T], Counter[str]]:
    """The first ``top`` items that no filter hides, and what the filters hid above the cut.

    So that a note can say what a filter took out of the rows a reader sees, not of the tail.

    Parameters
    ----------
    ordered : iterable
        Items, best first.
    top : int or None
        How many to keep (None: all).
    reason : callable
        The name of the filter that hides an item, or None for an item that is shown.

    Returns
    -------
    (list, Counter)
        The kept items, and per filter the number of items it hid before the last kept one
        (all of them when ``top`` is None or not reached).

    Examples
    --------
    >>> first_shown([5, 4, 3, 2, 1], 2, lambda n: "even" if n % 2 == 0 else None)
    ([5, 3], Counter({'even': 1}))
    """
    kept: list[T] = []
    hidden: Counter[str] = Counter()
    for item in ordered:
        if top is not None and len(kept) >= top:
            break
        why = reason(item)
        if why is None:
            kept.append(item)
        else:
            hidden[why] += 1
    return kept, hidden


def join_notes(*notes: str | None) -> str | None:
    """The notes given, joined with ``"; "`` (None when there is none).

    Parameters
    ----------
    *notes : str or None
        Notes; None and empty ones are skipped.

    Returns
    -------
    str or None

    Examples
    --------
    >>> join_notes("sampled", None, "3 generic entities hidden"), join_notes(None)
    ('sampled; 3 generic entities hidden', None)
    """
    kept = [n for n in notes if n]
    return "; ".join(kept) if kept else None
