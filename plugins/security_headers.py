"""Security headers (CSP, nosniff, Referrer-Policy, frame-ancestors, …) on every response.
The policy and the middleware live in ``anfragen.security``."""

from datasette import hookimpl

from anfragen import security


@hookimpl
def asgi_wrapper(datasette):
    return security.with_security_headers
