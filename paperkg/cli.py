"""The ``paperkg`` command line: parse, call one library function, print (tables, CSV or JSON).

Errors paperkg raises on purpose become one line on stderr and exit code 1; usage errors
exit 2 (typer's own). How results are printed lives in :mod:`paperkg.cli_output`, progress
in :mod:`paperkg.cli_progress`.
"""

from __future__ import annotations

import errno
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from paperkg.cli_help import App, Group
from paperkg.cli_output import OutputFormat, err, out, print_entity, print_summary
from paperkg.cli_output import plain as _plain
from paperkg.cli_output import print_note as _note
from paperkg.cli_output import print_rows as _print_rows
from paperkg.cli_progress import BuildProgress
from paperkg.errors import InputError, PaperkgError, QueryError
from paperkg.graph.options import MEASURE_NAMES as MEASURES  # the names only: no networkx to load
from paperkg.ingest.records import Kind

__all__ = ["app"]

app = App(
    name="paperkg",
    cls=Group,
    help="Build and query a knowledge graph of the models, datasets, techniques and languages ML "
         "papers mention.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

class LanguageType(StrEnum):
    """The two types of the language kind (``--language-type``)."""

    natural = "natural"
    programming = "programming"


FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="table, csv or json")]
IncludeGenericOption = Annotated[bool, typer.Option(
    "--include-generic",
    help="Also list umbrella terms (fine-tuning, Transformer, attention...), hidden by default")]
LanguageTypeOption = Annotated[LanguageType | None, typer.Option(
    "--language-type", help="Only languages of this type: natural or programming", show_default=False)]
LearnedOption = Annotated[bool, typer.Option(
    "--learned", help="Also link names no list or rule holds, with the learned span classifier (opt-in: "
                      "finds more, less precise, slower)")]
SchedulerOption = Annotated[str | None, typer.Option(
    "--scheduler", help="Read and link on a Dask cluster: its scheduler's address (tcp://HOST:8786); "
                        "inputs must be paths every worker can read, or fsspec URLs (needs paperkg[dask])",
                        show_default=False)]
GraphArg = Annotated[Path, typer.Argument(help="A folder paperkg build wrote, or its graph.ttl (any paperkg "
                                               "RDF export works: its store is cached)", show_default=False)]
TopOption = Annotated[int, typer.Option("--top", "-n", min=1, help="How many rows (at least 1)")]


def _version(value: bool) -> None:
    if value:
        out.print(f"paperkg {_package_version()}", markup=False)
        raise typer.Exit()


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("paperkg")
    except PackageNotFoundError:  # run from a source tree that was never installed
        from paperkg import __version__

        return __version__


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit")] = False,
) -> None:
    """Options before the command (the app's help is the ``help`` given to :data:`app`)."""


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn paperkg's own errors (and unreadable files) into one stderr line and exit 1."""
    try:
        yield
    except PaperkgError as error:
        _error(str(error))
        raise typer.Exit(1) from None
    except OSError as error:
        _error((f"{error.filename}: " if error.filename else "") + str(error.strerror or error))
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130) from None


def _error(message: str) -> None:
    """One line on stderr: ``error: message`` (the message is printed as is, never as markup)."""
    err.print(Text.assemble(("error:", "red"), " ", message))


def _own_process() -> bool:
    """Whether this process is the command's own, which ends when the command does (the ``paperkg``
    script, ``python -m paperkg.cli``, ``python -c`` calling ``app()``: typer exits the process after
    the command), not a caller's such as a test runner: only there does the CLI change the cyclic
    collector's settings."""
    return Path(sys.argv[0]).name in ("paperkg", "cli.py", "-c")


