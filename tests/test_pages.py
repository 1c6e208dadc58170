"""The pages people use, through real Datasette: inquiry, search, service, services table.
Assertions are on what a reader sees (text, links), not on whole pages."""

from __future__ import annotations

import re

import pytest

from anfragen import feeds, inquiry_page, search_page, service_page

import publishing

# fixtures shared by the publishing tests (a module-level name is how pytest finds them)
pds, publishing_db = publishing.pds, publishing.publishing_db


async def html(ds, path: str) -> str:
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text
    return response.text


def visible(page: str) -> str:
    """The page's text without tags or runs of whitespace (roughly what a person reads)."""
    body = page.split('<section class="content">', 1)[-1].split("<footer", 1)[0]
    inline = re.sub(r"</?(?:a|span|strong|em|mark|b|i)\b[^>]*>", "", body)
    return " ".join(re.sub(r"<[^>]+>", " ", inline).split())


# --- pure helpers -----------------------------------------------------------------------

@pytest.mark.parametrize("iso, expected", [
    ("2024-11-11", "11. November 2024"), ("2025-03-01", "1. März 2025"), ("2024", "2024"),
    (None, ""),
])
def test_german_date(iso, expected):
    assert inquiry_page.german_date(iso) == expected


@pytest.mark.parametrize("precision, expected", [
    ("year", "Ende 2025"), ("quarter", "Ende September 2025"), ("day", "30. September 2025")])
def test_due_label(precision, expected):
    assert inquiry_page.due_label({"due": "2025-09-30", "precision": precision}) == expected


def test_marked_highlights_spans_and_escapes():
    text = "Das <b>Wohngeld</b> und das Wohngeld-Plus"
    out = service_page.marked(text, service_page.spans("[[28, 13], [7, 8]]"))
    assert str(out) == "Das &lt;b&gt;<mark>Wohngeld</mark>&lt;/b&gt; und das <mark>Wohngeld-Plus</mark>"


def test_marked_excerpt_centres_on_the_first_mention():
    words = [f"w{i}" for i in range(200)]
    text = " ".join(words[:150] + ["Wohngeld"] + words[150:])
    start = text.index("Wohngeld")
    out = str(service_page.marked(text, [(start, start + 8)], words=30))
    assert out.startswith("…") and out.endswith("…") and "<mark>Wohngeld</mark>" in out
    assert len(out.split()) <= 31


def test_search_query_string_keeps_filters_and_resets_the_page():
    search = search_page.Search(q="Kita", jahr="2024", seite=3)
    assert search.query_string() == "?q=Kita&jahr=2024&seite=3"
    assert search.query_string(fragesteller="SPD") == "?q=Kita&jahr=2024&fragesteller=SPD"
    assert search.query_string(seite=4) == "?q=Kita&jahr=2024&seite=4"
    assert search.query_string(jahr="") == "?q=Kita"
    assert search.saved() == "?q=Kita&jahr=2024"


def test_search_from_args_falls_back_on_bad_values():
    search = search_page.Search.from_args({"q": "  Kita   Plätze ", "seite": "x", "sortierung": "y"})
    assert (search.q, search.seite, search.sortierung) == ("Kita Plätze", 1, "relevanz")
    assert search_page.Search.from_args({}).sortierung == "datum"


# --- the inquiry page ------------------------------------------------------------------

async def test_inquiry_page_links_services_commitments_feeds_and_oparl(pds):
    page = await html(pds, "/anfragen/inquiries/ka-2023-0815")
    assert '<a class="leistung" href="/anfragen/services/personalausweis">Personalausweis</a>' in page
    assert 'href="/-/feeds/fragesteller/GR~C3~9CNE-Gemeinderatsfraktion.atom"' in page
    assert 'href="/-/oparl/paper/ka-2023-0815"' in page
    assert 'type="application/atom+xml"' in page
    text = visible(page)
    assert "Zusage bis Ende 2023 (Termin verstrichen): Die Online-Terminvergabe" in text
    assert "gestellt am 1. März 2023 · beantwortet am 12. April 2023" in text


