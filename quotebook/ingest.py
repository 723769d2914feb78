"""Ingest: articles from files into the store, extraction in parallel, one writer.

    read_paths  ->  skip stored (unchanged, duplicate)  ->  extract (N worker processes)  ->  write in batches

The reader streams, and no more than a few tasks per worker are ever between
reading and writing, so memory stays flat however large the input. With worker
processes the reading, the check for articles stored already and the sending of tasks
run in a thread of their own, so that the workers are kept busy while the writer
writes a batch and the writer is not held up by slow input. Results come back in
input order to the one writer (with what reading had to say: errors, warnings,
articles skipped), which gathers them and writes a batch in one short
transaction (each article in its own savepoint), so that the write lock is held
only while writing and a second ingest on the same file can take turns.

The same input makes the same store whatever the number of workers: a batch
ends at the same place in the input (every BATCH_ARTICLES articles read, those
skipped as stored already included), and the reader, whose view of the store lags
behind the writer's, leaves the articles whose id is on its way to the writer
for the writer to decide. (The join pass after each batch makes a store depend
on where its batches end.) Only input that comes at a pace of its own (standard
input from a pipe) is also written after BATCH_SECONDS, so as not to wait for it.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sqlite3
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Iterable, Iterator, Union

from .dates import DATE_FORMS, iso_date
from .model import Quote
from .articles import Missing, SkippedTally
from .sources import Article, Skipped, SourceError, paced, read_paths
from .store import Store
from .store.joins import Prepared, prepare
from .store.writes import ALREADY_STORED

BATCH_ARTICLES = 500  # articles read per write transaction
BATCH_SECONDS = 2.0  # ... or fewer, when the input comes at a pace of its own and slowly
TASK_ARTICLES = 16  # articles per task sent to a worker
TASK_ENTRIES = 256  # ... or fewer, when reading has this much else to say (articles unchanged, errors)
TASKS_PER_WORKER = 8  # tasks sent to a worker and not yet done: enough to keep it busy
TASKS_HELD_PER_WORKER = 32  # tasks between reading and writing per worker (done ones included): the workers go on while the parent writes a batch, and memory stays flat
WAIT_SECONDS = 0.5  # how long the writer waits for the reader before it looks at the time (BATCH_SECONDS)
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@dataclass
class Pending:
    """An article on its way from the reader to the writer."""

    article: Article
    article_id: str
    content_hash: str
    meta: dict = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    error: str | None = None
    prepared: Prepared | None = None  # what storing it needs beside the quotes, worked out with them


# What reading has to say about the input (an error, a warning, an article skipped or unchanged), said
# by the writer's thread in input order with the articles, as a call that says it.
Note = Callable[[], None]


class EndOfBatch:
    """Where the reader has read a batch's articles: the writer writes what it has."""


END_OF_BATCH = EndOfBatch()
Entry = Union[Pending, Note, EndOfBatch]


class InFlight:
    """The ids of the articles read and not yet written (or failed): the reader sees the
    store as last committed, and an article with the same id on its way may change what it holds."""

    def __init__(self) -> None:
        self.ids: Counter[str] = Counter()
        self.lock = threading.Lock()  # (the reader adds in its thread, the writer takes away in its own)

    def add(self, article_id: str) -> None:
        with self.lock:
            self.ids[article_id] += 1

    def done(self, article_ids: Iterable[str]) -> None:
        with self.lock:
            for article_id in article_ids:
                self.ids[article_id] -= 1
                if not self.ids[article_id]:
                    del self.ids[article_id]

    def __contains__(self, article_id: str) -> bool:
        with self.lock:
            return self.ids[article_id] > 0