@contextmanager
def _long_lived() -> Iterator[None]:
    """In the command's own process (:func:`_own_process`), what the body makes stays for the process's
    life (imports: spaCy, the extraction modules): the cyclic collector is paused while it runs and its
    objects are frozen after (no pass walks them, then or later), and at exit everything is frozen, so
    the interpreter's last passes do not walk the extractor's tables before it ends (half a second of
    CPU time for each ``paperkg extract``). Elsewhere, nothing changes."""
    if not _own_process():
        yield
        return
    import atexit
    import gc

    from paperkg.collector import collector_paused

    atexit.register(gc.freeze)
    with collector_paused():
        try:
            yield
        finally:
            gc.freeze()  # (before the collector is on again)


def _load(graph: Path):
    """The graph a query command reads: a build folder or its graph.ttl (the store), or any paperkg RDF
    export."""
    import atexit
    import gc

    from paperkg import load

    if not graph.exists():
        raise InputError(graph, "no such graph file (write one with: paperkg build --out DIR)")
    kg = load(graph)
    if _own_process():
        # The command's own short-lived process (not a caller's, such as a test runner): no
        # collector walking the graph's millions of objects while it runs, and at exit everything
        # is frozen and the graph kept by a cycle, so the interpreter neither walks it again nor
        # takes it apart object by object (a second on a big graph).
        gc.disable()
        kg._keep_until_exit = kg
        atexit.register(gc.freeze)
    return kg


# -- build -------------------------------------------------------------------------------------


@app.command()
def build(
    inputs: Annotated[list[Path] | None, typer.Argument(
        help="Files or folders (any supported format, plain or gzip). None: the bundled sample corpus.",
        show_default=False)] = None,
    out_dir: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Folder for graph.ttl, graph.html and the store",
        show_default="paperkg-out, or the --update folder")] = None,
    update_dir: Annotated[Path | None, typer.Option(
        "--update", help="Add INPUT to the graph in this build folder (its store) without re-reading or "
                         "re-linking its old inputs")] = None,
    input_format: Annotated[str | None, typer.Option(
        "--input-format", help="Force a reader (e.g. jsonl, csv, bibtex) instead of detecting it")] = None,
    title_field: Annotated[str | None,
                           typer.Option("--title-field", help="CSV/JSONL: the title column")] = None,
    abstract_field: Annotated[str | None,
                              typer.Option("--abstract-field", help="CSV/JSONL: the abstract column")] = None,
    id_field: Annotated[str | None, typer.Option("--id-field", help="CSV/JSONL: the id column")] = None,
    strict: Annotated[bool,
                      typer.Option("--strict", help="Exit 1 when any record or file was skipped")] = False,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Also write graph.html")] = True,
    max_nodes: Annotated[int, typer.Option(
        "--max-nodes", help="HTML: show at most this many nodes (most central first)")] = 500,
    kind: Annotated[Kind | None, typer.Option(
        "--kind", help="HTML: show only entities of this kind (and their papers)")] = None,
    focus: Annotated[str | None, typer.Option("--focus", help="HTML: ego view around this entity")] = None,
    depth: Annotated[int, typer.Option("--depth", help="HTML: ego view radius (with --focus)")] = 1,
    size_by: Annotated[str, typer.Option(
        "--size-by", help="HTML: centrality measure for node size and the node cap")] = "pagerank",
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="Print errors only: no progress, summary or 'wrote' lines")] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-j", help="Extraction processes (default: one per core for large inputs)")] = None,
    scheduler: SchedulerOption = None,
    from_extractions: Annotated[list[Path] | None, typer.Option(
        "--from-extractions", help="Build from `paperkg extract --records` output instead of INPUT",
        show_default=False)] = None,
    learned: LearnedOption = False,
) -> None:
    """Build the knowledge graph of INPUT files and write DIR/graph.ttl, DIR/graph.html and the store.

    Example: paperkg build papers.jsonl.gz more/ --out out

    Add new papers to an existing graph: paperkg build new.jsonl --update out

    On a Dask cluster: paperkg build papers.jsonl --scheduler tcp://HOST:8786 --out out

    From linked records: paperkg extract papers.jsonl --records > links.jsonl; paperkg build
    --from-extractions links.jsonl --out out

    With the learned span classifier too: paperkg build papers.jsonl --learned --out out
    """
    from paperkg.pipeline import BuildStats, read_extractions
    from paperkg.pipeline import build as build_graph
    from paperkg.pipeline import update as update_graph

    stats = BuildStats()
    report = _first_of_each_reason("skipped", stats.report.skipped, stats.report.failed_files)
    warn = _first_of_each_reason("warning", stats.report.warnings)
    named = ", ".join(str(p) for p in [*(from_extractions or []), *(inputs or [])])

    def check(stats: BuildStats) -> None:  # once the graph is assembled, before anything is written
        read = stats.report
        skipped = read.skipped.count + read.failed_files.count
        if skipped or not quiet:  # -q: only what went wrong
            err.print(f"read {read.read:,} record(s) from {read.files:,} file(s); skipped {skipped:,}; "
                      f"merged {stats.merged:,} duplicate(s) into {stats.papers:,} paper(s)", highlight=False)
        for line in _skip_reasons(read):
            err.print(line, highlight=False, markup=False)
        if read.read == 0:
            raise InputError(named or "sample", "no record could be read; nothing written")
        if strict and skipped:
            raise InputError(named, f"{skipped} record(s) or file(s) skipped (--strict)")

    html_options = {"max_nodes": max_nodes, "kind": kind.value if kind else None, "focus": focus,
                    "depth": depth, "size_by": size_by} if html else None
    options = _reader_options(title_field, abstract_field, id_field)
    with _user_errors(), _terminated_as_interrupt(), BuildProgress(err, quiet=quiet) as progress:
        common: dict[str, Any] = dict(html=html_options, stats=stats, on_error=report, on_warning=warn,
                                      progress=progress, check=check)
        if update_dir is not None:
            if not inputs:
                raise InputError(update_dir, "--update needs the new INPUT files to add")
            kg = update_graph(update_dir, inputs, out=out_dir, format=input_format, workers=workers,
                              options=options, scheduler=scheduler, learned=learned, **common)
        elif from_extractions:
            if inputs:
                raise QueryError("give either INPUT files or --from-extractions, not both")
            kg = build_graph(out=out_dir or Path("paperkg-out"), **common, learned=learned,
                             extractions=read_extractions(from_extractions, report=stats.report,
                                                          on_error=report))
        else:
            kg = build_graph(inputs or None, out=out_dir or Path("paperkg-out"), format=input_format,
                             workers=workers, options=options, scheduler=scheduler, learned=learned, **common)
    if not quiet:
        print_summary(kg)
        folder = out_dir or update_dir or Path("paperkg-out")
        for name in ("graph.ttl", "graph.html") if html else ("graph.ttl",):
            out.print(f"wrote {folder / name}", highlight=False)


