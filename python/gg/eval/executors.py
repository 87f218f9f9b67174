"""Where cases run: in this process (-j1), a local process pool (default), or Ray tasks.

An executor takes the cases and yields each finished record (a plain dict) as soon as it is done,
in completion order; the caller stores it. Stopping early (Ctrl-C, an exception) cancels what has not
started; finished records are already stored, so `--resume` picks up from there.
"""

from __future__ import annotations

import multiprocessing
import signal
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Iterator, Protocol

from gg.eval.cases import EvalCase, run_case

EXECUTORS = ("local", "ray")


class Executor(Protocol):
    name: str
    workers: int

    def run(self, cases: list[EvalCase]) -> Iterator[dict[str, Any]]: ...


def _ignore_sigint() -> None:
    # Ctrl-C is the parent's to handle: it stops the pool; a worker interrupted mid-case would only
    # leave the pool broken
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class LocalExecutor:
    """`jobs` worker processes (spawned, so nothing of the parent's threads leaks in); -j1 runs in
    this process."""

    name = "local"

    def __init__(self, jobs: int = 1):
        if jobs < 1:
            raise ValueError("-j must be at least 1")
        self.workers = jobs

    def run(self, cases: list[EvalCase]) -> Iterator[dict[str, Any]]:
        if self.workers == 1:
            for c in cases:
                yield run_case(c)
            return
        pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_ignore_sigint)
        # keep a bounded window in flight: memory stays flat and cancelling is quick
        todo = iter(cases)
        pending: set[Future] = set()
        finished = False
        try:
            for c in todo:
                pending.add(pool.submit(run_case, c))
                if len(pending) >= 2 * self.workers:
                    break
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in done:
                    nxt = next(todo, None)
                    if nxt is not None:
                        pending.add(pool.submit(run_case, nxt))
                    yield f.result()
            finished = True
        finally:
            for f in pending:
                f.cancel()
            if not finished:
                # stopped early: the cases still running are not waited for (they run again on --resume)
                for proc in list(getattr(pool, "_processes", {}).values()):
                    proc.terminate()
            pool.shutdown(wait=True, cancel_futures=True)


def _ray_run_case(case: EvalCase) -> dict[str, Any]:
    return run_case(case)


class RayExecutor:
    """Each case a Ray task (one CPU each). Without an address a local Ray is started with `workers`
    CPUs; with one (`ray://host:10001` or `auto`) the cluster's workers need gg, the cross
    toolchains and qemu-user installed (the case carries its own files, so no shared disk is needed)."""

    name = "ray"

    def __init__(self, workers: int = 2, address: str | None = None):
        try:
            import ray
        except ImportError:
            raise RuntimeError("--executor ray needs the `ray` package: pip install 'gg[eval]'") from None
        self.ray = ray
        self.address = address
        self.workers = workers
        self._started = False

    def _init(self) -> None:
        ray = self.ray
        if ray.is_initialized():
            return
        if self.address:
            ray.init(address=self.address, log_to_driver=False, configure_logging=False)
        else:
            ray.init(num_cpus=self.workers, include_dashboard=False, log_to_driver=False, configure_logging=False)
        self._started = True
        if self.address:
            self.workers = int(ray.cluster_resources().get("CPU", self.workers))

    def run(self, cases: list[EvalCase]) -> Iterator[dict[str, Any]]:
        ray = self.ray
        self._init()
        remote = ray.remote(num_cpus=1, max_retries=0)(_ray_run_case)
        # bounded window in flight, as in the local pool
        todo = iter(cases)
        pending = []
        try:
            for c in todo:
                pending.append(remote.remote(c))
                if len(pending) >= 2 * self.workers:
                    break
            while pending:
                done, pending = ray.wait(pending, num_returns=1)
                for ref in done:
                    nxt = next(todo, None)
                    if nxt is not None:
                        pending.append(remote.remote(nxt))
                    yield ray.get(ref)
        except KeyboardInterrupt:
            # a terminal's Ctrl-C also reached the local Ray's own processes: do not talk to them
            pending = []
            raise
        finally:
            for ref in pending:
                ray.cancel(ref, force=True)
            if self._started:
                ray.shutdown()
                self._started = False


def make(name: str, jobs: int, address: str | None = None) -> Executor:
    if name == "local":
        if address:
            raise ValueError("--address is only for --executor ray")
        return LocalExecutor(jobs)
    if name == "ray":
        return RayExecutor(jobs, address)
    raise ValueError(f"unknown executor {name!r} (known: {', '.join(EXECUTORS)})")