async def test_inquiry_page_escapes_markup_in_the_title(pds):
    page = await html(pds, "/anfragen/inquiries/ka-2023-0815")
    assert "<script>alert(1)</script>" not in page
    assert "Wartezeiten im Bürgerbüro &lt;script&gt;" in page


async def test_future_commitment_is_not_marked_overdue(pds):
    text = visible(await html(pds, "/anfragen/inquiries/ka-2025-0042"))
    assert "Zusage bis Ende 2027: Die vollständig digitale Kfz-Zulassung" in text


async def test_pointer_answer_links_its_target(pds):
    page = await html(pds, "/anfragen/inquiries/ka-2023-0815")
    assert '<a href="#frage-2">Antwort zu Frage 2</a>' in page


def test_table_rows_are_what_datasettes_loop_writes():
    # templates/_table.html writes its rows with render.table_rows instead of two Jinja loops
    import jinja2
    from datasette.utils import to_css_class
    from markupsafe import Markup

    from anfragen import render

    loop = jinja2.Environment(autoescape=True)
    loop.filters["to_css_class"] = to_css_class
    template = loop.from_string("""{% for row in display_rows %}
            <tr>
                {% for cell in row %}
                    <td class="col-{{ cell.column|to_css_class }} type-{{ cell.value_type }}">{{ cell.value }}</td>
                {% endfor %}
            </tr>
        {% endfor %}""")
    rows = [[{"column": "id", "value": Markup('<a href="/x">1</a>'), "value_type": "pk"},
             {"column": "text", "value": "<b>&</b> \"q\"", "value_type": "str"},
             {"column": "a b", "value": 7, "value_type": "int"},
             {"column": "_rowid", "value": None, "value_type": "none"},
             {"column": "x<y", "value": Markup("&nbsp;"), "value_type": "<str>"}],
            []]
    assert str(render.table_rows(rows)) == template.render(display_rows=rows)
    assert str(render.table_rows([])) == template.render(display_rows=[]) == ""


def test_sort_links_are_those_datasette_builds():
    # templates/_table.html takes its sort links' paths from render.sort_paths, parsing the
    # query once, instead of path_with_replaced_args per column and link
    from datasette.utils import path_with_replaced_args
    from datasette.utils.asgi import Request

    from anfragen import render

    columns = [{"name": "year", "sortable": True}, {"name": "a b&c", "sortable": True},
               {"name": "services", "sortable": False}, {"name": "Jahr ä", "sortable": True}]
    for url in ("/anfragen/qa", "/anfragen/qa?_search=Kita", "/anfragen/qa?_search=Kita+Schule&_sort=year",
                "/anfragen/qa?_sort_desc=year&_next=abc&body=Gemeinderat+Karlsruhe&_facet=year&_facet=body",
                "/anfragen/qa?_search=%C3%84rger&x=&y=1&y=2"):
        request = Request.fake(url)
        paths = render.sort_paths(request.path, request.query_string, columns)
        assert set(paths) == {"year", "a b&c", "Jahr ä"}
        for name, (ascending, descending) in paths.items():
            assert ascending == path_with_replaced_args(request, {"_sort": name, "_sort_desc": None, "_next": None})
            assert descending == path_with_replaced_args(request, {"_sort_desc": name, "_sort": None, "_next": None})


async def test_a_joint_inquiry_page_links_the_feed_of_each_group(pds):
    page = await html(pds, "/anfragen/inquiries/ka-2025-0042")
    for group in ("SPD-Gemeinderatsfraktion", "GRÜNE-Gemeinderatsfraktion"):
        feed = feeds.submitter_path(group)
        assert f'<a class="feed" href="{feed}">Neue Antworten an {group} (Atom-Feed)</a>' in page
        assert (await pds.client.get(feed)).status_code == 200


# --- the search page -------------------------------------------------------------------

async def test_search_page_highlights_and_counts_facets(pds):
    page = await html(pds, "/-/suche?q=Wohngeld")
    text = visible(page)
    assert "4 Fragen gefunden" in text
    assert "<mark>Wohngeld</mark>" in page
    assert re.search(r'jahr=2023">2023</a> <span class="anzahl">2</span>', page)
    assert re.search(r'leistung=wohngeld">Wohngeld</a> <span class="anzahl">4</span>', page)
    assert 'href="/anfragen/inquiries/ka-2025-0042#frage-2"' in page
    assert 'href="/-/feeds/suche.atom?q=Wohngeld"' in page