@contextmanager
def _terminated_as_interrupt() -> Iterator[None]:
    """SIGTERM (``kill``) stops a build or a server like Ctrl-C: a build's temporary files are removed
    and a server's query processes stopped on the way out. (A command started in the background by
    a script ignores Ctrl-C's SIGINT: ``kill`` is how such a one is stopped.)"""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _reader_options(title: str | None, abstract: str | None, ident: str | None) -> dict[str, str] | None:
    """Column options for the CSV and JSON Lines readers, only those given."""
    given = {"title_field": title, "abstract_field": abstract, "id_field": ident}
    return {k: v for k, v in given.items() if v} or None


def _first_of_each_reason(prefix: str, *logs: Any) -> Callable[[Exception], None]:
    """Print an error as it comes if it is one of the first of its reason (the rest are counted)."""

    def show(error: Exception) -> None:
        if any(log.kept(error) for log in logs):
            err.print(f"{prefix}: {error}", highlight=False, markup=False)

    return show


def _skip_reasons(report: Any) -> list[str]:
    """Summary lines: skips, warnings and files passed over, counted per reason."""
    lines = []
    for verb, log in (("skipped", report.skipped), ("skipped", report.failed_files),
                      ("warned", report.warnings)):
        for row in log.by_reason():
            shown = f" (first {len(row.examples)} shown)" if row.count > len(row.examples) else ""
            lines.append(f"  {verb} {row.count:,}: {row.reason}{shown}")
    for row in report.passed_over.by_reason():
        lines.append(f"  passed over {row.count:,} file(s) in folders: {row.examples[0].reason}")
        lines += [f"    {error.path}" for error in row.examples]
        if row.count > len(row.examples):
            lines.append(f"    ... and {row.count - len(row.examples):,} more")
    return lines


