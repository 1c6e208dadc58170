"""A served app exempts its startup objects from full garbage collections (anfragen.heap):
they would otherwise be visited by every full collection, which stalls all requests in
flight."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from conftest import ROOT

STARTED_APP = textwrap.dedent("""
    import asyncio, gc, sys
    sys.path.insert(0, "tests")
    from conftest import datasette_for
    assert gc.get_freeze_count() == 0
    ds = datasette_for(sys.argv[1])
    async def main():
        await ds.invoke_startup()
        print(gc.get_freeze_count())
        response = await ds.client.get("/-/suche?q=Wohnsitzanmeldung")
        print(response.status_code)
    asyncio.run(main())
""")


def test_startup_freezes_the_objects_alive_then(built_db):
    # a fresh process: the test session's own heap must not decide the outcome
    done = subprocess.run([sys.executable, "-c", STARTED_APP, str(built_db)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=True)
    frozen, status = done.stdout.split()
    assert int(frozen) > 10_000  # Datasette, templates, plugins, the caches' containers
    assert status == "200"  # and it serves as before


def test_only_the_first_startup_of_a_process_freezes():
    script = textwrap.dedent("""
        import gc
        from anfragen import heap
        first = heap.freeze_startup_heap()
        count = gc.get_freeze_count()
        garbage_later = [object() for _ in range(1000)]
        print(first, heap.freeze_startup_heap(), gc.get_freeze_count() == count)
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.split() == ["True", "False", "True"]
