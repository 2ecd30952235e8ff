"""Properties that hold for any text: one role per line, never an exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document.export import to_json, to_markdown, to_text
from reader.document.input.loading import load_text
from reader.document.understanding.parse import parse_lines

PIECES = st.sampled_from(
    [
        "Iklan",
        "01:03",
        "Foto: Reuters/A. Ismail",
        "Luluh lantak",
        "Apa yang tersisa?",
        "Baca juga: Judul",
        '"Kami siap," kata Ahmed Sweid.',
        "«Nous partons», a déclaré Paul.",
        "",
        "   ",
        "1 of 10",
        "Sebuah paragraf panjang yang berakhir dengan titik.",
        "[bold]x[/]",
        "„Zitat“",
        "©",
        ":",
        "\t",
    ]
)
LINES = st.lists(st.one_of(PIECES, st.text(max_size=80)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_every_line_gets_exactly_one_role_and_nothing_raises(lines: list[str]) -> None:
    text = "\n".join(lines).encode("utf-8", "surrogatepass")
    try:
        loaded = load_text(text)
    except Exception as error:  # only the documented refusal is allowed
        assert type(error).__name__ == "LoadError"
        return
    article = parse_lines(loaded.lines)
    assert [line.number for line in article.lines] == list(range(1, len(loaded.lines) + 1))
    assert all(line.role is not None for line in article.lines)
    for caption in article.captions:
        assert article.line(caption.text_line).role.is_caption
    to_json(article)
    to_text(article)
    to_markdown(article)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_load_or_are_refused_cleanly(data: bytes) -> None:
    try:
        loaded = load_text(data)
    except Exception as error:
        assert type(error).__name__ == "LoadError"
        return
    for line in loaded.lines:
        assert not any(ord(char) < 32 and char != "\t" for char in line)
        assert "\x1b" not in line and "\x9b" not in line


QUOTE_PIECES = st.sampled_from(
    [
        "«",
        "»",
        "“",
        "”",
        "„",
        '"',
        "‘",
        "’",
        "—",
        " —dijo ella— ",
        "—relató—",
        ", a-t-il raconté",
        ", said Ann Lee",
        "kata dia",
        "\n",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.one_of(QUOTE_PIECES, st.text(max_size=30)), max_size=40),
    st.sampled_from(["en", "es", "fr", "id", "und"]),
)
def test_quote_finding_never_raises_and_quotes_lie_inside_their_line(pieces: list[str], language: str) -> None:
    from reader.document.understanding.quotes import extract_quotes

    lines = list(enumerate("".join(pieces).split("\n"), start=1))
    for quote in extract_quotes(lines, language):
        text = lines[quote.line - 1][1]
        assert 0 <= quote.start < quote.end <= len(text)
