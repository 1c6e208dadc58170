"""Datasette's URL strings without the cost of ``dir(str)`` on every method call.

Datasette 0.65 returns URLs as ``PrefixedUrlString`` (a ``str`` that keeps its type
through string methods, so ``base_url`` is not added twice). Its ``__getattribute__``
asks ``name in dir(str)`` on every attribute access: ``dir`` builds and sorts a list of
about 80 names each time, some 7 µs, against 0.06 µs for the plain method. A table
page builds every facet link through ``urljoin`` on such strings, so a search page of
``qa`` made about 65 of these calls (0.4 ms of its 6 ms of CPU; docs/performance.md).

``speed_up`` replaces the method with one that looks the name up in the same names,
computed once: ``dir(str)`` cannot change, so every attribute resolves exactly as before
(string methods still return ``PrefixedUrlString``s, dunder names and the class's own
methods are untouched).
"""

from __future__ import annotations

from datasette.utils import PrefixedUrlString

_STR_METHODS = frozenset(name for name in dir(str) if not name.startswith("__"))


def _wrapped(self, name):
    def method(self, *args, **kwargs):
        value = getattr(super(PrefixedUrlString, self), name)(*args, **kwargs)
        if isinstance(value, str):
            return type(self)(value)
        if isinstance(value, list):
            return [type(self)(i) for i in value]
        if isinstance(value, tuple):
            return tuple(type(self)(i) for i in value)
        return value

    return method.__get__(self)


def _getattribute(self, name):
    if name in _STR_METHODS:
        return _wrapped(self, name)
    return str.__getattribute__(self, name)


def speed_up() -> None:
    """Install the lookup (idempotent)."""
    PrefixedUrlString.__getattribute__ = _getattribute
