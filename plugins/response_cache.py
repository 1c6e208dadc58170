"""Cache of GET responses while every served database is immutable (logic and rules in
``anfragen.response_cache``; documented in docs/performance.md, "Serving under load")."""

from datasette import hookimpl

from anfragen import response_cache


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        cached = response_cache.with_response_cache(app)

        async def choose(scope, receive, send):
            served = [db for name, db in datasette.databases.items() if name != "_internal"]
            if served and not any(db.is_mutable for db in served):
                return await cached(scope, receive, send)
            return await app(scope, receive, send)

        return choose

    return wrap
