"""After startup, exempt the app's long-lived objects from Python's full garbage
collections, which otherwise stall every request in flight (``anfragen.heap``)."""

from datasette import hookimpl

from anfragen import heap


@hookimpl
def startup(datasette):
    heap.freeze_startup_heap()