async def test_search_facet_counts_a_joint_inquiry_for_each_of_its_groups(pds):
    page = await html(pds, "/-/suche")  # every question: 3 of 2023/0815 (GRÜNE), 2 of the joint 2025/0042
    facet = re.findall(r'fragesteller=([^"&]+)">([^<]+)</a> <span class="anzahl">(\d+)</span>', page)
    counts = {label: int(n) for _, label, n in facet}
    assert "SPD-Gemeinderatsfraktion; GRÜNE-Gemeinderatsfraktion" not in counts
    assert (counts["SPD-Gemeinderatsfraktion"], counts["GRÜNE-Gemeinderatsfraktion"]) == (2, 5)


async def test_search_page_filters_by_facet_and_can_remove_it(pds):
    page = await html(pds, "/-/suche?q=Wohngeld&fragesteller=GR%C3%9CNE-Gemeinderatsfraktion")
    text = visible(page)
    assert "3 Fragen gefunden" in text  # two of 2023/0815, one of the joint inquiry 2025/0042
    assert "Eingeschränkt auf: Fragesteller: GRÜNE-Gemeinderatsfraktion" in text
    assert 'href="/-/suche?q=Wohngeld" title="Einschränkung aufheben"' in page
    assert '<input type="hidden" name="fragesteller" value="GRÜNE-Gemeinderatsfraktion">' in page


async def test_search_page_filters_by_service_body_and_year(pds):
    text = visible(await html(pds, "/-/suche?leistung=wohngeld&gremium=Gemeinderat+Karlsruhe&jahr=2023"))
    assert "2 Fragen" in text and "Leistung: Wohngeld" in text


async def test_search_page_without_words_lists_everything_newest_first(pds):
    page = await html(pds, "/-/suche")
    assert "21 Fragen" in visible(page)
    first = page.index("/anfragen/inquiries/ka-2025-0042#frage-1")
    assert first < page.index("/anfragen/inquiries/mainz-2024-1424#frage-1")
    assert 'rel="next" href="/-/suche?seite=2"' in page


async def test_search_page_pages(pds):
    text = visible(await html(pds, "/-/suche?seite=2"))
    assert "Seite 2 von 2" in text and "21–21 auf dieser Seite" in text


async def test_search_page_with_no_hits_says_so(pds):
    text = visible(await html(pds, "/-/suche?q=Quantencomputer"))
    assert "Keine Frage gefunden für „Quantencomputer“." in text


@pytest.mark.parametrize("query", ['"', "NOT", "a OR", "*", "<script>", "x" * 2000, "(((", "'"])
async def test_search_page_survives_any_input(pds, query):
    page = await html(pds, f"/-/suche?q={query}")
    assert "<script>" not in page.split("</head>")[1].replace("<script>\ndocument", "")


@pytest.mark.parametrize("args", [
    {"q": "Wohngeld"}, {}, {"q": "Wohngeld", "jahr": "2023"}, {"leistung": "wohngeld"},
    {"q": "Kita Anmeldung"}, {"q": "Quantencomputer"},
    {"q": "Wohngeld", "fragesteller": "GRÜNE-Gemeinderatsfraktion", "gremium": "Gemeinderat Karlsruhe"},
])
async def test_search_summary_counts_as_the_separate_statements(pds, args):
    # the count and the facets in one statement (hits found once) give the same values
    db = pds.get_database("anfragen")
    search = search_page.Search.from_args(args)
    params = search.params()
    total, counts = await search_page._summary(db, search, params)
    assert total == (await db.execute(search_page.count_sql(search), params)).rows[0][0]
    assert counts == await search_page._facet_counts(db, search, params)


async def test_search_page_without_summary_counts_each_part_alone(pds, monkeypatch):
    # when the summary exceeds the time limit, the count and each facet run alone
    async def too_slow(db, search, params):
        return None

    db = pds.get_database("anfragen")
    search = search_page.Search.from_args({"q": "Wohngeld", "jahr": "2023"})
    expected = await search_page.run(db, search)
    monkeypatch.setattr(search_page, "_summary", too_slow)
    assert await search_page.run(db, search) == expected
    assert expected["paging"]["total"] == 2 and len(expected["facets"]) == 4


