"""Whole-page pastes: the article found among menus, banners, lists, comments and footers."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document.model import Role, shown
from reader.document.source import open_article
from reader.document.understanding.parse import parse_text
from tests.conftest import ARTICLES, ROOT, SEED

PAGES = ROOT / "bench" / "pages"

BODY_DE = [
    "Die Stadt Magdeburg hat am Montag ihren ersten öffentlichen Hitzeschutzraum eröffnet, in dem sich Menschen abkühlen können.",
    "Der Raum ist klimatisiert, bietet Wasser und Sitzplätze und ist an heißen Tagen bis zweiundzwanzig Uhr geöffnet.",
    "„Gerade ältere Menschen leiden unter der Hitze in ihren Wohnungen“, sagte Sozialdezernentin Andrea Klein bei der Eröffnung.",
    "Weitere Räume sollen im kommenden Jahr in Schulen und Gemeindezentren folgen, falls das Angebot gut angenommen wird.",
]


def whole_page(body: list[str], title: str) -> str:
    before = [
        "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
        "Alle akzeptieren",
        "Tagesblick",
        "Anmelden",
        "Politik",
        "Wirtschaft",
        "Sport",
        "Kultur",
        "Wissen",
        "Reise",
        "Startseite > Panorama",
        title,
        "Von Katrin Vogel",
    ]
    after = [
        "Meistgelesen",
        "Bahnstreik legt Fernverkehr lahm",
        "Neue Regeln für Heizungen ab Januar",
        "Kommentare (3)",
        "Landei42",
        "vor 3 Stunden",
        "Bei uns sieht es genauso aus.",
        "Antworten",
        "Impressum",
        "Datenschutz",
        "© 2025 Tagesblick. Alle Rechte vorbehalten.",
    ]
    return "\n".join([*before, *body, *after])


def roles_of(article, texts: list[str]) -> list[Role]:  # type: ignore[no-untyped-def]
    found = {line.text: line.role for line in article.lines}
    return [found[text] for text in texts]


def test_each_furniture_family_is_stripped_and_the_article_kept() -> None:
    article = parse_text(whole_page(BODY_DE, "Stadt eröffnet ersten Hitzeschutzraum"))
    assert article.is_whole_page and article.title == "Stadt eröffnet ersten Hitzeschutzraum"
    assert all(role is Role.PARAGRAPH for role in roles_of(article, BODY_DE))
    assert (
        roles_of(article, ["Alle akzeptieren", "Impressum", "© 2025 Tagesblick. Alle Rechte vorbehalten."])
        == [Role.BOILERPLATE] * 3
    )
    assert roles_of(article, ["Politik", "Sport", "Startseite > Panorama"]) == [Role.NAVIGATION] * 3
    assert roles_of(article, ["Meistgelesen", "Bahnstreik legt Fernverkehr lahm"]) == [Role.LIST] * 2
    assert roles_of(article, ["Kommentare (3)", "Bei uns sieht es genauso aus.", "Antworten"]) == [Role.COMMENTS] * 3
    assert all(line.reason for line in article.lines if line.role.is_page_furniture)
    kept = [line.text for line in article.lines if shown(line.role, "article")]
    assert kept[0] == "Stadt eröffnet ersten Hitzeschutzraum" and kept[-1] == BODY_DE[-1]
    assert article.quotes[0].speaker == "Andrea Klein"


def test_a_list_in_the_middle_of_the_article_is_a_list_and_the_text_after_it_is_kept() -> None:
    body = [
        *BODY_DE[:2],
        "Meistgelesen",
        "Bahnstreik legt Fernverkehr lahm",
        "Bayern gewinnt Spitzenspiel",
        *BODY_DE[2:],
    ]
    article = parse_text(whole_page(body, "Stadt eröffnet ersten Hitzeschutzraum"))
    assert roles_of(article, ["Bayern gewinnt Spitzenspiel"]) == [Role.LIST]
    assert roles_of(article, BODY_DE) == [Role.PARAGRAPH] * 4


@pytest.mark.parametrize("path", [*sorted(ARTICLES.glob("*.txt")), SEED / "dw_aleppo_id.txt"], ids=lambda p: p.name)
def test_clean_pastes_are_not_treated_as_whole_pages(path: Path) -> None:
    if not path.is_file():
        pytest.skip("../shared/seed is not present")
    article = open_article(str(path))
    assert not article.is_whole_page
    clutter_only = [line.number for line in article.lines if shown(line.role, "clutter")]
    article_only = [line.number for line in article.lines if shown(line.role, "article")]
    assert article_only == clutter_only


@pytest.mark.parametrize(
    "page", sorted(p for p in PAGES.glob("*.txt") if not p.name.endswith(".body.txt")), ids=lambda p: p.stem
)
def test_every_sentence_of_the_article_survives_article_only_mode(page: Path) -> None:
    article = open_article(str(page))
    truth = page.with_name(page.name.replace(".txt", ".body.txt")).read_text(encoding="utf-8").splitlines()
    kept = {line.text for line in article.lines if shown(line.role, "article")}
    hidden_body = [line for line in truth[1:] if line.strip() and line.strip() not in kept]
    assert hidden_body == []
