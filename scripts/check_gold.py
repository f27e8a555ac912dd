#!/usr/bin/env python3
"""Validate the hand-made entity gold file (tests/data/gold/seeds_gold.jsonl).

Usage:
    python3 scripts/check_gold.py [SEEDS_DIR] [--gold FILE] [--quiet]
    python3 scripts/check_gold.py --gold benchmarks/gold/corpus_test.jsonl   # corpus gold

A corpus gold file (benchmarks/gold/) names each paper by its arXiv "id" instead of "title" and
"file"; its text is read from ../shared/corpora/arxiv-cs-ai.jsonl.gz with every whitespace run
made one space (hard-wrapped abstracts), and surfaces must occur verbatim in that text.

SEEDS_DIR defaults to ../shared/seeds relative to the repository root; it can
also be paperkg/ingest/sample/ (same four files). Relative paths are tried
against the current directory first, then against the repository root.

Checks (any failure -> exit status 1):
  * each line is a JSON object with exactly the keys title, file, entities, borderline
  * entities: objects with exactly kind, label, surfaces, role, new;
    kind in {model, dataset, technique, language};
    role in {introduces, uses, evaluates_on, compares_with, mentions};
    new is a bool; label a non-empty string; surfaces a non-empty list of
    distinct non-empty strings; new == true only with role == introduces
  * the file named exists in SEEDS_DIR and the title is one of its paper titles
  * every surface (and every borderline string) occurs verbatim, case-sensitively,
    in that paper's title or abstract
  * no surface is listed under two entities of one paper, no borderline string
    is also an entity surface, no (kind, label) pair twice in one paper
  * no paper (title) appears twice in the gold file
Stdlib only.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

KINDS = {"model", "dataset", "technique", "language"}
ROLES = {"introduces", "uses", "evaluates_on", "compares_with", "mentions"}
PAPER_KEYS = {"title", "file", "entities", "borderline"}
CORPUS_KEYS = {"id", "entities", "borderline"}
ENTITY_KEYS = {"kind", "label", "surfaces", "role", "new"}

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SEEDS = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "seeds"))
CORPUS = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "corpora", "arxiv-cs-ai.jsonl.gz"))


def _flat(text):
    """The text with each whitespace run made one space, stripped."""
    return re.sub(r"\s+", " ", text).strip()


def corpus_texts(ids):
    """{id: title + newline + abstract} for the wanted ids, whitespace runs made one space."""
    import gzip
    out = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in ids:
                out[rec["id"]] = _flat(rec["title"]) + "\n" + _flat(rec["abstract"])
    return out
DEFAULT_GOLD = os.path.join(REPO_ROOT, "tests", "data", "gold", "seeds_gold.jsonl")

DATE_RE = re.compile(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}$")
CHROME_EXACT = {"new", "Subscribe", "Daily Papers", "byAK and the research community"}


def is_chrome(line):
    return (line in CHROME_EXACT or line.startswith("Get trending papers")
            or bool(DATE_RE.match(line)))


def parse_seed(path):
    """Return {title: abstract} for a Hugging Face daily-papers dump.

    Page chrome at the top is skipped; a first title glued to "Subscribe"
    ("SubscribeMixture of Scales: ...") is unglued. The rest alternates
    title line / abstract line (blank lines, if any, are ignored).
    """
    with open(path, encoding="utf-8") as fh:
        lines = [line.strip() for line in fh if line.strip()]
    i = 0
    while i < len(lines) and is_chrome(lines[i]):
        i += 1
    body = lines[i:]
    if body and body[0].startswith("Subscribe") and len(body[0]) > len("Subscribe"):
        body[0] = body[0][len("Subscribe"):]
    papers = {}
    for k in range(0, len(body) - 1, 2):
        title, abstract = body[k], body[k + 1]
        # identical duplicates inside one file are harmless; keep the first
        papers.setdefault(title, abstract)
    return papers


def resolve_dir(p):
    if os.path.isabs(p):
        return p
    for base in (os.getcwd(), REPO_ROOT):
        cand = os.path.normpath(os.path.join(base, p))
        if os.path.isdir(cand):
            return cand
    return os.path.normpath(os.path.join(os.getcwd(), p))


def at_boundary(surface, text):
    """True if surface occurs somewhere not glued to a letter/digit on both sides."""
    for m in re.finditer(re.escape(surface), text):
        a, b = m.start(), m.end()
        left_ok = a == 0 or not text[a - 1].isalnum() or not surface[0].isalnum()
        right_ok = b == len(text) or not text[b].isalnum() or not surface[-1].isalnum()
        if left_ok and right_ok:
            return True
    return False


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("seeds", nargs="?", default=DEFAULT_SEEDS, help="seed directory")
    ap.add_argument("--gold", default=DEFAULT_GOLD, help="gold JSONL file")
    ap.add_argument("--quiet", action="store_true", help="only print errors")
    args = ap.parse_args(argv)

    seeds_dir = resolve_dir(args.seeds)
    gold_path = args.gold if os.path.isabs(args.gold) else (
        args.gold if os.path.exists(args.gold) else os.path.join(REPO_ROOT, args.gold))
    errors, warnings = [], []
    if not os.path.isdir(seeds_dir):
        print(f"ERROR: seeds directory not found: {seeds_dir}")
        return 1
    if not os.path.isfile(gold_path):
        print(f"ERROR: gold file not found: {gold_path}")
        return 1

    seed_cache = {}
    seen_titles = {}
    kinds, roles, files = Counter(), Counter(), Counter()
    n_new = n_border = 0

    with open(gold_path, encoding="utf-8") as fh:
        raw_lines = fh.readlines()
    papers = 0
    wanted = set()
    for raw in raw_lines:
        try:
            wanted.add(json.loads(raw).get("id"))
        except (json.JSONDecodeError, AttributeError):
            pass
    corpus = corpus_texts(wanted - {None}) if wanted - {None} else {}
    for ln, raw in enumerate(raw_lines, 1):
        if not raw.strip():
            errors.append(f"line {ln}: blank line")
            continue
        where = f"line {ln}"
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e})")
            continue
        if isinstance(obj, dict) and set(obj) == CORPUS_KEYS:
            pid, ents, border = obj["id"], obj["entities"], obj["borderline"]
            where = f"line {ln} ({pid})"
            papers += 1
            if pid in seen_titles:
                errors.append(f"{where}: duplicate paper (also line {seen_titles[pid]})")
            seen_titles.setdefault(pid, ln)
            if pid not in corpus:
                errors.append(f"{where}: id not in {CORPUS}")
                continue
            files["corpus"] += 1
            text = corpus[pid]
        elif not isinstance(obj, dict) or set(obj) != PAPER_KEYS:
            errors.append(f"{where}: keys must be exactly {sorted(PAPER_KEYS)} "
                          f"(or {sorted(CORPUS_KEYS)} for a corpus gold file)")
            continue
        else:
            title, fname, ents, border = obj["title"], obj["file"], obj["entities"], obj["borderline"]
            if not isinstance(title, str) or not title:
                errors.append(f"{where}: title must be a non-empty string")
                continue
            where = f"line {ln} ({title[:60]!r})"
            papers += 1
            if title in seen_titles:
                errors.append(f"{where}: duplicate paper (also line {seen_titles[title]})")
            seen_titles.setdefault(title, ln)
            if not isinstance(fname, str) or os.path.basename(fname) != fname:
                errors.append(f"{where}: file must be a bare file name")
                continue
            files[fname] += 1
            if fname not in seed_cache:
                p = os.path.join(seeds_dir, fname)
                seed_cache[fname] = parse_seed(p) if os.path.isfile(p) else None
            seed = seed_cache[fname]
            if seed is None:
                errors.append(f"{where}: seed file {fname} not in {seeds_dir}")
                continue
            if title not in seed:
                errors.append(f"{where}: title not found in {fname}")
                continue
            text = title + "\n" + seed[title]

        if not isinstance(ents, list):
            errors.append(f"{where}: entities must be a list")
            continue
        if not isinstance(border, list) or not all(isinstance(b, str) and b for b in border):
            errors.append(f"{where}: borderline must be a list of non-empty strings")
            border = []
        surface_owner = {}
        labels = set()
        for j, e in enumerate(ents):
            ew = f"{where} entity #{j}"
            if not isinstance(e, dict) or set(e) != ENTITY_KEYS:
                errors.append(f"{ew}: keys must be exactly {sorted(ENTITY_KEYS)}")
                continue
            kind, label, surfaces, role, new = (e["kind"], e["label"], e["surfaces"],
                                                e["role"], e["new"])
            if kind not in KINDS:
                errors.append(f"{ew}: bad kind {kind!r}")
            if role not in ROLES:
                errors.append(f"{ew}: bad role {role!r}")
            if not isinstance(new, bool):
                errors.append(f"{ew}: new must be true/false")
            elif new and role != "introduces":
                errors.append(f"{ew}: new=true but role={role!r} (expected introduces)")
            if not isinstance(label, str) or not label.strip():
                errors.append(f"{ew}: label must be a non-empty string")
            ew = f"{where} entity {label!r}"
            if (kind, label) in labels:
                errors.append(f"{ew}: (kind, label) listed twice in this paper")
            labels.add((kind, label))
            if (not isinstance(surfaces, list) or not surfaces
                    or not all(isinstance(s, str) and s for s in surfaces)):
                errors.append(f"{ew}: surfaces must be a non-empty list of non-empty strings")
                continue
            if len(set(surfaces)) != len(surfaces):
                errors.append(f"{ew}: repeated surface")
            for s in surfaces:
                if s not in text:
                    errors.append(f"{ew}: surface {s!r} not found verbatim in title/abstract")
                elif not at_boundary(s, text):
                    warnings.append(f"{ew}: surface {s!r} only occurs inside a longer word")
                if s in surface_owner and surface_owner[s] != j:
                    errors.append(f"{ew}: surface {s!r} also listed under "
                                  f"{ents[surface_owner[s]].get('label')!r}")
                surface_owner.setdefault(s, j)
            if isinstance(kind, str):
                kinds[kind] += 1
            if isinstance(role, str):
                roles[role] += 1
            n_new += bool(new is True)
        if len(set(border)) != len(border):
            errors.append(f"{where}: repeated borderline string")
        for b in border:
            if b not in text:
                errors.append(f"{where}: borderline {b!r} not found verbatim in title/abstract")
            if b in surface_owner:
                errors.append(f"{where}: {b!r} is both borderline and an entity surface")
        n_border += len(border)

    for w in warnings if not args.quiet else []:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    if not args.quiet:
        print(f"gold: {gold_path}")
        print(f"seeds: {seeds_dir}")
        print(f"papers: {papers} ({', '.join(f'{k}: {v}' for k, v in sorted(files.items()))})")
        print(f"entities: {sum(kinds.values())} by kind {dict(sorted(kinds.items()))}")
        print(f"by role {dict(sorted(roles.items()))}; new: {n_new}; borderline strings: {n_border}")
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
