"""Mine "<modifier> <vocabulary technique>" names: a known technique plus a word that makes it a
more specific, established method ("continuous normalizing flows", "decoupled weight decay").

Usage (from the repository root)::

    python scripts/vocab/mine_modifiers.py --corpus ../shared/corpora/arxiv-cs-ai.jsonl.gz \\
        --exclude benchmarks/gold --exclude tests/data/gold --min-papers 5 > /tmp/modifier_candidates.tsv
    python scripts/vocab/mine_modifiers.py --build scripts/vocab/modified_techniques_review.tsv \\
        > paperkg/ingest/extract/vocab/modified_techniques.tsv

The first form runs paperkg's vocabulary matcher alone over every title and abstract (papers the
gold files under ``--exclude`` list are skipped) and prints, for each vocabulary technique and
the word written right before it, the number of distinct papers with that phrase, the phrase as
most often written, the technique's id and the modifier. Function words, verbs and describing
adjectives are not counted as modifiers. A person reviews the candidates by hand
(``scripts/vocab/modified_techniques_review.tsv``: a verdict per row); the second form writes the
rows kept as the shipped list that :mod:`paperkg.ingest.extract.modifiers` reads. Names and
counts only: no corpus text is kept.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vocab_build.mine import gold_ids  # noqa: E402  (the term miner's: every id a gold file lists)

#: Words before a technique that do not make a more specific name of it: function words, verbs,
#: quantities and describing adjectives (a reviewer would drop them all; leaving them out keeps the
#: candidate list short).
NOT_MODIFIERS = frozenset("""
a an the this that these those our their its his her my your we they it of in on for to with by from at as
via into onto over under than then and or nor but not no is are was were be been being has have had do does
did can could may might will would should must such each every all any both either neither other another
more most less least many much few several various different same new novel proposed existing standard
traditional conventional classical typical common popular recent current previous prior simple efficient
effective robust better improved enhanced advanced modern state-of-the-art sota powerful strong weak large
small big high low good poor key main major general specific particular certain given based using use used
which who what where when how while whereas also only just even well further first second third two three
one single multiple unified generic lightweight scalable flexible principled comprehensive end-to-end
plug-and-play training-free innovative practical dedicated additional refined specialized tailored modular
universal holistic systematic theoretical rigorous automated automatic yet highly fully very custom fast
accurate interpretable detailed in-depth extensive thorough empirical careful experimental large-scale
critical preliminary broad but surprising interesting important promising alternative stronger subsequent
initial final pre-trained pretrained vanilla naive plain basic original full apply applies applying applied
employ employs employing employed leverage leverages leveraging leveraged like propose proposes proposing
introduce introduces introducing integrate integrates integrating combine combines combining perform
performs performing adopt adopts adopting utilize utilizes utilizing enable enables improve improves achieve
achieves require requires through during although however including include includes across within without
upon toward towards between unlike versus vs etc thus hence therefore moreover furthermore since because yet
still often usually typically commonly widely generally mainly mostly largely
""".split())

# a modifier as written: a word of letters and digits, hyphenated parts allowed ("low-rank", "0-1")
_MODIFIER = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?")
_LEAD = "([{\"'\u201c\u2018"


def modifier_before(text: str, start: int) -> tuple[int, str] | None:
    """The word written right before ``text[start:]`` (one space between), with where it starts,
    when it has a modifier's shape and is not in :data:`NOT_MODIFIERS`.

    >>> text = "we use continuous normalizing flows"
    >>> modifier_before(text, text.index("normalizing"))
    (7, 'continuous')
    >>> modifier_before("we use normalizing flows", 7) is None
    True
    """
    if start < 2 or text[start - 1] != " " or text[start - 2] == " ":
        return None
    begin = text.rfind(" ", 0, start - 1) + 1
    while begin < start - 1 and text[begin] in _LEAD:
        begin += 1
    word = text[begin:start - 1]
    if not _MODIFIER.fullmatch(word) or word.lower() in NOT_MODIFIERS:
        return None
    return begin, word


def _texts(corpus: Path, exclude: set[str]) -> Iterator[tuple[str, str]]:
    """(paper id, text) of the title and of the abstract (markup flattened, whitespace runs made one
    space) of every corpus record not excluded."""
    from paperkg.ingest.text import flatten_markup

    with gzip.open(corpus, "rt", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record.get("id") in exclude:
                continue
            for field in ("title", "abstract"):
                yield record.get("id", ""), re.sub(r"\s+", " ", flatten_markup(record.get(field) or ""))


def mine(texts: Iterable[tuple[str, str]], min_papers: int) -> list[tuple[int, str, str, str]]:
    """(papers, phrase as most often written, technique id, folded modifier) of each candidate in
    at least ``min_papers`` distinct papers, most papers first."""
    from paperkg.ingest.extract.pipeline import blank_nlp
    from paperkg.ingest.records import Kind

    nlp = blank_nlp()
    nlp.add_pipe("paperkg_vocab")
    papers: dict[tuple[str, str], set[str]] = defaultdict(set)
    written: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    items = list(texts)
    for (pid, text), doc in zip(items, nlp.pipe(t for _, t in items), strict=True):
        spans = list(doc.spans.get("paperkg", []))
        for span in spans:
            if span.label_ != Kind.TECHNIQUE.value:
                continue
            found = modifier_before(text, span.start_char)
            if found is None or any(found[0] <= other.start_char < span.start_char for other in spans):
                continue  # (a modifier that is itself a linked name: "LoRA fine-tuning")
            key = (found[1].lower(), span.id_)
            papers[key].add(pid)
            written[key][text[found[0]:span.end_char]] += 1
    rows = [(len(ids), written[key].most_common(1)[0][0], key[1], key[0]) for key, ids in papers.items()
            if len(ids) >= min_papers]
    return sorted(rows, key=lambda r: (-r[0], r[1]))


def build(review: Path) -> list[str]:
    """The shipped list's lines from the review file's rows whose verdict is ``kept``: label,
    technique id, modifier, papers (comment lines say where it came from)."""
    lines = ["# Established names made of a modifier and a vocabulary technique, mined from",
             "# ../shared/corpora/arxiv-cs-ai.jsonl.gz (gold paper ids excluded) and kept by hand review:",
             "# scripts/vocab/mine_modifiers.py, scripts/vocab/modified_techniques_review.tsv.",
             "# label<TAB>broader (technique id)<TAB>modifier (lower case)<TAB>papers"]
    for line in review.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        papers, phrase, eid, modifier, verdict, *label = line.split("\t")
        if verdict == "kept":
            lines.append(f"{label[0] if label and label[0] else phrase}\t{eid}\t{modifier}\t{papers}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the candidates (or, with ``--build``, the shipped list) as TSV."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="a folder of gold files whose paper ids are skipped (repeatable)")
    ap.add_argument("--min-papers", type=int, default=5)
    ap.add_argument("--build", type=Path, help="the review file: print the shipped list of its kept rows")
    args = ap.parse_args(argv)
    if args.build:
        print("\n".join(build(args.build)))
        return 0
    if args.corpus is None:
        ap.error("--corpus is needed to mine")
    exclude = set().union(*(gold_ids(folder) for folder in args.exclude))
    print("# papers\tphrase\ttechnique id\tmodifier")
    for row in mine(_texts(args.corpus, exclude), args.min_papers):
        print("\t".join(map(str, row)))
    print(f"excluded {len(exclude)} gold paper ids", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
