"""The build's command line: ``python scripts/build_vocab.py --sources DIR --out DIR``.

Reads the source lists described in ``vocab-sources/README.md`` (and tiny stand-ins in the
tests), the hand-curated lists in ``scripts/vocab/`` and the ISO 639 data that
``langcodes``/``language_data`` ship; filters, dedupes and merges aliases; writes
``models.jsonl``, ``datasets.jsonl``, ``techniques.jsonl``, ``languages.jsonl``, ``SOURCES.md``
and the matcher's token cache ``tokens.json.gz`` to ``--out``. The same inputs give
byte-identical output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vocab_build.inputs import CURATED_DIR, Inputs
from vocab_build.output import finalize, write_outputs, write_sources_md, write_tokens
from vocab_build.registry import Registry
from vocab_build.sources import SOURCES

__all__ = ["build", "main"]


def build(inputs: Inputs) -> Registry:
    """Load every source into a fresh registry, in precedence order, and finalize it."""
    reg = Registry(inputs.stop, inputs.guards)
    for source in SOURCES:
        if source.load is not None:
            source.load(reg, inputs)
    finalize(reg)
    return reg


def main(argv: list[str] | None = None) -> int:
    """Run the build; print the counts (and curated collisions) on stderr."""
    ap = argparse.ArgumentParser(description="Build paperkg's shipped entity vocabulary.")
    ap.add_argument("--sources", type=Path, help="the vocab-sources folder (not with --tokens-only)")
    ap.add_argument("--out", type=Path, required=True, help="output folder (the package's vocab/)")
    ap.add_argument("--curated", type=Path, default=CURATED_DIR, help="hand-curated lists")
    ap.add_argument("--report", type=Path, help="also write build statistics as JSON here")
    ap.add_argument("--tokens-only", action="store_true",
                    help="only rewrite --out/tokens.json.gz (after changing the tokenizer rules)")
    ap.add_argument("--no-tokens", action="store_true", help="do not write tokens.json.gz")
    args = ap.parse_args(argv)
    if args.tokens_only:
        write_tokens(args.out)
        return 0
    if args.sources is None:
        ap.error("--sources is required (unless --tokens-only)")
    reg = build(Inputs(sources=args.sources, curated=args.curated))
    for line in reg.dropped.get("curated_collision", []):
        print(f"curated collision: {line}", file=sys.stderr)
    counts = write_outputs(reg, args.out)
    write_sources_md(reg, counts, args.out / "SOURCES.md")
    if not args.no_tokens:
        write_tokens(args.out)
    if args.report:
        report = {"counts": counts, "stats": dict(sorted(reg.stats.items())),
                  "dropped": {k: sorted(v) for k, v in sorted(reg.dropped.items())}}
        args.report.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(" ".join(f"{k}={v}" for k, v in counts.items()), file=sys.stderr)
    return 0
