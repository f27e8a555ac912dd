"""Build paperkg's shipped vocabulary from public source lists and hand-curated lists.

One module per source under :mod:`vocab_build.sources` (each holds its loader, where the data
came from, its licence and the filters it applies), the :class:`~vocab_build.registry.Registry`
that dedupes and merges what they offer, and :mod:`vocab_build.output` that writes the JSON
Lines files, ``SOURCES.md`` and the matcher's token cache. Run it through
``scripts/build_vocab.py`` (see :mod:`vocab_build.cli`).
"""
