"""The self-check's step, its question rendered by Jinja2 and its answer by Python (for speed,
docs/web.md "What the self-check answer costs"), says what Django's template said, and escapes
every value.

The Django template it replaced is kept in ``reference/`` as the oracle: the same posts go
through the view twice, once as it renders now and once with the step rendered by Django's
engine from the reference, and the pages must hold the same elements, attributes and text
(whitespace between tags aside, entities compared by what they stand for).
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from django.conf import settings
from django.db import connection
from django.http import HttpRequest
from django.template import engines
from django.template.backends.django import DjangoTemplates
from django.test import Client
from django.utils.safestring import mark_safe
from markupsafe import escape

from iub.catalog import find_intervention
from iub.web.catalog import selectors, views
from iub.web.catalog.models import CatalogVersion
from iub.web.catalog.selfcheck import SelfCheckInputError, Suggestion, selfcheck_step

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[3]
REFERENCE = Path(__file__).resolve().parent / "reference"
AGES = range(8, 71)
PLACES = ("person.lives_in", "person.municipality", "child.lives_in", "child.municipality")


def _reference_engine() -> DjangoTemplates:
    """Django's engine as settings configure it, with the reference template beside the app's."""
    [django] = [t for t in settings.TEMPLATES if t["BACKEND"].endswith(".DjangoTemplates")]
    return DjangoTemplates(
        {"NAME": "reference", "DIRS": [REFERENCE], "APP_DIRS": True, "OPTIONS": django["OPTIONS"]}
    )


class _Tokens(HTMLParser):
    """An HTML document as the elements, attributes and text it holds, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple[str, ...]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        shown = sorted(
            (name, "TOKEN" if name == "value" and ("name", "csrfmiddlewaretoken") in attrs else v)
            for name, v in attrs
        )
        self.tokens.append(("<", tag, repr(shown)))

    def handle_endtag(self, tag: str) -> None:
        self.tokens.append((">", tag))

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if text:
            if self.tokens and self.tokens[-1][0] == "text":
                text = self.tokens.pop()[1] + " " + text
            self.tokens.append(("text", text))


def _tokens(html: str) -> list[tuple[str, ...]]:
    parser = _Tokens()
    parser.feed(html)
    parser.close()
    return parser.tokens


