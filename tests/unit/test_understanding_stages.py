"""The understanding stages one at a time: the guard over the learnt decision, and structure's repairs."""

from __future__ import annotations

from reader.document.model import Line, Role
from reader.document.understanding.decision import prior
from reader.document.understanding.evidence import gather
from reader.document.understanding.guard import keep_article_text
from reader.document.understanding.structure import build

LEAD = "The regional government declared a state of emergency after three days of heavy rain over the city."
BODY = "Thousands of residents moved to schools and mosques while volunteers handed out food and blankets."
ROLES = list(Role)


def guarded(lines: list[str], labels: list[str]) -> list[tuple[str, str | None]]:
    """The guard's verdict on a decision, where the decision's runner-up is always a paragraph."""
    evidence = gather(lines, language="en")

    def marginal(name: str, position: int) -> float:
        return 0.9 if name == Role.PARAGRAPH.value else 0.01

    return keep_article_text(evidence, labels, ROLES, marginal, prior())


# --- the guard -----------------------------------------------------------------------------


def test_a_sentence_called_clutter_only_by_its_neighbours_is_kept_with_the_reason() -> None:
    (_, (role, reason), _) = guarded([LEAD, BODY, LEAD], ["paragraph", "promo", "paragraph"])
    assert role == "paragraph"
    assert reason is not None and "only the lines around it suggested promo" in reason


def test_links_under_a_known_header_stay_related_and_a_lone_unknown_run_at_the_top_does_not() -> None:
    lines = [LEAD, "Read more", "Storm season starts early this year", "Rivers rise across the north", BODY]
    assert [role for role, _ in guarded(lines, ["paragraph", "related", "related", "related", "paragraph"])][1:4] == [
        "related"
    ] * 3
    top = ["Floods in the valley", "Maria Santos", LEAD]
    assert [role for role, _ in guarded(top, ["related", "related", "paragraph"])][:2] == ["paragraph", "paragraph"]


def test_a_web_address_does_not_make_a_sentence_a_prompt_but_a_known_phrase_makes_a_line_one() -> None:
    lines = [
        LEAD,
        "Details are published at https://example.org/report for anyone to read in full.",
        "Share this article",
    ]
    assert [role for role, _ in guarded(lines, ["paragraph", "promo", "promo"])] == ["paragraph", "paragraph", "promo"]


def test_a_byline_below_the_lead_needs_its_own_evidence() -> None:
    lines = [LEAD, "Key facts", BODY, "By Maria Santos"]
    roles = [role for role, _ in guarded(lines, ["paragraph", "byline", "paragraph", "byline"])]
    assert roles == ["paragraph", "paragraph", "paragraph", "byline"]


# --- structure -----------------------------------------------------------------------------


def structured(rows: list[tuple[str, Role]], signs: frozenset[int] = frozenset()) -> list[Role]:
    """The roles after structure's repairs, for lines with decided roles."""
    lines = [Line(number, text, role, "decided") for number, (text, role) in enumerate(rows, start=1)]
    return [line.role for line in build(lines, {}, signs).lines]


def test_a_paste_opens_with_headline_byline_and_lead_not_with_a_caption() -> None:
    rows = [
        ("Floods in the valley", Role.CAPTION_TITLE),
        ("Maria Santos", Role.HEADING),
        (LEAD, Role.CAPTION_TEXT),
        (BODY, Role.PARAGRAPH),
    ]
    assert structured(rows) == [Role.HEADING, Role.BYLINE, Role.PARAGRAPH, Role.PARAGRAPH]


def test_a_caption_with_a_photo_sign_of_its_own_may_open_a_paste() -> None:
    rows = [(LEAD + " Photograph: Jes Aznar/Getty Images", Role.CAPTION_TEXT), (BODY, Role.PARAGRAPH)]
    assert structured(rows, frozenset({1}))[0] is Role.CAPTION_TEXT


def test_hard_wrapped_lines_are_body_text() -> None:
    rows = [
        (LEAD, Role.PARAGRAPH),
        ("Heavy rain that fell through the night caused the river to burst its", Role.HEADING),
        ("banks early on Saturday, forcing families to leave.", Role.CAPTION_TEXT),
    ]
    assert structured(rows) == [Role.PARAGRAPH] * 3


def test_outside_a_gallery_an_uncredited_caption_is_body_and_inside_one_it_is_a_photo() -> None:
    outside = [
        (LEAD, Role.PARAGRAPH),
        ("Boats", Role.CAPTION_TITLE),
        ("Residents use boats to carry their belongings.", Role.CAPTION_TEXT),
        ("Photo: Reuters", Role.CREDIT),
        ("Back to the news", Role.CAPTION_TITLE),
        (BODY, Role.CAPTION_TEXT),
    ]
    assert structured(outside)[4:] == [Role.HEADING, Role.PARAGRAPH]
    inside = [(LEAD, Role.PARAGRAPH), ("The floods in pictures", Role.GALLERY_HEADING), *outside[1:]]
    assert structured(inside)[5:] == [Role.CAPTION_TITLE, Role.CAPTION_TEXT]


def test_a_gallery_heading_without_photos_is_a_subheading() -> None:
    rows = [(LEAD, Role.PARAGRAPH), ("What happens next", Role.GALLERY_HEADING), (BODY, Role.GALLERY_INTRO)]
    assert structured(rows) == [Role.PARAGRAPH, Role.HEADING, Role.PARAGRAPH]