# -- extract -----------------------------------------------------------------------------------


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders to read", show_default=False)],
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: jsonl")] = "jsonl",
    input_format: Annotated[str | None, typer.Option("--input-format",
                                                     help="Force a reader instead of detecting it")] = None,
    title_field: Annotated[str | None,
                           typer.Option("--title-field", help="CSV/JSONL: the title column")] = None,
    abstract_field: Annotated[str | None,
                              typer.Option("--abstract-field", help="CSV/JSONL: the abstract column")] = None,
    id_field: Annotated[str | None, typer.Option("--id-field", help="CSV/JSONL: the id column")] = None,
    strict: Annotated[bool,
                      typer.Option("--strict", help="Exit 1 when any record or file was skipped")] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-j", help="Extraction processes (default: one per core for large inputs)")] = None,
    quiet: Annotated[bool,
                     typer.Option("--quiet", "-q", help="Print errors only: no progress or summary")] = False,
    scheduler: SchedulerOption = None,
    records: Annotated[bool, typer.Option("--records", help="Whole linked records (paper metadata, entities, "
                                                            "evidence bounds): what build "
                                                            "--from-extractions reads")] = False,
    learned: LearnedOption = False,
) -> None:
    """Print the entity links of every input record as JSON Lines (no dedupe; logs on stderr).

    Example: paperkg extract papers.jsonl --format jsonl > links.jsonl

    On a Dask cluster (same output): paperkg extract papers.jsonl --scheduler tcp://HOST:8786

    For build --from-extractions: paperkg extract papers.jsonl --records > links.jsonl

    With the learned span classifier too: paperkg extract papers.jsonl --learned > links.jsonl
    """
    with _long_lived():
        from paperkg.ingest.extract import extract_many
        from paperkg.ingest.extract.pipeline import LEARNED_NOT_ON_CLUSTER
        from paperkg.ingest.extract.serialize import extraction_to_json_line, extraction_to_record_line
        from paperkg.ingest.readers import ReadReport, read_papers

    if fmt != "jsonl":
        err.print(f"error: unknown output format {fmt!r}; known: jsonl")
        raise typer.Exit(2)
    report = ReadReport()
    # progress on stderr, unless the JSON lines go to the same terminal
    with _user_errors(), BuildProgress(err, quiet=quiet or sys.stdout.isatty()) as progress:
        write = sys.stdout.write
        read = {"format": input_format, "report": report,
                "options": _reader_options(title_field, abstract_field, id_field),
                "on_error": _first_of_each_reason("skipped", report.skipped, report.failed_files),
                "on_warning": _first_of_each_reason("warning", report.warnings)}
        transform = extraction_to_record_line if records else extraction_to_json_line
        if scheduler is not None:
            from paperkg.ingest.cluster import link_on_cluster

            if learned:
                raise QueryError(LEARNED_NOT_ON_CLUSTER)
            lines = link_on_cluster(inputs, scheduler=scheduler, transform=transform, **read)
        else:
            lines = extract_many(read_papers(inputs, **read), workers=workers, transform=transform,
                                 learned=learned)
        for done, line in enumerate(lines, 1):
            write(line)  # streamed: memory stays flat on any input size
            progress("link", done, None)
        sys.stdout.flush()
        skipped = report.skipped.count + report.failed_files.count
        if skipped or not quiet:
            err.print(report.summary(), highlight=False)
            for line in _skip_reasons(report):
                err.print(line, highlight=False, markup=False)
        if report.read == 0:
            raise InputError(", ".join(map(str, inputs)), "no record could be read")
        if strict and skipped:
            raise InputError(", ".join(map(str, inputs)),
                             f"{skipped} record(s) or file(s) skipped (--strict)")


