"""An ordered, bounded, spawn-safe process-pool map over chunks of a stream.

``concurrent.futures`` and ``multiprocessing.Pool`` both read their whole input before the
first result comes back, which breaks flat memory on a stream of millions of pages. This
map keeps a fixed window of chunks in flight, yields results in input order, and survives a
worker that dies (a segfault in a C extension, an out-of-memory kill): the records of the
chunks in flight are retried one by one, and only the record that kills a worker again is
reported as crashed.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Generic, TypeVar

__all__ = ["ordered_map"]

T = TypeVar("T")
R = TypeVar("R")

# Chunks in flight per worker: enough to keep every worker busy while the main process
# reads input and writes output, small enough that memory does not grow with the input.
_WINDOW_PER_WORKER = 3


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Pool(Generic[T, R]):
    """A spawn-context executor that can be replaced when a worker dies."""

    def __init__(self, workers: int, fn: Callable[[list[T]], list[R]]) -> None:
        self.workers = workers
        self.fn = fn
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        # spawn: the same behaviour on Linux, macOS and Windows, and no forked copies of
        # the parent's threads or locks (Spark and Dask drivers hold plenty of both).
        ctx = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(self.workers, mp_context=ctx)

    def submit(self, chunk: list[T]) -> Future[list[R]]:
        return self.executor.submit(self.fn, chunk)

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _one_by_one(
    pool: _Pool[T, R], chunk: list[T], crashed: Callable[[T, BaseException], R]
) -> list[R]:
    out: list[R] = []
    for item in chunk:
        try:
            out.extend(pool.submit([item]).result())
        except BrokenProcessPool as exc:
            out.append(crashed(item, exc))
            pool.restart()
    return out


def ordered_map(
    fn: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    workers: int,
    chunksize: int,
    crashed: Callable[[T, BaseException], R],
) -> Iterator[R]:
    """Apply ``fn`` to chunks of ``items`` in ``workers`` processes; yield results in order.

    Args:
        fn: A picklable function from a chunk (list) to one result per item, in order.
        items: The input; read lazily, a bounded window ahead of the output.
        workers: Worker processes.
        chunksize: Items per task.
        crashed: Makes the result of an item whose worker died while handling it.

    Examples:
        >>> list(ordered_map(sorted, [], workers=2, chunksize=4, crashed=lambda i, e: i))
        []
    """
    pool: _Pool[T, R] | None = None
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    try:
        for chunk in _chunks(items, chunksize):
            if pool is None:  # started on the first chunk: an empty input spawns nothing
                pool = _Pool(workers, fn)
            pending.append((chunk, pool.submit(chunk)))
            while len(pending) >= workers * _WINDOW_PER_WORKER:
                yield from _collect(pool, pending, crashed)
        while pending and pool is not None:
            yield from _collect(pool, pending, crashed)
    finally:
        if pool is not None:
            pool.shutdown()


def _collect(
    pool: _Pool[T, R],
    pending: deque[tuple[list[T], Future[list[R]]]],
    crashed: Callable[[T, BaseException], R],
) -> list[R]:
    chunk, future = pending.popleft()
    try:
        return future.result()
    except BrokenProcessPool:
        # Every future in flight died with the pool; which item killed it is unknown.
        pool.restart()
        results = _one_by_one(pool, chunk, crashed)
        retry = [c for c, _ in pending]
        pending.clear()
        for other in retry:
            pending.append((other, _resolved(_one_by_one(pool, other, crashed))))
        return results


def _resolved(value: list[R]) -> Future[list[R]]:
    future: Future[list[R]] = Future()
    future.set_result(value)
    return future
