"""The quotes part of the command line: --quotes for scripts, --copy without the reader."""

from __future__ import annotations

import argparse
import json
import sys

from reader.citation import CitationStyle, cite_quote
from reader.clipboard import copy, terminal_writer
from reader.document.model import Article
from reader.settings import Store, config_dir

EXIT_NOT_COPIED = 1


def run_quotes(args: argparse.Namespace, article: Article) -> int:
    """List quotes, or copy one thing; confirmations go to stderr, data to stdout."""
    settings = Store().load_settings()
    style = CitationStyle(
        "markdown" if args.markdown_citation else settings.citation_style,
        settings.citation_source,
        settings.citation_date,
    )
    if args.quotes:
        _list_quotes(article, style, as_json=args.json)
        return 0
    return _copy(article, args.copy, style, args.clipboard or settings.clipboard)


def _list_quotes(article: Article, style: CitationStyle, *, as_json: bool) -> None:
    if as_json:
        quotes = [
            {
                "number": number,
                "text": quote.text,
                "speaker": quote.speaker,
                "speaker_role": quote.speaker_role,
                "fragment": quote.fragment,
                "line": quote.line,
                "citation": cite_quote(article, quote, style),
            }
            for number, quote in enumerate(article.quotes, start=1)
        ]
        json.dump(
            {"source": article.title or article.source, "quotes": quotes}, sys.stdout, ensure_ascii=False, indent=1
        )
        sys.stdout.write("\n")
        return
    if not article.quotes:
        print("No quotes found.")
    for number, quote in enumerate(article.quotes, start=1):
        print(f"{number}. {cite_quote(article, quote, style)}")


def _copy(article: Article, what: str, style: CitationStyle, backend: str) -> int:
    """Copy ``quote:N``, ``article`` or ``markdown`` and report which backend took it."""
    from reader.document.export import to_markdown, to_text

    if what.startswith("quote:"):
        number = what.split(":", 1)[1]
        if not number.isdigit() or not 1 <= int(number) <= len(article.quotes):
            print(f"reader: there is no quote {number} (this article has {len(article.quotes)})", file=sys.stderr)
            return 2
        quote = article.quotes[int(number) - 1]
        text = cite_quote(article, quote, style)
        description = f"quote {number} of {len(article.quotes)}" + (f", {quote.speaker}" if quote.speaker else "")
    elif what == "article":
        text, description = to_text(article), "the article"
    elif what == "markdown":
        text, description = to_markdown(article), "the article as Markdown"
    else:
        print(f"reader: --copy takes quote:N, article or markdown, not {what!r}", file=sys.stderr)
        return 2
    result = copy(text, backend=backend, send_to_terminal=terminal_writer(), folder=config_dir())
    print(result.describe(description), file=sys.stderr)
    return 0 if result.ok else EXIT_NOT_COPIED
