"""The contract between paperkg's spaCy components: the span group, its extensions, and text helpers.

Each component reads and writes ``doc.spans["paperkg"]`` (:data:`SPANS_KEY`): ``label_`` is the
entity kind, ``id_`` the entity id; span extensions ``role``, ``origin``, ``confidence`` and
``extractor`` carry the rest of a mention. ``doc.user_data`` holds the field being read
(``"paperkg_field"``: title or abstract) and the names the title introduced
(``"paperkg_known"``: surface -> Entity), so that the abstract links them too.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from paperkg.ingest.records import Origin, Role, fold

__all__ = ["SPANS_KEY", "fold", "sentence_bounds", "sentence_starts"]

SPANS_KEY = "paperkg"

for _name, _default in (("role", Role.MENTIONS.value), ("origin", Origin.VOCABULARY.value),
                        ("confidence", 1.0), ("extractor", "paperkg_vocab")):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start in ``text`` (a light rule: end mark, space, capital or digit)."""
    return [0, *(m.end() for m in _SENT_END_BEFORE.finditer(text))]


def sentence_bounds(text: str, start: int, end: int, starts: list[int] | None = None) -> tuple[int, int]:
    """Character bounds of the sentence holding ``text[start:end]`` (a light rule, no model).

    >>> text = "We use LoRA. It helps. On MMLU, e.g. 5-shot, we win."
    >>> s, e = sentence_bounds(text, 26, 30); text[s:e]
    'On MMLU, e.g. 5-shot, we win.'
    """
    starts = starts if starts is not None else sentence_starts(text)
    i = bisect.bisect_right(starts, start) - 1
    left = starts[max(i, 0)]
    right = starts[i + 1] if i + 1 < len(starts) else len(text)
    return left, len(text[:right].rstrip())


_SENT_END_BEFORE = re.compile(r"[.!?](?<!e\.g\.)(?<!i\.e\.)(?<!et al\.)(?<!vs\.)(?<!\bal\.)\s+(?=[A-Z0-9(\"'])")
