"""Every rule has its page, and every page's examples do what the page says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from iub.errors import CatalogLoadError
from iub.law.lint import INVALID_CODE, RULES, lint

from .conftest import TODAY, build_catalog

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted((DOCS / "rules").glob("IUB*.md"))
_BLOCK = re.compile(r"```yaml (fails|passes)\n(.*?)```", re.DOTALL)


def _examples(page: Path) -> dict[str, str]:
    return {kind: body for kind, body in _BLOCK.findall(page.read_text(encoding="utf-8"))}


def test_docs_law_lists_every_rule_with_its_number_code_and_citation() -> None:
    """docs/law.md, the legal basis, has one row per rule: Lnn, its code, name and law."""
    text = (DOCS / "law.md").read_text(encoding="utf-8")

    missing = [
        rule.code
        for rule in RULES.values()
        if f"| {rule.ref} | [{rule.code}](rules/{rule.code}.md) | `{rule.name}` |" not in text
        or rule.full_citation not in text
    ]

    assert [] == missing


def test_every_rule_has_a_page() -> None:
    """docs/rules holds one page per registered rule, plus IUB000."""
    expected = {*RULES, INVALID_CODE}

    assert expected == {page.stem for page in PAGES}


def test_every_rule_is_in_the_rule_table() -> None:
    """docs/lint.md links every rule page."""
    table = (DOCS / "lint.md").read_text(encoding="utf-8")

    missing = [code for code in [INVALID_CODE, *RULES] if f"(rules/{code}.md)" not in table]
    assert [] == missing


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page_examples(page: Path) -> None:
    """The failing example triggers the page's rule; the passing one does not."""
    code = page.stem
    examples = _examples(page)
    assert {"fails", "passes"} == set(examples)

    failing = yaml.safe_load(examples["fails"])
    if code == INVALID_CODE:
        with pytest.raises(CatalogLoadError):
            build_catalog(failing)
    else:
        catalog, _ = build_catalog(failing)
        assert code in {f.code for f in lint(catalog, today=TODAY)}

    catalog, _ = build_catalog(yaml.safe_load(examples["passes"]))
    assert code not in {f.code for f in lint(catalog, today=TODAY)}


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page_names_the_rule(page: Path) -> None:
    """A page's header carries the registry's title, citation and bill flag."""
    rule = RULES.get(page.stem)
    text = page.read_text(encoding="utf-8")

    if rule is not None:
        assert text.startswith(f"# {rule.code} — {rule.title_sv}\n")
        assert f"| Lagrum | {rule.full_citation} |" in text
        assert f"| Regel i docs/law.md | {rule.ref} |" in text
