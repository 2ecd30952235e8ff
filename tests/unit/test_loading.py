"""Loading: encodings, line breaks, sanitising, size limits and refusals."""

from __future__ import annotations

import codecs

import pytest

from reader.document.input.loading import LoadError, load_text, read_source, sanitise, split_lines


def test_utf8_with_bom_and_crlf_counts_lines_like_the_source() -> None:
    loaded = load_text(codecs.BOM_UTF8 + b"Judul\r\n\r\nParagraf pertama.\r\nIklan\r\n")
    assert loaded.lines == ("Judul", "", "Paragraf pertama.", "Iklan")
    assert not loaded.lines[0].startswith("\ufeff")


def test_utf16_with_bom_is_decoded() -> None:
    text = "Grüße aus Köln\n„Zitat“ sagte sie.\n"
    for encoding in ("utf-16", "utf-16-be"):
        data = text.encode(encoding) if encoding == "utf-16" else codecs.BOM_UTF16_BE + text.encode(encoding)
        assert load_text(data).lines == ("Grüße aus Köln", "„Zitat“ sagte sie.")


def test_windows_1252_text_is_decoded_correctly() -> None:
    text = "Le café coûte 3 € – « très cher », dit-il.\nÜber Straße und Brücke.\n"
    assert load_text(text.encode("cp1252")).lines == tuple(text.splitlines())


def test_cyrillic_legacy_encoding_is_decoded() -> None:
    text = "Весна пришла в Сибирь раньше обычного, сказал он.\n"
    assert load_text(text.encode("cp1251")).lines == (text.strip(),)


def test_lone_cr_file_uses_cr_as_the_line_break() -> None:
    assert split_lines("one\rtwo\rthree") == ["one", "two", "three"]


def test_other_separators_inside_a_line_become_spaces() -> None:
    assert split_lines("a\u2028b\nc\rd\ne\x85f\n") == ["a b", "c d", "e f"]


def test_escape_sequences_are_removed_whole() -> None:
    nasty = (
        "Start\x1b[31m red\x1b[0m"  # CSI colours
        "\x1b]0;owned title\x07"  # OSC title, BEL-terminated
        "\x1b]52;c;ZXZpbA==\x1b\\"  # OSC 52 clipboard write, ST-terminated
        "\x1bP1$qm\x1b\\"  # DCS
        "\x1b_Gf=100;AAAA\x1b\\"  # APC (kitty graphics)
        "\x9b2J"  # 8-bit CSI
        " end"
    )
    clean, removed = sanitise(nasty)
    assert clean == "Start red end"
    assert removed == len(nasty) - len(clean)


def test_unterminated_osc_stops_at_the_end_of_its_line() -> None:
    loaded = load_text(b"one \x1b]0;never closed\ntwo\n")
    assert loaded.lines == ("one ", "two")


def test_controls_and_nul_bytes_are_removed_but_tabs_and_scripts_stay() -> None:
    text = "Tab\there\x00 bell\x07 del\x7f: 北京 Москва القاهرة नमस्ते ☕"
    clean, _ = sanitise(text)
    assert clean == "Tab\there bell del: 北京 Москва القاهرة नमस्ते ☕"


def test_binary_input_is_refused_with_a_reason() -> None:
    with pytest.raises(LoadError, match="binary"):
        load_text(bytes(range(256)) * 40, "photo.bin")
    with pytest.raises(LoadError, match="PNG image"):
        load_text(b"\x89PNG\r\n\x1a\n" + bytes(100), "photo.png")


def test_text_with_an_occasional_nul_byte_is_still_text() -> None:
    assert load_text(b"Hello\x00 world, this is an ordinary line of text.\n").lines == (
        "Hello world, this is an ordinary line of text.",
    )


def test_empty_and_whitespace_only_input_is_an_empty_article_not_an_error() -> None:
    assert load_text(b"").lines == ()
    assert all(not line.strip() for line in load_text(b"  \n\t\n \n").lines)


def test_input_above_the_size_limit_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(LoadError) as error:
        read_source(str(big), max_bytes=1024)
    assert "big.txt" in str(error.value) and "limit" in str(error.value)


def test_a_missing_file_and_a_folder_are_named_in_the_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LoadError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"))
    with pytest.raises(LoadError, match="folder"):
        read_source(str(tmp_path))


def test_a_multi_megabyte_single_line_loads() -> None:
    line = "kata " * 1_000_000
    assert load_text(line.encode()).lines == (line,)
