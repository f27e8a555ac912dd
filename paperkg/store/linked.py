"""The linked input records of a build, kept in the store file: what its graph is assembled from.

Each input record lands here with its extraction as it arrives (memory holds one batch), under
the keys that find its duplicates. Deduplication then runs on the keys in SQLite
(:class:`paperkg.ingest.dedupe.KeyClusters` sees only records that share a key), and
:meth:`LinkedRecords.papers` yields one extraction per paper in node order, each cluster merged
by :func:`paperkg.ingest.dedupe.merge_papers`. ``--update`` adds records to a copy of this table
and assembles again: old records are never read from their files or linked again.
"""

from __future__ import annotations

import marshal
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from enum import Enum
from typing import Any

from paperkg.graph.build import paper_node
from paperkg.ingest.dedupe import (Identity, KeyClusters, content_digest, merge_papers, paper_keys,
                                   text_conflicts)
from paperkg.ingest.records import Entity, Extraction, Kind, Mention, Origin, Paper, Role, SourceRef

__all__ = ["LinkedRecords", "decode_extraction", "encode_extraction"]

_MENTION = tuple(Mention.__dataclass_fields__)
_ENTITY = tuple(Entity.__dataclass_fields__)
_BATCH = 512

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (rec INTEGER PRIMARY KEY, node TEXT NOT NULL, own TEXT NOT NULL,
                                    digest TEXT NOT NULL, arxiv TEXT, doi TEXT, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS record_keys (key TEXT NOT NULL, rec INTEGER NOT NULL);
"""


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def encode_extraction(extraction: Extraction) -> bytes:
    """One linked record as stored (compact: plain tuples, compressed)."""
    p = extraction.paper
    paper = (p.id, p.title, p.abstract, p.authors, p.date, p.arxiv_id, p.doi, p.categories, p.links,
             tuple((s.file, s.record, s.date) for s in p.sources))
    mentions = [tuple(_plain(getattr(m, f)) for f in _MENTION) for m in extraction.mentions]
    entities = [tuple(_plain(getattr(e, f)) for f in _ENTITY) for e in extraction.entities]
    return zlib.compress(marshal.dumps((paper, mentions, entities)), 1)


def decode_extraction(data: bytes) -> Extraction:
    """The inverse of :func:`encode_extraction`."""
    paper, mentions, entities = marshal.loads(zlib.decompress(data))
    *fields, sources = paper
    record = Paper(*fields, sources=tuple(SourceRef(*s) for s in sources))
    out_mentions = []
    for row in mentions:
        values = dict(zip(_MENTION, row, strict=True))
        values.update(kind=Kind(values["kind"]), role=Role(values["role"]), origin=Origin(values["origin"]))
        out_mentions.append(Mention(**values))
    out_entities = []
    for row in entities:
        values = dict(zip(_ENTITY, row, strict=True))
        values.update(kind=Kind(values["kind"]), origin=Origin(values["origin"]))
        out_entities.append(Entity(**values))
    return Extraction(paper=record, mentions=tuple(out_mentions), entities=tuple(out_entities))


def _identity(arxiv: str | None, doi: str | None) -> Identity:
    return Identity(frozenset([arxiv] if arxiv else ()), frozenset([doi] if doi else ()))


class LinkedRecords:
    """The ``records`` table of a store file (see the module docstring).

    Examples
    --------
    >>> db = sqlite3.connect(":memory:")
    >>> records = LinkedRecords(db)
    >>> title = "Qwen2 Technical Report"
    >>> records.add([Extraction(Paper(id="a", title=title, arxiv_id="2407.10671")),
    ...              Extraction(Paper(id="b", title=title, abstract="This report introduces Qwen2."))])
    2
    >>> records.dedupe()
    1
    >>> [(e.paper.id, e.paper.arxiv_id, e.paper.abstract) for e, _ in records.papers()]
    [('b', '2407.10671', 'This report introduces Qwen2.')]
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        db.executescript(_SCHEMA)

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM records").fetchone()[0]

    def add(self, extractions: Iterable[Extraction], *,
            on_record: Callable[[int], None] | None = None) -> int:
        """Store linked records as they come; return how many. ``on_record(n)`` after each batch."""
        db = self.db
        start = db.execute("SELECT coalesce(max(rec), 0) FROM records").fetchone()[0]
        rows: list[tuple] = []
        keys: list[tuple[str, int]] = []
        n = 0

        def flush() -> None:
            db.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            db.executemany("INSERT INTO record_keys VALUES (?, ?)", keys)
            rows.clear()
            keys.clear()
            if on_record is not None:
                on_record(n)

        in_transaction = db.in_transaction
        if not in_transaction:
            db.execute("BEGIN")
        for extraction in extractions:
            n += 1
            rec, paper = start + n, extraction.paper
            identity = Identity.of(paper)
            node = paper_node(paper)
            rows.append((rec, node, node, content_digest(paper), next(iter(identity.arxiv), None),
                         next(iter(identity.dois), None), encode_extraction(extraction)))
            keys.extend((key, rec) for key in paper_keys(paper))
            if len(rows) >= _BATCH:
                flush()
        flush()
        if not in_transaction:
            db.execute("COMMIT")
        return n

    def copy_from(self, path: str) -> int:
        """Copy every record of another store file (``--update`` starts from them)."""
        db = self.db
        db.execute("ATTACH DATABASE ? AS old", (f"file:{path}?mode=ro",))
        try:
            db.execute("INSERT INTO records SELECT * FROM old.records")
            db.execute("INSERT INTO record_keys SELECT * FROM old.record_keys")
        finally:
            db.execute("DETACH DATABASE old")
        return len(self)

    def _groups(self) -> Iterator[tuple[str, list[tuple[int, Identity, str]]]]:
        """Each key two or more records share, with those records (rec, ids, digest)."""
        db = self.db
        db.execute("CREATE INDEX IF NOT EXISTS record_keys_key ON record_keys (key, rec)")
        db.execute("DROP TABLE IF EXISTS temp.shared")
        db.execute("CREATE TEMP TABLE shared AS SELECT key FROM record_keys GROUP BY key HAVING count(*) > 1")
        rows = db.execute("SELECT k.key, r.rec, r.arxiv, r.doi, r.digest FROM shared s "
                          "JOIN record_keys k ON k.key = s.key JOIN records r ON r.rec = k.rec ORDER BY "
                          "k.key, r.rec")
        key, members = None, []
        for k, rec, arxiv, doi, digest in rows:
            if k != key and members:
                yield key, members  # type: ignore[misc]
                members = []
            key = k
            members.append((rec, _identity(arxiv, doi), digest))
        if members:
            yield key, members  # type: ignore[misc]

    def _load(self, recs: list[int]) -> list[Extraction]:
        marks = ",".join("?" * len(recs))
        rows = self.db.execute(f"SELECT data FROM records WHERE rec IN ({marks}) ORDER BY rec", recs)
        return [decode_extraction(data) for (data,) in rows]

    def dedupe(self) -> int:
        """Find the duplicates and give each cluster's records the node of the merged paper.

        Returns how many records were folded into another (records - papers).
        """
        clusters = KeyClusters()
        for key, members in self._groups():
            clusters.add(key, members)
        db = self.db
        db.execute("BEGIN")
        db.execute("UPDATE records SET node = own WHERE node != own")  # an earlier dedupe's answer goes
        for recs in clusters.clusters().values():
            merged, _ = merge_papers([e.paper for e in self._load(recs)])
            db.executemany("UPDATE records SET node = ? WHERE rec = ?",
                           [(paper_node(merged), r) for r in recs])
        db.execute("COMMIT")
        db.execute("CREATE INDEX IF NOT EXISTS records_node ON records (node, rec)")
        return len(self) - db.execute("SELECT count(DISTINCT node) FROM records").fetchone()[0]

    def papers(self) -> Iterator[tuple[Extraction, list[tuple[Paper, Paper]]]]:
        """One extraction per paper, in node order (after :meth:`dedupe`).

        A merged paper comes with its chosen copy's mentions and the ``(kept, other)`` pairs of
        copies whose text differs from the kept one (see
        :func:`paperkg.ingest.dedupe.text_conflicts`).
        """
        rows = self.db.execute("SELECT node, data FROM records ORDER BY node, rec")
        group: list[bytes] = []
        node = None
        for n, data in rows:
            if n != node and group:
                yield self._merge(group)
                group = []
            node = n
            group.append(data)
        if group:
            yield self._merge(group)

    @staticmethod
    def _merge(group: list[bytes]) -> tuple[Extraction, list[tuple[Paper, Paper]]]:
        copies = [decode_extraction(data) for data in group]
        if len(copies) == 1:
            return copies[0], []
        papers = [e.paper for e in copies]
        merged, chosen = merge_papers(papers)
        conflicts = [(papers[chosen], papers[i]) for i in text_conflicts(papers, chosen)]
        return replace(copies[chosen], paper=merged), conflicts