# --- the service page ------------------------------------------------------------------

async def test_service_page_lists_every_mention_newest_first(pds):
    page = await html(pds, "/anfragen/services/wohngeld")
    links = re.findall(r'<h3><a href="/anfragen/inquiries/([^"]+)">', page)
    assert links == ["ka-2025-0042#frage-2", "mainz-2024-1424#frage-3",
                     "ka-2023-0815#frage-2", "ka-2023-0815#frage-3"]
    assert "Wie viele Anträge auf <mark>Wohngeld</mark> wurden 2024 online gestellt?" in page
    assert "Mit dem digitalen <mark>Wohngeldantrag</mark> ging" in page
    assert 'href="/-/feeds/leistung/wohngeld.atom"' in page
    text = visible(page)
    assert "Genannt bei 4 Fragen" in text and "aus 3 Anfragen" in text


async def test_service_page_shows_its_commitments(pds):
    text = visible(await html(pds, "/anfragen/services/kfz_zulassung"))
    assert "Zusagen zu dieser Leistung" in text
    assert "bis Ende 2027: Die vollständig digitale Kfz-Zulassung ist bis Ende 2027 geplant." in text


async def test_service_page_pages(pds, monkeypatch):
    monkeypatch.setattr(service_page, "PER_PAGE", 3)
    first = await html(pds, "/anfragen/services/wohngeld")
    assert "Seite 1 von 2" in visible(first) and 'href="?seite=2"' in first
    second = await html(pds, "/anfragen/services/wohngeld?seite=2")
    assert re.findall(r'<h3><a href="/anfragen/inquiries/([^"]+)">', second) == [
        "ka-2023-0815#frage-3"]


async def test_unmentioned_service_page_says_so(pds):
    text = visible(await html(pds, "/anfragen/services/abfallentsorgung"))
    assert "Bisher nennt keine Frage und keine Antwort diese Leistung." in text


async def test_services_table_shows_kind_and_mentions(pds):
    page = await html(pds, "/anfragen/services?_size=100")
    row = re.search(r'<a href="/anfragen/services/wohngeld">wohngeld</a>.*?</tr>', page, re.DOTALL).group(0)
    assert "Verwaltungsleistung" in row
    assert '<td class="col-mentions type-int">5</td>' in row


async def test_service_mentions_view_links_to_service_pages(pds):
    page = await html(pds, "/anfragen/service_mentions")
    assert '<a href="/anfragen/services/ozg">ozg</a>' in page



async def test_query_results_link_inquiries_and_services_to_their_pages(pds):
    page = await html(pds, "/anfragen/suche?suchbegriff=Wohngeld")
    assert '<a href="/anfragen/inquiries/ka-2023-0815">ka-2023-0815</a>' in page
    assert "<mark>Wohngeld</mark>" in page  # the highlight, rendered as markup
    page = await html(pds, "/anfragen?sql=select+%27wohngeld%27+as+leistung")
    assert '<a href="/anfragen/services/wohngeld">wohngeld</a>' in page
    page = await html(pds, "/anfragen?sql=select+%27wohngeld%27+as+service_id")
    assert "/anfragen/services/wohngeld" not in page  # only in the service_mentions view

