"""Order-preserving parallel map over worker processes, with bounded memory and crash recovery.

Stanza pipelines hold hundreds of MB and take seconds to load, so each worker process loads its own
once and keeps it for every batch it gets (the pipeline cache is per process). Work is submitted
lazily, never more than ``2 * workers`` items in flight, and results come back in input order. A
worker that dies (killed for memory, a native crash) fails only the item it was running: the pool is
rebuilt and the other in-flight items are resubmitted.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
Call = tuple[Callable[..., Any], tuple[Any, ...]]


def _init_worker(threads: int) -> None:
    # Several processes on few cores: give each a share of them instead of all of them.
    os.environ.setdefault("CLAIMX_TORCH_THREADS", str(threads))
    os.environ.setdefault("OMP_NUM_THREADS", str(threads))


def _pool(workers: int) -> ProcessPoolExecutor:
    threads = max(1, (os.cpu_count() or 1) // workers)
    # spawn: a forked copy of a parent that already runs torch threads can deadlock.
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(threads,))


def ordered_map(items: Iterable[T], make_call: Callable[[T], Call], *, workers: int,
                on_failure: Callable[[T, BaseException], R]) -> Iterator[tuple[T, R]]:
    """Yield ``(item, result)`` in input order; ``make_call(item)`` gives a picklable (function, args)."""
    iterator = iter(items)
    in_flight: deque[tuple[T, Future[Any]]] = deque()
    pool = _pool(workers)
    try:
        while True:
            while len(in_flight) < 2 * workers:
                item = next(iterator, _END)
                if item is _END:
                    break
                function, args = make_call(item)
                in_flight.append((item, pool.submit(function, *args)))
            if not in_flight:
                return
            item, future = in_flight.popleft()
            try:
                yield item, future.result()
            except BrokenProcessPool as exc:
                yield item, on_failure(item, exc)
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(workers)
                in_flight = deque((queued, pool.submit(*_unpack(make_call(queued))))
                                  for queued, _ in in_flight)
            except Exception as exc:
                yield item, on_failure(item, exc)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _unpack(call: Call) -> tuple[Any, ...]:
    function, args = call
    return (function, *args)


_END: Any = object()