@dataclass
class Summary:
    new: int = 0
    unchanged: int = 0
    duplicate: int = 0  # the text of an article stored (or read) before under another id
    replaced: int = 0
    failed: int = 0
    quotes: int = 0
    speakers: int = 0
    missing: int = 0  # paths given that name nothing: errors, but no articles
    skipped: SkippedTally = field(default_factory=SkippedTally)

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.duplicate + self.replaced + self.failed

    def __str__(self) -> str:
        articles = self.articles
        return (
            f"{articles} article{'s' if articles != 1 else ''}: {self.new} new, {self.unchanged} unchanged, "
            + (f"{self.duplicate} duplicate{'s' if self.duplicate != 1 else ''}, " if self.duplicate else "")
            + f"{self.replaced} replaced, {self.failed} failed; "
            f"{self.quotes} quote{'s' if self.quotes != 1 else ''} stored, "
            f"{self.speakers} new speaker{'s' if self.speakers != 1 else ''}"
            + (f"; {self.missing} path{'s' if self.missing != 1 else ''} not found" if self.missing else "")
        ) + self.skipped.text()

    def add(self, other: "Summary") -> None:
        for name in ("new", "unchanged", "duplicate", "replaced", "failed", "quotes", "speakers"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


# ---------------------------------------------------------------------------
# The worker side: top-level functions, so that worker processes can unpickle them.


def extract_texts(texts: list[str]) -> list[tuple[dict, list[Quote], str | None, Prepared | None]]:
    """(meta, quotes, error, prepared) for each article text: ``extract_text``, and what
    storing the quotes needs (``joins.prepare``), worked out here to spare the one writer."""
    out = []
    for text in texts:
        meta, quotes, error = extract_text(text)
        out.append((meta, quotes, error, prepare(text, quotes) if error is None else None))
    return out


def extract_text(text: str, indirect: bool = False) -> tuple[dict, list[Quote], str | None]:
    from .guarded import extract_article
    from .meta import read_meta

    quotes, error = extract_article(text, indirect=indirect)
    return (read_meta(text) if error is None else {}), quotes, error


class Terminated(KeyboardInterrupt):
    """SIGTERM, stopping an ingest as Ctrl-C does (what was committed is kept and said)."""


class StopsHeld:
    """A Ctrl-C or SIGTERM that comes while a batch commits and is counted waits until the
    count is taken, so that what the ingest says it stored is what it stored: a stop
    handler calls ``defer`` and, when it returns True, returns without raising; ``release``
    then raises what came. (A signal's handler runs between any two bytecodes: one that
    raised after the COMMIT, before the count, left a stored batch unsaid.)"""

    def __init__(self) -> None:
        self.holding = False
        self.came: list[type[KeyboardInterrupt]] = []

    def hold(self) -> None:
        self.holding = True

    def defer(self, stop: type[KeyboardInterrupt]) -> bool:
        if self.holding:
            self.came.append(stop)
        return self.holding

    def release(self) -> None:
        self.holding = False
        came, self.came = self.came, []
        if came:
            raise came[0]


STOPS = StopsHeld()


class CannotStart(Exception):
    """The worker processes cannot be started (the system refuses to fork so many)."""


def _worker_start(parent: int, mask: set) -> None:
    # A process group of its own: Ctrl-C and a SIGTERM to the user's process group reach the
    # parent alone, which decides what to do (the pool then ends its workers). A worker ended
    # by such a signal while it waits for a task would keep the task queue's lock, and the
    # parent closing the pool would wait for that lock forever.
    os.setpgid(0, 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the handler the parent had when it forked
    _die_with_parent(parent)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _die_with_parent(parent: int) -> None:
    """On Linux, have the kernel send SIGTERM when the parent dies, even by SIGKILL, so that no
    orphaned worker lives on to fail writing its results into a pipe nobody reads."""
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError, ImportError):  # not Linux: the worker ends when it finds the pipe closed
        return
    prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(0)
    # The pipe to a dead parent may break a moment before the signal comes: the
    # BrokenPipeError a worker then meets is not worth a traceback.
    sys.stderr = _QuietOnceOrphaned(sys.stderr, parent)


class _QuietOnceOrphaned:
    """Standard error that writes nothing once the process's parent is gone."""

    def __init__(self, stream, parent: int):
        self.stream, self.parent = stream, parent

    def write(self, text: str) -> int:
        return len(text) if _gone(self.parent) else self.stream.write(text)

    def __getattr__(self, name: str):
        return getattr(self.stream, name)


_PF_EXITING = 0x4


def _gone(parent: int) -> bool:
    """Is the parent dead or dying? A dying parent closes its pipes before the kernel
    hands its children on, so a worker can meet the broken pipe while its parent is
    still `parent`: the kernel's exiting flag on the parent says so."""
    if os.getppid() != parent:
        return True
    try:
        with open(f"/proc/{parent}/stat", "rb") as stat:
            flags = int(stat.read().rsplit(b")", 1)[1].split()[6])
    except (OSError, IndexError, ValueError):  # no /proc: the parent id is all there is
        return False
    return bool(flags & _PF_EXITING)


# ---------------------------------------------------------------------------
# The parent side


def ingest(
    store: Store,
    paths: Iterable[str],
    *,
    jobs: int = 1,
    summary: Summary | None = None,
    on_error: Callable[[str], None] = lambda message: None,
    on_warning: Callable[[str], None] = lambda message: None,
    on_progress: Callable[[int], None] = lambda nbytes: None,
    on_skip: Callable[[str], None] = lambda message: None,
    stdin=None,
    stdin_format: str = "auto",
    again: bool = False,
) -> Summary:
    """Store the articles in PATHS; report each bad file, line or article through on_error.

    ``summary`` (filled as batches commit) lets a caller that is interrupted
    still say what was stored. ``again`` extracts articles already stored with
    the same text once more and replaces their quotes (after an upgrade).
    """
    summary = summary if summary is not None else Summary()
    paths = tuple(paths)  # (looked at twice: whether it comes at a pace of its own, and read)

    def skipped(item: Skipped) -> None:
        summary.skipped.add(item)
        on_skip(str(item))

    def unreadable(item: SourceError) -> None:
        if isinstance(item, Missing):
            summary.missing += 1
        else:
            summary.failed += 1
        on_error(str(item))

    def unchanged(warning: str | None = None) -> None:
        summary.unchanged += 1
        if warning:
            on_warning(warning)

    def duplicate() -> None:
        summary.duplicate += 1

    in_flight = InFlight()

    def to_extract(checker: Store) -> Iterator[Entry]:
        """The articles to extract, notes on the rest, and the ends of batches; CHECKER is the
        store as the thread that reads sees it (a connection is used in the thread that opened it)."""
        articles = 0
        for item in read_paths(paths, stdin=stdin, stdin_format=stdin_format):
            yield from entries_of(item, checker)
            if isinstance(item, Article):
                articles += 1
                if articles % BATCH_ARTICLES == 0:
                    yield END_OF_BATCH

    def entries_of(item: Article | Skipped | SourceError, checker: Store) -> Iterator[Entry]:
        if isinstance(item, Skipped):
            yield partial(on_progress, item.nbytes)
            yield partial(skipped, item)
            return
        if isinstance(item, SourceError):
            yield partial(on_progress, item.nbytes)
            yield partial(unreadable, item)
            return
        for warning in item.warnings:
            yield partial(on_warning, f"{item.origin}: {warning}")
        if item.date and not iso_date(item.date):
            yield partial(on_warning, f"{item.origin}: date {item.date!r} not understood; stored without a date "
                              f"(dates read: {DATE_FORMS})")
        if item.article_id not in in_flight:  # else the writer decides, with what is on its way
            status = checker.status(item.article_id, item.content_hash, again=again)
            if status in ALREADY_STORED:
                yield partial(on_progress, item.nbytes)
                yield unchanged if status == "unchanged" else duplicate
                return
            kept = text_kept(checker, item)
            if kept:
                yield partial(on_progress, item.nbytes)
                yield partial(unchanged, kept)
                return
        in_flight.add(item.article_id)
        yield Pending(item, item.article_id, item.content_hash)

    batch: list[Pending] = []
    timed = paced(paths, stdin)
    started = time.monotonic()
    for entry in extract_in_order(to_extract, store, jobs):
        if isinstance(entry, Pending):
            on_progress(entry.article.nbytes)
            if entry.error:
                in_flight.done([entry.article_id])
                summary.failed += 1
                on_error(f"{entry.article.origin}: {entry.error}")
            else:
                batch.append(entry)
        elif entry is not None and not isinstance(entry, EndOfBatch):
            entry()
        if isinstance(entry, EndOfBatch) or (timed and time.monotonic() - started >= BATCH_SECONDS):
            write_batch(store, batch, summary, on_error, on_warning, again)
            in_flight.done(pending.article_id for pending in batch)
            batch, started = [], time.monotonic()
    write_batch(store, batch, summary, on_error, on_warning, again)
    return summary


def extract_in_order(read: Callable[[Store], Iterator[Entry]], store: Store, jobs: int) -> Iterator[Entry | None]:
    """What READ gives, each article with its meta and quotes filled in, in input order; in worker
    processes when jobs > 1, fed by a thread of its own that reads with a connection of its own.
    None now and then when the reader has had nothing new for a while."""
    if jobs <= 1:
        for entry in read(store):
            if isinstance(entry, Pending):
                _fill(entry, None)
            yield entry
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    # Held back while the workers start, so none is stopped before it has its own process group.
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        pool = context.Pool(jobs, initializer=_worker_start, initargs=(os.getpid(), mask))
    except OSError as exc:  # the Pool has ended the workers it did start
        raise CannotStart(
            f"cannot start {jobs} worker processes ({exc.strerror or exc}); give fewer with --jobs"
        ) from exc
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    with pool:
        feed = Feed(pool, read, store.path, jobs * TASKS_PER_WORKER, jobs * TASKS_HELD_PER_WORKER)
        try:
            yield from feed.results()
        finally:
            feed.stop()


def _fill(pending: Pending, results: Iterator | None) -> None:
    """Meta and quotes of an article: as the input gave them (Parquet, extract --nl), else
    the next of the RESULTS of its task (extracted here when there are none)."""
    found = pending.article.quotes
    if found is not None:
        pending.quotes = found
        return
    result = next(results) if results is not None else extract_texts([pending.article.text])[0]
    pending.meta, pending.quotes, pending.error, pending.prepared = result


_END = object()  # what the reader sends when the input is read


def _result(task):
    """The task's result, waited for a little at a time: a SIGTERM or a Ctrl-C that another
    thread took (the reader's, the pool's) is acted on by this one, the main thread, only
    between waits; one long wait held the stop back until the task was done (for ever, were
    its result lost)."""
    while not task.ready():
        task.wait(WAIT_SECONDS)
    return task.get()


class Feed:
    """The reader thread and the writer's side of it. The reader reads, checks what is unchanged
    (with a connection of its own) and sends the articles to the workers, a task of
    TASK_ARTICLES at a time, while no more than SENT tasks are at the workers and no more than
    HELD are read and not yet taken by the writer; the writer takes the tasks' results in
    input order. (Done tasks free their place at the workers at once, so the workers go on
    while the writer writes.)"""

    def __init__(self, pool, read: Callable[[Store], Iterator[Entry]], path: str, sent: int, held: int):
        self.pool, self.read, self.path = pool, read, path
        self.tasks: queue.Queue = queue.Queue()  # (entries, result of their task or None), _END, or what went wrong
        self.at_workers = threading.Semaphore(sent)
        self.held = threading.Semaphore(held)
        self.stopping = False
        self.thread = threading.Thread(target=self._run, name="quotebook-reader", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            with Store(self.path) as checker:
                for entries in _tasks(self.read(checker)):
                    self.held.acquire()
                    texts = [e.article.text for e in entries if isinstance(e, Pending) and e.article.quotes is None]
                    if texts:
                        self.at_workers.acquire()
                    if self.stopping:
                        return
                    task = self.pool.apply_async(extract_texts, (texts,), callback=self._done, error_callback=self._done) \
                        if texts else None
                    self.tasks.put((entries, task))
            self.tasks.put(_END)
        except BaseException as exc:  # said by the writer, in its place in the input
            self.tasks.put(exc)

    def _done(self, result: object) -> None:
        """A task is done (called in the pool's thread): its place at the workers is free."""
        self.at_workers.release()

    def results(self) -> Iterator[Entry | None]:
        while True:
            try:
                got = self.tasks.get(timeout=WAIT_SECONDS)
            except queue.Empty:
                yield None
                continue
            if got is _END:
                return
            if isinstance(got, BaseException):
                raise got
            entries, task = got
            results = iter(_result(task)) if task is not None else None
            self.held.release()
            for entry in entries:
                if isinstance(entry, Pending):
                    _fill(entry, results)
                yield entry

    def stop(self) -> None:
        """Have the reader stop at its next task (one waiting for input ends with the process)."""
        self.stopping = True
        self.held.release()
        self.at_workers.release()


def write_batch(
    store: Store, batch: list[Pending], summary: Summary, on_error: Callable[[str], None],
    on_warning: Callable[[str], None] = lambda message: None, again: bool = False,
) -> None:
    """Write a batch in one transaction; an article that cannot be stored is reported and left out."""
    if not batch:
        return
    done = Summary()
    try:
        with store.transaction():
            for pending in batch:
                kept = text_kept(store, pending.article)  # (the reader may not have seen it stored)
                if kept:
                    done.unchanged += 1
                    on_warning(kept)
                    continue
                try:
                    written = store.write_article(
                        article_record(pending), pending.quotes, again=again, prepared=pending.prepared
                    )
                except (sqlite3.IntegrityError, ValueError, TypeError, OverflowError) as exc:
                    done.failed += 1
                    on_error(f"{pending.article.origin}: cannot store: {exc}")
                    continue
                setattr(done, written.outcome, getattr(done, written.outcome) + 1)
                done.quotes += written.quotes
                done.speakers += written.new_speakers
            STOPS.hold()  # from here to the count, a stop waits (the COMMIT is on its way)
    finally:
        try:
            if store.committed:
                summary.add(done)
        finally:
            STOPS.release()


def _tasks(entries: Iterator[Entry]) -> Iterator[list[Entry]]:
    """ENTRIES in runs of TASK_ARTICLES articles, or of TASK_ENTRIES entries when reading has much else to say."""
    run: list[Entry] = []
    articles = 0
    for entry in entries:
        run.append(entry)
        articles += isinstance(entry, Pending)
        if articles == TASK_ARTICLES or len(run) == TASK_ENTRIES:
            yield run
            run, articles = [], 0
    if run:
        yield run


# ---------------------------------------------------------------------------
# From what was read to the articles row


def text_kept(store: Store, article: Article) -> str | None:
    """Why ARTICLE, quotes given without text, does not replace the article stored with its
    text under its id (a warning); None when it does."""
    if article.text or not stored_with_text(store, article.article_id):
        return None
    return (f"{article.origin}: {article.article_id} is stored with its text, kept as it is "
            "(to extract it again: quotebook ingest --again on the articles)")


def stored_with_text(store: Store, article_id: str) -> bool:
    """Is this article stored with its text? (Quotes given without text do not replace it.)"""
    row = store.conn.execute("SELECT text != '' FROM articles WHERE id = ?", [article_id]).fetchone()
    return bool(row and row[0])


def article_record(pending: Pending) -> dict:
    """The articles row: what the JSON line gives, the rest read from the text by read_meta."""
    article = pending.article
    meta = merged_meta(article.meta, pending.meta)
    return {
        "id": pending.article_id,
        "url": article.url,
        "title": article.title,
        "date": iso_date(article.date) if article.date else None,
        "source": article.source,
        **meta,
        "outlet": meta["outlet"] or article.source,
        "origin": article.origin,
        "content_hash": pending.content_hash,
        "text": article.text,
    }


def merged_meta(given: dict, read: dict) -> dict:
    """Outlet, dateline, reporter, editor, year and related headlines: as the input gives them, else as
    read_meta read them from the text (READ)."""

    def pick(name):
        value = given.get(name)
        return value if value not in (None, "", []) else read.get(name)

    related = pick("related") or []
    if isinstance(related, str):
        related = [related]
    return {
        "outlet": pick("outlet"),
        "dateline": pick("dateline"),
        "reporter": pick("reporter"),
        "editor": pick("editor"),
        "year": _year(pick("year")),
        "related": [str(r) for r in related],
    }


def _year(value) -> int | None:
    try:
        year = int(value)
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2100 else None
