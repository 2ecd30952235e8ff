"""Language data files are checked on load: a malformed entry is one message naming the file and the entry."""

from __future__ import annotations

import pytest

from reader.document.understanding.vocabulary import VocabularyError, _language_table, all_rules


def test_every_shipped_language_file_loads() -> None:
    tables = all_rules()
    assert {"common", "en", "id", "de"} <= set(tables)
    assert "Sign up" not in tables["en"].get("ad")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[xx]\npromo = "Share"\n', "languages/xx.toml: entry 'promo' must be a list of non-empty strings"),
        ("[xx]\npromo = [1, 2]\n", "languages/xx.toml: entry 'promo' must be a list of non-empty strings"),
        ('[xx]\nbanner = ["Share"]\n', "languages/xx.toml: unknown entry 'banner'"),
        ('[yy]\npromo = ["Share"]\n', "languages/xx.toml: must hold exactly one table, [xx]"),
        ("[xx\n", "languages/xx.toml: not valid TOML"),
    ],
)
def test_a_bad_entry_names_the_file_and_the_entry(text: str, message: str) -> None:
    with pytest.raises(VocabularyError) as raised:
        _language_table("languages/xx.toml", "xx", text)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)
