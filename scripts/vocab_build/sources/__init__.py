"""The build's sources, in load order (earlier sources win clashes): :data:`SOURCES`.

Each module holds one source's loader, origin, licence and filters (a :class:`Source`). To add a
source, write its module and put its ``SOURCE`` in :data:`SOURCES` where its precedence belongs.
"""

from __future__ import annotations

from vocab_build.sources import (
    curated,
    epoch,
    established,
    fastchat,
    hf_transformers,
    languages,
    litellm,
    lm_eval,
    mined,
    pwc_datasets,
    pwc_methods,
    tasks,
)
from vocab_build.sources.base import Source

__all__ = ["SOURCES", "Source"]

#: Every source, in load order. Entries without a loader are read by another source.
SOURCES: tuple[Source, ...] = (
    curated.SOURCE,
    languages.SOURCE,
    languages.LINGUIST,
    tasks.SOURCE,
    hf_transformers.SOURCE,
    fastchat.SOURCE,
    pwc_methods.SOURCE,
    mined.SOURCE,
    established.SOURCE,
    epoch.SOURCE,
    lm_eval.SOURCE,
    pwc_datasets.SOURCE,
    pwc_datasets.SOURCE_2025,
    litellm.SOURCE,
)
