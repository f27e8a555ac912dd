"""What reading did: counts of records and files, and bad records counted per reason.

Memory stays flat however many records are bad: an ``ErrorLog`` counts errors per reason and
keeps only the first few of each reason (and at most ``MAX_REASONS`` reasons) as examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from paperkg.errors import InputError

__all__ = ["EXAMPLES_PER_REASON", "MAX_REASONS", "ErrorLog", "ReadReport", "ReasonCount", "reason_key"]

#: How many errors of each reason are kept (and printed by the CLI); the rest are counted.
EXAMPLES_PER_REASON = 5

#: How many distinct reasons are told apart; errors of further reasons are counted together.
MAX_REASONS = 50

_OTHER = "other reasons"
_QUOTED = re.compile(r"\s*(?:'[^']*'|\"[^\"]*\")")
_TAIL = re.compile(r"\s*\([^()]*\)$")


def reason_key(error: InputError) -> str:
    """The reason an error is counted under: its first clause, without quoted values.

    The part of a reason before its first ``;`` says what went wrong; what follows says
    what was done and where. Quoted values (ids, names) and a parenthesised detail at the end
    vary from record to record and are dropped, so that one problem is counted once.

    Parameters
    ----------
    error : InputError
        A skipped record, an unreadable file or a warning.

    Returns
    -------
    str
        A short text that groups errors of one kind.

    Examples
    --------
    >>> reason_key(InputError("a.jsonl", "broken JSON; line skipped (Expecting value at column 1)", line=3))
    'broken JSON'
    >>> reason_key(InputError("a.jsonl", "duplicate id '2407.10671' (first at record 1); both records kept"))
    'duplicate id'
    """
    clause = error.reason.split(";", 1)[0]
    return _TAIL.sub("", _QUOTED.sub("", clause)).strip() or error.reason[:80]


@dataclass(frozen=True)
class ReasonCount:
    """How many errors one reason had, and the first of them (``examples``).

    Examples
    --------
    >>> log = ErrorLog()
    >>> _ = log.add(InputError("a.csv", "bad CSV row; skipped (field larger than field limit)", line=7))
    >>> row = log.by_reason()[0]
    >>> row.reason, row.count, [e.line for e in row.examples]
    ('bad CSV row', 1, [7])
    """

    reason: str
    count: int
    examples: tuple[InputError, ...]


@dataclass
class ErrorLog:
    """Errors counted per reason; the first ``keep`` of each reason kept as examples.

    Parameters
    ----------
    keep : int
        How many errors of each reason to keep.

    Examples
    --------
    >>> log = ErrorLog(keep=2)
    >>> for line in range(1, 1001):
    ...     _ = log.add(InputError("big.jsonl", "broken JSON; line skipped", line=line))
    >>> log.count, [e.line for e in log.examples]
    (1000, [1, 2])
    >>> [(r.reason, r.count) for r in log.by_reason()]
    [('broken JSON', 1000)]
    """

    keep: int = EXAMPLES_PER_REASON
    count: int = 0
    _counts: dict[str, int] = field(default_factory=dict, repr=False)
    _examples: dict[str, list[InputError]] = field(default_factory=dict, repr=False)

    def add(self, error: InputError) -> bool:
        """Count ``error``; True when it is kept as an example (one of the first of its reason).

        Parameters
        ----------
        error : InputError
            The error to count.

        Returns
        -------
        bool
            Whether the error was kept (callers print the kept ones and count the rest).

        Examples
        --------
        >>> log = ErrorLog(keep=1)
        >>> (log.add(InputError("a.csv", "bad CSV row; skipped", line=2)),
        ...  log.add(InputError("a.csv", "bad CSV row; skipped", line=5)))
        (True, False)
        """
        self.count += 1
        key = reason_key(error)
        if key not in self._counts and len(self._counts) >= MAX_REASONS:
            key = _OTHER
        seen = self._counts.get(key, 0)
        self._counts[key] = seen + 1
        if seen < self.keep:
            self._examples.setdefault(key, []).append(error)
            return True
        return False

    def kept(self, error: InputError) -> bool:
        """True when ``error`` (this very object) is one of the examples kept.

        Parameters
        ----------
        error : InputError
            An error added before.

        Returns
        -------
        bool

        Examples
        --------
        >>> log, first, second = ErrorLog(keep=1), InputError("a", "x", line=1), InputError("a", "x", line=2)
        >>> _ = log.add(first), log.add(second)
        >>> log.kept(first), log.kept(second)
        (True, False)
        """
        kept = self._examples.get(reason_key(error)) or self._examples.get(_OTHER, [])
        return any(error is example for example in kept)

    def extend(self, other: ErrorLog) -> None:
        """Add the counts and examples of ``other`` (a log filled elsewhere, e.g. in a worker).

        Parameters
        ----------
        other : ErrorLog
            The log to add.

        Examples
        --------
        >>> a, b = ErrorLog(), ErrorLog()
        >>> _ = a.add(InputError("a.bib", "no title and no abstract; skipped", line=1))
        >>> _ = b.add(InputError("b.bib", "no title and no abstract; skipped", line=9))
        >>> a.extend(b)
        >>> a.count, [(e.path, e.line) for e in a.examples]
        (2, [('a.bib', 1), ('b.bib', 9)])
        """
        for reason in other.by_reason():
            key = reason.reason
            if key not in self._counts and len(self._counts) >= MAX_REASONS:
                key = _OTHER
            kept = self._examples.setdefault(key, [])
            kept.extend(reason.examples[: max(0, self.keep - len(kept))])
            self._counts[key] = self._counts.get(key, 0) + reason.count
            self.count += reason.count

    @property
    def examples(self) -> list[InputError]:
        """The kept errors, reason by reason in the order the reasons first came.

        Examples
        --------
        >>> log = ErrorLog(keep=1)
        >>> for line, reason in ((1, "broken JSON; x"), (2, "empty file"), (3, "broken JSON; y")):
        ...     _ = log.add(InputError("a", reason, line=line))
        >>> [e.line for e in log.examples]
        [1, 2]
        """
        return [error for kept in self._examples.values() for error in kept]

    def by_reason(self) -> list[ReasonCount]:
        """Each reason with its count and examples, most frequent first (then by reason).

        Returns
        -------
        list of ReasonCount

        Examples
        --------
        >>> log = ErrorLog()
        >>> for line, reason in ((1, "empty file"), (2, "broken JSON; x"), (3, "broken JSON; y")):
        ...     _ = log.add(InputError("a", reason, line=line))
        >>> [(r.reason, r.count) for r in log.by_reason()]
        [('broken JSON', 2), ('empty file', 1)]
        """
        rows = [ReasonCount(key, count, tuple(self._examples.get(key, ())))
                for key, count in self._counts.items()]
        return sorted(rows, key=lambda row: (-row.count, row.reason))

    def __bool__(self) -> bool:
        return self.count > 0


@dataclass
class ReadReport:
    """Counts of what reading did.

    Attributes
    ----------
    files : int
        Files opened (named, or found in folders and read).
    read : int
        Records read (papers yielded).
    skipped : ErrorLog
        Records reported and skipped.
    warnings : ErrorLog
        Records read with a warning (text cut to the length limit, encoding, duplicate id).
    failed_files : ErrorLog
        Files that could not be read at all.
    passed_over : ErrorLog
        Files found in folders whose content is not a paper format (plain text, binary
        data, empty): not read, and not an error.

    Examples
    --------
    >>> report = ReadReport(files=2, read=10)
    >>> _ = report.skipped.add(InputError("a.jsonl", "broken JSON; line skipped", line=4))
    >>> report.summary()
    '2 file(s), 10 record(s) read, 1 skipped, 0 file(s) unreadable'
    """

    files: int = 0
    read: int = 0
    skipped: ErrorLog = field(default_factory=ErrorLog)
    warnings: ErrorLog = field(default_factory=ErrorLog)
    failed_files: ErrorLog = field(default_factory=ErrorLog)
    passed_over: ErrorLog = field(default_factory=ErrorLog)

    def summary(self) -> str:
        """One line: read, skipped and failed counts (and files passed over, if any).

        Returns
        -------
        str

        Examples
        --------
        >>> report = ReadReport(files=1, read=4)
        >>> _ = report.passed_over.add(InputError("data/README.md", "plain text, not read from a folder"))
        >>> report.summary()  # doctest: +NORMALIZE_WHITESPACE
        '1 file(s), 4 record(s) read, 0 skipped, 0 file(s) unreadable, 1 file(s) in folders passed over
        (not a paper format)'
        """
        line = (
            f"{self.files:,} file(s), {self.read:,} record(s) read, {self.skipped.count:,} skipped, "
            f"{self.failed_files.count:,} file(s) unreadable"
        )
        if self.passed_over:
            line += f", {self.passed_over.count:,} file(s) in folders passed over (not a paper format)"
        return line

    def merge(self, other: ReadReport) -> None:
        """Add the counts of ``other`` (e.g. the report of a file read in another process).

        Parameters
        ----------
        other : ReadReport
            The report to add.

        Examples
        --------
        >>> total, part = ReadReport(files=1, read=3), ReadReport(files=2, read=5)
        >>> _ = part.skipped.add(InputError("b.jsonl", "broken JSON; line skipped", line=2))
        >>> total.merge(part)
        >>> total.summary()
        '3 file(s), 8 record(s) read, 1 skipped, 0 file(s) unreadable'
        """
        self.files += other.files
        self.read += other.read
        for mine, theirs in ((self.skipped, other.skipped), (self.warnings, other.warnings),
                             (self.failed_files, other.failed_files), (self.passed_over, other.passed_over)):
            mine.extend(theirs)
