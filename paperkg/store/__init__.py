"""Store: where a built graph lives between commands (open it, load RDF, SPARQL, serve).

``paperkg build --out DIR`` leaves a store beside ``DIR/graph.ttl`` (layout in
:mod:`paperkg.store.outputs`): the graph in SQLite with its analytics (opened in a second or
two, whatever the graph's size) and an Oxigraph store for SPARQL. :func:`load` and the query
commands take the build folder or its ``graph.ttl``; an RDF file with no store beside it (made
elsewhere, or edited since) is parsed once and its store cached in :func:`cache_dir`.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from paperkg.errors import InputError
from paperkg.graph.knowledge import KnowledgeGraph
from paperkg.ingest.cache import CACHE_ENV, cache_dir
from paperkg.store.graphdb import FORMAT
from paperkg.store.outputs import read_manifest
from paperkg.store.rdf import load_store, read_rdf

__all__ = ["CACHE_ENV", "cache_dir", "load", "load_store", "open_store", "read_rdf", "sparql_folder",
           "sparql_store", "write_store"]

def write_store(G: nx.DiGraph, folder: Path, *, analytics: bool = True) -> Path:
    """Store the networkx graph ``G`` in a new store folder (graph and, by default, its analytics)."""
    from paperkg.store.analytics import compute_analytics, write_analytics
    from paperkg.store.graphdb import open_db, write_graph

    folder.mkdir(parents=True, exist_ok=True)
    db = open_db(folder / "graph.sqlite", write=True)
    try:
        write_graph(G, db)
        if analytics:
            write_analytics(db, compute_analytics(KnowledgeGraph(G)))
    finally:
        db.close()
    return folder


def _built(path: Path) -> Path | None:
    """The store of a build folder (or of the ``graph.ttl`` a build wrote), as its manifest says."""
    if path.is_dir():
        if (path / "graph.sqlite").is_file():  # a store folder itself
            return path
        manifest = read_manifest(path)
        ttl = path / "graph.ttl"
        vouched = manifest is not None and (not ttl.exists() or manifest.vouches_for(ttl))
        return manifest.store_path() if vouched else None  # type: ignore[union-attr]
    manifest = read_manifest(path.parent)
    if manifest is not None and manifest.vouches_for(path):
        return manifest.store_path()
    return None


def _source(path: Path) -> Path:
    """The RDF file a query reads when there is no store: ``path`` or a folder's ``graph.ttl``."""
    if path.is_dir():
        if not (path / "graph.ttl").is_file():
            raise InputError(path, "no graph here: neither a store nor a graph.ttl (write one with: paperkg "
                                   "build --out DIR)")
        return path / "graph.ttl"
    if not path.exists():
        raise InputError(path, "no such file (write a graph with: paperkg build --out DIR)")
    return path


def _cache_key(path: Path) -> str:
    stat = path.stat()
    text = f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{FORMAT}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the file ``path`` (made if missing): one process at a time goes on."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _cached(path: Path, cache: Path | None) -> Path | None:
    """The cached store of RDF file ``path``, made now (parsed once) when missing; None without cache."""
    if cache is None:
        return None
    folder = cache / "stores" / _cache_key(path)
    if (folder / "graph.sqlite").is_file():
        return folder
    try:
        with _locked(cache / "locks" / f"{folder.name}.lock"):
            return folder if (folder / "graph.sqlite").is_file() else _cache(path, cache, folder)
    except OSError:  # a cache folder we cannot write
        return None


def _cache(path: Path, cache: Path, folder: Path) -> Path | None:
    G = read_rdf(path)
    tmp = cache / "stores" / f".tmp-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        write_store(G, tmp)
        (tmp / "source.json").write_text(json.dumps({"path": str(path.resolve())}) + "\n", encoding="utf-8")
        _forget(cache, path)
        os.replace(tmp, folder)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return folder if (folder / "graph.sqlite").is_file() else None
    return folder