# -- queries -----------------------------------------------------------------------------------


@app.command()
def rank(
    graph: GraphArg,
    kind: Annotated[Kind | None,
                    typer.Option("--kind", "-k", help="model, dataset, technique or language")] = None,
    by: Annotated[str, typer.Option("--by", "-b",
                                    help="The centrality measure: " + ", ".join(MEASURES))] = "pagerank",
    top: TopOption = 10,
    view: Annotated[str, typer.Option(
        "--view", help="papers (paper–entity graph) or comention (entity projection)")] = "papers",
    level: Annotated[str, typer.Option(
        "--level", help="variant, or family (variants folded into their family)")] = "variant",
    min_support: Annotated[int, typer.Option("--min-support",
                                             help="comention: papers two entities must share")] = 1,
    include_generic: IncludeGenericOption = False,
    language_type: LanguageTypeOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Print the most central entities (of one kind).

    Example: paperkg rank out/graph.ttl --kind model --by pagerank --top 10
    """
    with _user_errors():
        rows = _load(graph).rank(kind=kind.value if kind else None, by=by, top=top, view=view, level=level,
                                 min_support=min_support, include_generic=include_generic,
                                 language_type=language_type.value if language_type else None)
        _note(rows)
        _print_rows([_plain(r) for r in rows], fmt,
                    title=f"top {kind.value + 's' if kind else 'entities'} by {by}")


@app.command()
def related(
    graph: GraphArg,
    entity: Annotated[str, typer.Argument(help="Entity name or alias, any case", show_default=False)],
    kind: Annotated[Kind | None, typer.Option("--kind", "-k", help="Only entities of this kind")] = None,
    top: TopOption = 10,
    include_generic: IncludeGenericOption = False,
    language_type: LanguageTypeOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Print the entities most often mentioned together with ENTITY.

    Example: paperkg related out/graph.ttl LoRA --kind model
    """
    with _user_errors():
        kg = _load(graph)
        rows = kg.related(entity, kind=kind.value if kind else None, top=top, include_generic=include_generic,
                          language_type=language_type.value if language_type else None)
        _note(rows)
        _print_rows([_row(kg, r) for r in rows], fmt, title=f"related to {entity}")


def _row(kg: Any, row: Any) -> dict[str, Any]:
    """A row from a (node, count) pair or a typed row."""
    if isinstance(row, tuple) and len(row) == 2:
        node, count = row
        data = kg.graph.nodes[node]
        return {"entity": data.get("label", node), "id": node, "kind": data.get("kind"), "papers": count}
    return _plain(row)


@app.command()
def path(
    graph: GraphArg,
    entity_a: Annotated[str, typer.Argument(help="First entity", show_default=False)],
    entity_b: Annotated[str, typer.Argument(help="Second entity", show_default=False)],
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Print the shortest explanation path from ENTITY_A to ENTITY_B through papers.

    Example: paperkg path out/graph.ttl LoRA "Llama 2"
    """
    with _user_errors():
        kg = _load(graph)
        steps = kg.path(entity_a, entity_b)
        _note(steps)
        rows = [_step(kg, s) for s in steps]
        _print_rows(rows, fmt, title=f"{entity_a} → {entity_b}",
                    columns=None if fmt is OutputFormat.json else
                    ["step", "source", "source_role", "paper", "target_role", "target"])


def _step(kg: Any, step: Any) -> dict[str, Any]:
    if isinstance(step, str):
        data = kg.graph.nodes[step]
        return {"id": step, "kind": data.get("kind"), "label": data.get("label")}
    return _plain(step)


@app.command()
def communities(
    graph: GraphArg,
    top: Annotated[int, typer.Option("--top", "-n", min=1,
                                     help="Label each community with this many entities")] = 5,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Print the research communities (Louvain, seeded), each labelled by its most central entities.

    Example: paperkg communities out/graph.ttl --format json
    """
    with _user_errors():
        rows = _load(graph).communities(top=top)
        _note(rows)
        _print_rows([_plain(r) for r in rows], fmt, title="communities",
                    columns=["id", "label", "size", "papers", "kinds"] if fmt is OutputFormat.table else None)


@app.command()
def show(
    graph: GraphArg,
    entity: Annotated[str, typer.Argument(help="Entity name or alias, any case", show_default=False)],
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Print everything about one entity: aliases, family, papers by role, related entities, trend.

    Example: paperkg show out/graph.ttl "llama 2"
    """
    with _user_errors():
        kg = _load(graph)
        info = _plain(kg.show(entity))
        if fmt is OutputFormat.json:
            sys.stdout.write(json.dumps(info, ensure_ascii=False, indent=1) + "\n")
        elif fmt is OutputFormat.csv:  # one field a row, lists and mappings as JSON
            _print_rows([{"field": k,
                          "value": json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v}
                         for k, v in info.items()], fmt)
        else:
            print_entity(info, kg.label)


_TimeoutOption = Annotated[float, typer.Option("--timeout",
                                               help="Stop a query after this many seconds (0: no limit)")]
_MemoryOption = Annotated[int, typer.Option(
    "--max-memory",
    help="Stop a query that takes this many MiB of memory beyond the open graph (0: no limit)")]


@app.command()
def sparql(
    graph: GraphArg,
    query: Annotated[str, typer.Argument(help="A .rq file or the query text", show_default=False)],
    fmt: FormatOption = OutputFormat.table,
    timeout: _TimeoutOption = 30.0,
    max_rows: Annotated[int, typer.Option("--max-rows",
                                          help="Refuse a result of more rows (0: no limit)")] = 100_000,
    max_memory: _MemoryOption = 1024,
) -> None:
    """Run a SPARQL query over a graph and print the result rows (read-only, no SERVICE).

    The query runs in a process of its own, without network, stopped at --timeout.

    Example: paperkg sparql out/graph.ttl paperkg/ontology/queries/top_models.rq
    """
    from paperkg.store import sparql_folder, sparql_store
    from paperkg.store.sparql import query as run_query
    from paperkg.store.sparql import query_text

    with _user_errors():
        text = query_text(query)
        if not graph.exists():
            raise InputError(graph, "no such graph file")
        sparql_folder(graph)  # made here once (a graph.ttl from elsewhere); the query process opens it
        columns, rows = run_query(graph, text, timeout=timeout or None, max_rows=max_rows or None,
                                  memory=(max_memory << 20) or None, isolate=True, opener=sparql_store)
        _print_rows(rows, fmt, columns=columns)


@app.command()
def serve(
    graph: GraphArg,
    host: Annotated[str,
                    typer.Option("--host", help="Address to bind (default loopback only)")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port (0: any free port)")] = 7878,
    timeout: _TimeoutOption = 30.0,
    cors: Annotated[str | None, typer.Option("--cors", help="Let web pages of this origin read answers (e.g. "
                                                            "https://yasgui.triply.cc; * for any)")] = None,
    max_memory: _MemoryOption = 384,
    max_result: Annotated[int, typer.Option(
        "--max-result", help="Refuse a serialized result of more MiB (0: no limit)")] = 64,
    workers: Annotated[int, typer.Option("--workers", help="Query processes: queries answered at once")] = 2,
) -> None:
    """Serve a graph as a local, read-only SPARQL 1.1 endpoint (GET/POST /sparql; no SERVICE).

    Example: paperkg serve out/graph.ttl --port 7878
    """
    from paperkg.store import sparql_folder, sparql_store
    from paperkg.store.serve import ServerOptions, make_server

    with _user_errors(), _terminated_as_interrupt():  # kill stops it as Ctrl-C does: query processes too
        if not graph.exists():
            raise InputError(graph, "no such graph file")
        sparql_folder(graph)  # made here once (a graph.ttl from elsewhere); each query process opens it
        options = ServerOptions(timeout=timeout or None, memory=(max_memory << 20) or None,
                                max_result=(max_result << 20) or None, workers=max(1, workers), cors=cors)
        try:
            server = make_server(graph, host=host, port=port, options=options, opener=sparql_store)
        except OSError as error:
            raise PaperkgError(_bind_error(error, host, port)) from None
        try:
            err.print(f"SPARQL endpoint on {server.endpoint} (Ctrl-C stops)", highlight=False, soft_wrap=True)
            if not server.loopback:
                err.print(f"warning: bound to {server.server_address[0]}, not loopback: anyone who "
                          "can reach it can query the graph", highlight=False, soft_wrap=True)
            server.serve_forever()
        finally:
            server.server_close()


def _bind_error(error: OSError, host: str, port: int) -> str:
    """Why ``host:port`` could not be listened on, and what to pass instead."""
    where = f"{host}:{port}"
    if error.errno == errno.EADDRINUSE:
        return (f"{where} is already in use (another server?); choose a free port with --port N, or "
                f"--port 0 for any")
    if error.errno == errno.EACCES:
        return (f"{where}: not allowed to listen there (ports below 1024 need privileges); use --port N "
                f"above 1023, or --port 0")
    if error.errno == errno.EADDRNOTAVAIL:
        return f"{host} is no address of this machine; use --host 127.0.0.1 (or another local address)"
    return (f"cannot listen on {where}: {error.strerror or error}; try another --port N, or --port 0 for "
            f"any free port")


@app.command()
def html(
    graph: GraphArg,
    out_file: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write")] = Path(
        "graph.html"),
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=1,
                                           help="Draw at most this many nodes (most central first)")] = 500,
    kind: Annotated[Kind | None, typer.Option(
        "--kind", help="Only entities of this kind (papers view: and their papers)")] = None,
    focus: Annotated[str | None, typer.Option(
        "--focus", help="Ego view around this entity (papers and entities)")] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="Ego view radius (with --focus)")] = 1,
    view: Annotated[str | None, typer.Option("--view", help="entities (linked by shared papers; the default) "
                                                            "or papers (paper–entity links; the default "
                                                            "with --focus)", show_default=False)] = None,
    color_by: Annotated[str | None, typer.Option(
        "--color-by", help="community or kind [default: community on the entities view, kind on the "
                           "papers view]", show_default=False)] = None,
    language_type: Annotated[str | None, typer.Option(
        "--language-type", help="Only languages of this type: natural or programming",
        show_default=False)] = None,
    include_generic: Annotated[bool, typer.Option(
        "--include-generic",
        help="Also draw umbrella terms (fine-tuning, Transformer, attention...)")] = False,
    size_by: Annotated[str, typer.Option(
        "--size-by", help="Centrality measure for node size and the node cap")] = "pagerank",
    physics: Annotated[bool | None, typer.Option(
        "--physics/--no-physics", help="Live layout [default: only for small papers views]",
        show_default=False)] = None,
) -> None:
    """Write the interactive, offline HTML view of a graph.

    By default: the most central entities, linked when papers mention both, coloured by
    community, with their papers on demand. With --focus: the papers and entities around one
    entity.

    Example: paperkg html out/graph.ttl --out llama.html --focus "Llama 2" --depth 2
    """
    with _user_errors():
        written = _load(graph).write(out_file, format="html", max_nodes=max_nodes,
                                     kind=kind.value if kind else None, focus=focus, depth=depth, view=view,
                                     color_by=color_by, language_type=language_type,
                                     include_generic=include_generic, size_by=size_by, physics=physics)
    out.print(f"wrote {written}", highlight=False)


if __name__ == "__main__":  # python -m paperkg.cli
    app()