def _posts(stem: str) -> Iterator[tuple[str, dict[str, list[str]] | None]]:
    """Every intervention's first question (a GET) and an age it cannot read, every age 8-70,
    then each answer to a question of where the person lives that the age leads to; and every
    case file's facts as answers so far."""
    version = selectors.catalog_version_latest(stem)
    assert version is not None
    catalog, desk = selectors.catalog_of(version), selectors.desk_of(version)
    for intervention in catalog.interventions:
        yield intervention.id, None  # the first question (a GET)
        yield intervention.id, {"q": ["person.age"], "a.person.age": ["tolv"]}  # with an error
        for age in AGES:
            data = {"q": ["person.age"], "a.person.age": [str(age)]}
            yield intervention.id, data
            step = selfcheck_step(desk=desk, intervention=intervention, data=data)
            question = step.question
            if question is None or question.key not in PLACES:
                continue
            answers = [value for value, _ in question.options][:3] + ["unsure"] * bool(
                question.allow_unsure
            )
            for answer in answers:
                yield intervention.id, {**data, "q": [question.key], question.field: [answer]}
    for path in sorted((ROOT / "tests" / "cases" / stem).glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            data = {
                f"a.{key}": _case_field(value)
                for key, value in case["facts"].items()
                if not isinstance(value, dict)
            }
            try:
                intervention = find_intervention(catalog, path.stem)
                selfcheck_step(desk=desk, intervention=intervention, data=data)
            except (SelfCheckInputError, LookupError, ValueError):
                continue  # a post the form cannot send: the view answers 400 either way
            yield intervention.id, data


def _case_field(value: Any) -> list[str]:
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    if isinstance(value, list):
        return [str(v) for v in value] or [""]
    return [str(value)]


@pytest.mark.parametrize("language", ["", "/en"])
@pytest.mark.parametrize("stem", ["alingsas", "stockholm"])
def test_the_jinja2_step_says_what_the_django_template_said(
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
    alingsas: CatalogVersion,
    stockholm: CatalogVersion,
    stem: str,
    language: str,
) -> None:
    if connection.vendor != "sqlite":
        pytest.skip(
            "compares two template engines' output, which no database changes: "
            "it runs in the SQLite pass of make test"
        )
    reference = _reference_engine().get_template("_selfcheck_inner.html")
    render_step = views._render_step
    steps: list[tuple[str, str]] = []

    def both(request: HttpRequest, page: tuple[str, ...], context: dict[str, Any]) -> str:
        now = render_step(request, page, context)
        steps.append((reference.render(context, request), now))
        return now

    monkeypatch.setattr(views, "_render_step", both)
    answers = errors = 0
    for index, (intervention_id, data) in enumerate(_posts(stem)):
        if language and data is not None and index % 3 and data.get("a.person.age") != ["tolv"]:
            continue  # English: every first question and error, a third of the rest (time)
        url = f"{language}/{stem}/{intervention_id}/passar-det-har-mig/"
        response = client.get(url) if data is None else client.post(url, data)
        assert 200 == response.status_code, (url, data)
        before, now = steps.pop()
        assert _tokens(before) == _tokens(now), (url, data)
        answers += 'id="result-heading"' in now
        errors += 'aria-invalid="true"' in now
    least = (1000 if stem == "alingsas" else 30) // (3 if language else 1)
    assert answers > least  # answers, not only questions
    assert errors >= 1  # and a question shown again with its error (rendered uncached)


# -- escaping ----------------------------------------------------------------------------------


def _hostile(slot: str) -> str:
    return f"<x-bad title=\"{slot}\">'{slot}' & </x-bad>"


def _escaped(slot: str) -> str:
    return f"&lt;x-bad title=&#34;{slot}&#34;&gt;&#39;{slot}&#39; &amp; &lt;/x-bad&gt;"


def _render(step: Any, **context: Any) -> str:
    """The Jinja2 step alone, its fragments replaced by a marker (they are Django templates)."""
    template = engines["jinja2"].get_template("catalog/selfcheck_step.html")
    links = {key: _hostile(f"link-{key}") for key in ("catalog", "intervention", "selfcheck")}
    html: str = template.render(
        {
            "step": step,
            "links": links,
            "started": True,
            "youth": True,
            "minors_without_consent": True,
            "evidence_key": "all",
            "cached": lambda *args, **kwargs: mark_safe("<!-- fragment -->"),
            "render": lambda *args, **kwargs: mark_safe("<!-- fragment -->"),
            **context,
        },
        HttpRequest(),
    )
    return html


def test_every_value_of_a_question_step_is_escaped() -> None:
    question = SimpleNamespace(key=_hostile("key"), field="a.x")
    step = SimpleNamespace(
        question=question,
        hidden=[(_hostile("name"), _hostile("value"))],
        error=None,
        answers=[],
    )

    html = _render(step)

    for slot in ("key", "name", "value", "link-selfcheck"):
        assert _escaped(slot) in html, slot
    assert "<x-bad" not in html
    assert 'name="csrfmiddlewaretoken"' in html


@pytest.mark.parametrize("outcome", ["not_eligible", "refer", "eligible"])
def test_every_value_of_an_answer_is_escaped(outcome: str) -> None:
    other = Suggestion(
        _hostile("id"),
        _hostile("title"),
        "possible",
        (_hostile("met"), _hostile("met-2")),
        (_hostile("open"),),
    )
    step = SimpleNamespace(question=None, outcome=SimpleNamespace(outcome=outcome))
    links = {key: _hostile(f"link-{key}") for key in ("catalog", "intervention", "selfcheck")}
    context = {
        "step": step,
        "links": links,
        "youth": True,
        "minors_without_consent": True,
        "evidence_key": "all",
        "unmet": [_hostile("unmet")],
        "others": [other],
    }

    html = views._answer_html(
        context, lambda *args, **kwargs: "<!-- fragment -->", lambda message: escape(message)
    )

    slots = ["link-selfcheck", "link-intervention", "link-catalog", "id", "title", "met"]
    slots += ["met-2", "open"] + ["unmet"] * (outcome == "not_eligible")
    for slot in slots:
        assert _escaped(slot) in html, slot
    assert "<x-bad" not in html
    assert f"{_escaped('met')} {_escaped('met-2')}" in html  # joined by a space, each escaped


def test_a_translation_is_escaped_as_text() -> None:
    """Django's gettext is Jinja2's ``_``: a translation is text, as with {% translate %}."""
    template = engines["jinja2"].from_string('{{ _("<b>not markup</b>") }}')

    assert "&lt;b&gt;not markup&lt;/b&gt;" == template.render({})


def test_an_unknown_name_fails_instead_of_rendering_nothing() -> None:
    from jinja2 import UndefinedError

    template = engines["jinja2"].from_string("{{ no_such_name }}")

    with pytest.raises(UndefinedError):
        template.render({})