def _forget(cache: Path, path: Path) -> None:
    """Remove cached stores of earlier versions of the file ``path``."""
    for meta in (cache / "stores").glob("*/source.json"):
        if meta.parent.name.startswith("."):
            continue  # one being written
        try:
            if json.loads(meta.read_text(encoding="utf-8")).get("path") == str(path.resolve()):
                shutil.rmtree(meta.parent, ignore_errors=True)
                (cache / "locks" / f"{meta.parent.name}.lock").unlink(missing_ok=True)
        except (OSError, ValueError):
            continue


def open_store(path: str | Path, *, cache: str | Path | None | bool = True) -> Path | None:
    """The store folder for ``path`` (a build folder, its ``graph.ttl``, a store folder, or any
    paperkg RDF export, whose store is cached); None when there is none and caching is off.

    ``cache``: True (default) for :func:`cache_dir`, a folder, or False/None for none.
    Raises InputError when ``path`` holds no graph.
    """
    path = Path(path)
    built = _built(path)
    if built is not None:
        return built
    source = _source(path)
    folder = cache_dir() if cache is True else (Path(cache) if cache else None)
    return _cached(source, folder)


def load(path: str | Path, *, cache: str | Path | None | bool = True) -> KnowledgeGraph:
    """Open a graph: a build folder, its ``graph.ttl``, or any paperkg RDF export (Turtle, N-Triples,
    JSON-LD).

    A build's store opens in a second or two at any size (the graph's bulky attributes are
    read when first used); a file without a store is parsed once and its store cached (see
    :func:`open_store`). The nodes, edges and attributes are those the build made. Raises
    InputError (with the path) when there is no paperkg graph there.
    """
    from paperkg.store.analytics import StoredKnowledgeGraph, read_analytics
    from paperkg.store.graphdb import open_db, read_meta

    store = open_store(path, cache=cache)
    if store is None:
        return KnowledgeGraph(read_rdf(_source(Path(path))))
    db = open_db(store / "graph.sqlite")
    try:
        meta, analytics = read_meta(db), read_analytics(db)
    finally:
        db.close()
    if meta.get("format") != FORMAT:
        raise InputError(store, f"a store of another paperkg version (format {meta.get('format')}, not "
                                f"{FORMAT}): "
                                "build the graph again with paperkg build")
    return StoredKnowledgeGraph(store / "graph.sqlite", meta=meta, analytics=analytics)


def sparql_folder(path: str | Path, *, cache: str | Path | None | bool = True) -> Path | None:
    """The on-disk Oxigraph store of the graph at ``path`` (as :func:`load` finds it), made now
    when missing; None when there is no store and caching is off.

    A build's store has it already; a cached store gets it on first use (one process makes it,
    others wait for it). Call this before starting query processes, so that they only open it.
    """
    from paperkg.store.triples import load_rdf

    store = open_store(path, cache=cache)
    if store is None:
        return None
    triples = store / "oxigraph"
    if triples.is_dir():
        return triples
    source = json.loads((store / "source.json").read_text(encoding="utf-8"))["path"] \
        if (store / "source.json").is_file() else None
    if source is None:
        raise InputError(store, "the store has no SPARQL part (rebuild with paperkg build)")
    with _locked(store / "oxigraph.lock"):
        if triples.is_dir():  # made by another process meanwhile
            return triples
        tmp = store / f".tmp-{os.getpid()}-{secrets.token_hex(4)}"
        try:
            load_rdf(tmp, Path(source))
            os.replace(tmp, triples)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return triples


def sparql_store(path: str | Path, *, cache: str | Path | None | bool = True) -> ox.Store:
    """A read-only Oxigraph store of the graph at ``path`` (see :func:`sparql_folder`); with the
    cache off and no store, an in-memory store loaded from the file.

    It is the ``opener`` that :func:`paperkg.store.sparql.query` and
    :func:`paperkg.store.serve.make_server` take: each query process opens the store itself.
    """
    from paperkg.store.triples import open_triples

    triples = sparql_folder(path, cache=cache)
    if triples is None:
        return load_store(_source(Path(path)))
    return open_triples(triples)