async def test_every_page_uses_the_site_stylesheet(pds):
    css = await pds.client.get("/-/anfragen.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    for path in ("/-/suche", "/anfragen/services/wohngeld", "/anfragen/inquiries/mainz-2024-1424"):
        assert 'href="/-/anfragen.css"' in await html(pds, path)


# --- German around Datasette's own pages -----------------------------------------------

async def test_query_pages_speak_german(pds):
    page = await html(pds, "/anfragen/faellige_zusagen?stichtag=2025-01-01")
    assert "<title>Fällige Zusagen</title>" in page
    assert '<th class="col-faellig_am" scope="col">Fällig am</th>' in page
    assert "Stichtag (JJJJ-MM-TT; leer: heute)" in page
    assert "Diese Daten als" in page and 'value="Anzeigen"' in page


async def test_start_page_breadcrumbs_and_footer_speak_german(pds):
    start = await html(pds, "/")
    assert '<html lang="de">' in start
    assert 'action="/-/suche"' in start and "Lizenz:" in start
    inquiry = await html(pds, "/anfragen/inquiries/mainz-2024-1424")
    assert re.search(r'<a href="/">Startseite</a>\s*/\s*<a href="/anfragen">Anfragen und Antworten</a>',
                     inquiry)
    assert "Bereitgestellt mit" in inquiry


async def test_search_page_that_takes_too_long_says_so(pds, monkeypatch):
    from datasette.database import QueryInterrupted

    async def interrupted(*args, **kwargs):
        raise QueryInterrupted(None, "select 1", {})

    await pds.client.get("/-/suche")  # start-up runs its own queries
    monkeypatch.setattr(pds.get_database("anfragen"), "execute", interrupted)
    response = await pds.client.get("/-/suche?q=Wohngeld")
    assert response.status_code == 200
    assert "Diese Suche dauerte zu lange." in visible(response.text)


def test_search_hits_are_what_the_former_template_loop_wrote():
    # templates/suche.html writes its result list with search_page.hits_html instead of a Jinja loop
    import jinja2
    from markupsafe import Markup

    from anfragen import inquiry_page, search_page

    loop = jinja2.Environment(autoescape=True)
    loop.filters["datum"] = inquiry_page.german_date
    template = loop.from_string('  {% for h in hits %}\n  <article class="treffer">\n    <h2><a href="{{ urls.path(h.path) }}#{{ h.anchor }}">{{ h.title }} – {{ h.label }}</a></h2>\n    <p class="treffer-meta">{% if h.reference %}Nr. {{ h.reference }} · {% endif %}{% if h.submitter %}{{ h.submitter }} · {% endif %}{% if h.body %}{{ h.body }} · {% endif %}{% if h.answered_on %}beantwortet am {{ h.answered_on|datum }}{% else %}ohne Antwortdatum{% endif %}</p>\n    <p class="treffer-frage"><strong>Frage:</strong> {{ h.question_html }}</p>\n    <p class="treffer-antwort"><strong>Antwort:</strong> {% if h.has_answer %}{{ h.answer_html }}{% if h.is_pointer %} <em>(Verweis)</em>{% endif %}{% if h.grouping_label %} <em class="gemeinsam">({{ h.grouping_label }})</em>{% endif %}{% else %}<em>keine Antwort zugeordnet</em>{% endif %}</p>\n    {% if h.services %}<p class="leistungen">Leistungen: {% for s in h.services %}<a class="leistung" href="{{ urls.path(s.path) }}">{{ s.name }}</a>{{ ", " if not loop.last }}{% endfor %}</p>{% endif %}\n  </article>\n  {% endfor %}')

    class Urls:
        @staticmethod
        def path(p):
            return "/pre" + p

    full = {"path": "/anfragen/inquiries/a~2Eb", "anchor": "frage-2", "title": "Bäume & <Büsche>",
            "label": "Frage 2", "reference": "12/2030", "submitter": "SPD \"A\"", "body": "Rat",
            "answered_on": "2030-05-01", "question_html": Markup("Wie <mark>viele</mark>?"),
            "answer_html": Markup("<p>Vierzig.</p>"), "has_answer": True, "is_pointer": True,
            "grouping_label": "Gemeinsame Antwort <auf> mehrere",
            "services": [{"path": "/anfragen/services/x", "name": "A&B"}, {"path": "/s/y", "name": "C"}]}
    bare = {"path": "/i/b", "anchor": "stelle-1", "title": "T", "label": "Frage", "reference": None,
            "submitter": "", "body": None, "answered_on": None, "question_html": Markup("Q?"),
            "answer_html": Markup(""), "has_answer": False, "is_pointer": False, "grouping_label": None,
            "services": []}
    hits = [full, bare, {**full, "is_pointer": False, "grouping_label": None, "services": [full["services"][1]]}]
    assert "  " + str(search_page.hits_html(hits, Urls.path)) == template.render(hits=hits, urls=Urls)
    assert "  " + str(search_page.hits_html([], Urls.path)) == template.render(hits=[], urls=Urls)
