"""Keep Python's full garbage collections short while serving.

Python's cyclic garbage collector now and then runs a full ("generation 2") collection,
which visits every container object the process holds, and no request is answered while
it runs. A worker serving the Karlsruhe corpus holds about 100 000 such objects once it
is running: Datasette, Jinja templates, compiled patterns, and the caches that make a
search cheap (stems, rendered answers, the words of highlighted texts). Measured
in-process over 3 200 distinct search and inquiry requests (docs/performance.md,
"Garbage collection"), its full collections each took up to 120 ms and ran every few
hundred requests: each one held back every request in flight on that worker (25 or more
of the load test's 50 clients) by up to half the load test's p99 target of 250 ms.

Everything that exists when the server has started lives as long as the process does:
the app, its templates and the caches' own containers (the caches are created at import
and only ever change their entries). ``freeze_startup_heap`` collects once, then moves
these objects to the collector's permanent generation (``gc.freeze``), so later
collections no longer visit them. The highlighter's kept words are, for the same reason,
plain tuples the collector stops tracking (``german._KeptWords``). ``bench/gc_pauses.py``
compares a worker with and without the freeze (words packed in both): the longest full
collection 68–147 ms without, 18–49 ms with.
Frozen objects are still freed by reference counting; only a reference cycle among them
would stay in memory, and they are the ones that live until the process ends anyway.

Once per process: a test session starts many Datasette apps, and freezing each would
keep the earlier ones' cycles in memory.
"""

from __future__ import annotations

import gc

_frozen = False


def freeze_startup_heap() -> bool:
    """Collect, then exempt every object alive now from later collections.

    Returns whether it froze (only the first call in a process does).
    """
    global _frozen
    if _frozen:
        return False
    gc.collect()
    gc.freeze()
    _frozen = True
    return True
