"""Datasette's URL strings without a ``dir(str)`` per method call (``anfragen.prefixed_urls``)."""

from datasette import hookimpl

from anfragen import prefixed_urls


@hookimpl
def startup(datasette):
    prefixed_urls.speed_up()
