"""Datasette's URL strings keep their behaviour with the faster attribute lookup."""

import builtins
from urllib.parse import urljoin

import pytest
from datasette.utils import PrefixedUrlString

from anfragen import prefixed_urls


@pytest.fixture(autouse=True)
def installed():
    prefixed_urls.speed_up()


def test_string_methods_keep_the_url_type():
    url = PrefixedUrlString("/anfragen/qa?_search=Kita")
    assert type(url.replace("Kita", "Schule")) is PrefixedUrlString
    assert url.replace("Kita", "Schule") == "/anfragen/qa?_search=Schule"
    assert [type(part) for part in url.split("?")] == [PrefixedUrlString, PrefixedUrlString]
    assert url.partition("?") == ("/anfragen/qa", "?", "_search=Kita")
    assert all(type(part) is PrefixedUrlString for part in url.partition("?"))
    assert type(url + "&_sort=year") is PrefixedUrlString


def test_methods_returning_other_values_return_them_unchanged():
    url = PrefixedUrlString("/anfragen/qa")
    assert url.startswith("/") is True
    assert url.find("qa") == 10
    assert url.encode() == b"/anfragen/qa"


def test_joined_urls_are_those_of_plain_strings():
    for path in ("/anfragen/qa?_facet=year", "qa?_search=a+b", "../x", "//host/y"):
        assert urljoin("http://127.0.0.1:8001/anfragen/qa?x=1", PrefixedUrlString(path)) == \
            urljoin("http://127.0.0.1:8001/anfragen/qa?x=1", path)


def test_looking_up_a_method_no_longer_lists_the_names_of_str(monkeypatch):
    def no_dir(*args):
        raise AssertionError("dir() called")

    monkeypatch.setattr(builtins, "dir", no_dir)
    assert PrefixedUrlString("/a/b").rsplit("/", 1) == ["/a", "b"]
