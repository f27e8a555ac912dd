#!/usr/bin/env python3
"""Build paperkg's shipped entity vocabulary (the code is in ``scripts/vocab_build/``).

Usage::

    python scripts/build_vocab.py --sources ../shared/vocab-sources --out paperkg/ingest/extract/vocab
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vocab_build.cli import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
