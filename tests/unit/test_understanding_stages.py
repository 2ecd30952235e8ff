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


def test_a_known_phrase_of_another_clutter_kind_keeps_the_line_hidden_under_its_own_kind() -> None:
    # the decision says "ad" for a share prompt: the prompt's own words say promo, so promo it is
    verdict = guarded([LEAD, "Share this article", BODY], ["paragraph", "ad", "paragraph"])
    assert verdict[1][0] == "promo"
    assert "Share this article" in (verdict[1][1] or "")


# --- evidence families ---------------------------------------------------------------------


def facts_of(line: str, language: str = "und") -> set[str]:
    """The names of the facts gathered for one line between two body paragraphs."""
    return {fact.name for fact in gather([LEAD, line, BODY], language=language)[1].facts}


def test_a_medium_named_with_a_duration_or_in_brackets_is_a_player_leftover_in_any_script() -> None:
    for line in ("Video 01:48", "Vidéo 2:03", "视频 03:15", "Audio 12 min", "Видео 1:04:27"):
        assert "video:timed" in facts_of(line), line
    for line in ("[Gambas:Video Nusantara Kini]", "(VIDEO)", "[Embed: Video Flood rescue]", "[فيديو]"):
        assert "video:embed" in facts_of(line), line


def test_a_medium_or_a_time_in_running_text_is_no_player_leftover() -> None:
    for line in (
        "The video, filmed at 01:48 on Sunday, shows the water rising over the embankment near the bridge.",
        "Videos of the rescue were shared widely",
        "(The ministry did not answer questions about the water level on Sunday morning.)",
        "At 10:30 the convoy left",
    ):
        assert not {"video:timed", "video:embed"} & facts_of(line), line


def test_a_trail_of_page_names_is_a_breadcrumb_and_a_quotation_with_a_chevron_is_not() -> None:
    assert "breadcrumb" in facts_of("Startseite › Region › Passau")
    assert "breadcrumb" in facts_of("Home > News > Halifax")
    assert "breadcrumb" not in facts_of("Home › News")
    long_line = "Rainfall » 40 mm in three hours, said the weather office, and more » is expected on Friday night."
    assert "breadcrumb" not in facts_of(long_line)


def test_phrases_are_found_as_whole_words_not_inside_other_words() -> None:
    # "ani pa" (an attribution phrase) must not be found inside "wanavyopambana"
    assert "verb:attribution" not in facts_of("Wakulima wa mwani Paje wanavyopambana na joto la bahari")
    assert "verb:attribution" in facts_of("Mvua itaendelea hadi Ijumaa, alisema msemaji wa mamlaka hiyo.")


def test_a_phrase_is_found_after_an_elided_article() -> None:
    # Italian "l'informativa sulla privacy": the phrase opens inside the word "l'informativa"
    line = "Iscrivendoti accetti l'informativa sulla privacy e i termini di servizio."
    assert "mentions:legal" in facts_of(line, "it")


def test_menus_above_the_headline_make_no_section_of_their_own() -> None:
    from reader.document.export import to_text
    from reader.document.understanding.parse import parse_text

    menu = "Home\nNews\nSport\nWeather\nSign in\n"
    article = parse_text(f"{menu}Floods close the coastal road\n{LEAD}\n{BODY}\nMore rain is due\n{BODY}\n")
    assert [section.title for section in article.sections] == ["Floods close the coastal road", "More rain is due"]
    assert article.sections[0].first_line == 1  # the menu lines still belong to a section: nothing is lost
    assert to_text(article).startswith("Section 1: Floods close the coastal road")


def test_a_relative_time_on_a_short_line_is_a_comment_stamp_in_several_languages() -> None:
    for line in ("harbourwalker · 2 hours ago", "pakcik_tumpat · 2 jam lalu", "hace 3 horas", "5 минут назад"):
        assert "time:relative" in facts_of(line), line
    assert "time:relative" not in facts_of("Two years ago the river rose")  # no number: a heading may say this
    assert "time:relative" not in facts_of(LEAD)


def test_a_site_copyright_notice_is_not_a_photo_credit() -> None:
    assert "copyright:notice" in facts_of("© 2024 Warta Semenanjung Sdn. Bhd. Hak cipta terpelihara.")
    assert "copyright:notice" in facts_of("Copyright © 2025 Harbour Herald. All rights reserved.")
    facts = facts_of("© Jane Doe/Reuters")
    assert "credit:copyright" in facts and "copyright:notice" not in facts


def test_a_sentence_that_speaks_to_the_reader_and_names_a_channel_is_a_prompt_in_several_languages() -> None:
    for line in (
        "Get the best stories of the week in your inbox with our free morning newsletter.",
        "Folgen Sie uns auf WhatsApp, damit Sie keine Nachricht aus der Region verpassen.",
        "Подпишитесь на наш телеграм-канал, чтобы первыми узнавать о главных новостях.",
        "Ikuti kabar terbaru dari kami di WhatsApp dan dapatkan berita pilihan setiap pagi.",
    ):
        assert "address:prompt" in facts_of(line), line
    lines = [LEAD, "Get the best stories of the week in your inbox with our free morning newsletter.", BODY]
    assert [role for role, _ in guarded(lines, ["paragraph", "promo", "paragraph"])][1] == "promo"


def test_a_quotation_or_a_report_that_names_a_channel_is_article_text() -> None:
    for line in (
        "“You cannot close the only school on the island,” she wrote on Facebook on Sunday.",
        "The mayor told residents on WhatsApp that the bridge would stay shut until Friday.",
        "Sie berichtete auf Instagram, dass die Straße seit dem Morgen gesperrt sei.",  # "Sie" here is "she"
        "Die Wirtin ist seit Jahren auf Instagram bekannt. Sie zeigt dort jeden Tag ihre Torten.",
    ):
        assert "address:prompt" not in facts_of(line), line
