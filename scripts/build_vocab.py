#!/usr/bin/env python3
"""Build paperkg's shipped entity vocabulary (the code is in ``scripts/vocab_build/``).

Usage::

    python scripts/build_vocab.py --sources ../shared/vocab-sources --out paperkg/ingest/extract/vocab
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# this checkout's paperkg, not whichever one the environment has installed (the shipped files depend on it)
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from vocab_build.cli import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
