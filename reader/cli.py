"""Command line: dumps for scripts and screen readers, and the interactive reader."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader import __version__
from reader.document.input.loading import DEFAULT_MAX_BYTES, LoadError, max_bytes_from_env

if TYPE_CHECKING:
    from reader.document.input.loading import LoadedText
    from reader.ui.app import ReaderApp

EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to generate the README's usage)."""
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read, listen to and quote news articles pasted as plain text.",
        epilog="With no FILE the bundled sample article opens. Use - to read standard input.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="article file (plain text), or - for stdin")
    parser.add_argument(
        "--dump",
        choices=("json", "text", "markdown"),
        help="print the article (json: every line classified; text: clean linear text) and exit",
    )
    parser.add_argument("--no-clean", action="store_true", help="keep clutter (ads, video leftovers) in the output")
    parser.add_argument("--language", metavar="CODE", help="set the article language instead of detecting it")
    parser.add_argument(
        "--max-size",
        type=int,
        metavar="BYTES",
        default=None,
        help=f"refuse inputs larger than this (default {DEFAULT_MAX_BYTES} bytes, or $READER_MAX_BYTES)",
    )
    quoting = parser.add_argument_group("quotes and copying")
    quoting.add_argument("--quotes", action="store_true", help="list the quotes with their speakers and exit")
    quoting.add_argument("--json", action="store_true", help="with --quotes: print JSON")
    quoting.add_argument(
        "--copy",
        metavar="WHAT",
        help="copy without the reader: quote:N (from 1, article order), article, markdown",
    )
    quoting.add_argument(
        "--clipboard", choices=("auto", "system", "terminal", "file"), help="where --copy puts the text (default auto)"
    )
    quoting.add_argument("--markdown-citation", action="store_true", help="cite quotes as a Markdown blockquote")
    parser.add_argument(
        "--text-size", type=int, choices=range(1, 5), metavar="N", help="start at text size N (1 normal to 4 largest)"
    )
    speech = parser.add_argument_group("speech")
    speech.add_argument("--speak", action="store_true", help="read the article aloud without the interactive reader")
    speech.add_argument("--export-audio", metavar="OUT.wav", help="write the clean article as speech to a WAV file")
    speech.add_argument("--per-section", action="store_true", help="with --export-audio: one file per section")
    speech.add_argument("--list-voices", action="store_true", help="list the speech voices and exit")
    speech.add_argument("--lang", metavar="CODE", help="with --list-voices: only voices of this language")
    speech.add_argument("--voice", metavar="NAME", help="speak with this voice (id or name, see --list-voices)")
    speech.add_argument("--rate", type=int, metavar="WPM", help="speech rate in words per minute (default 175)")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("--structure", action="store_true", help=argparse.SUPPRESS)  # internal: background parse
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except LoadError as error:
        print(f"reader: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except MemoryError:
        print("reader: not enough memory to open this input (try a smaller file or --max-size)", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # never a traceback on the user's screen: one line, details in a log
        log = _log_error(error)
        where = f"; details in {log}" if log else ""
        print(f"reader: unexpected error ({type(error).__name__}: {error}){where}", file=sys.stderr)
        return 70


def _log_error(error: Exception) -> str | None:
    """Write the traceback of an unexpected error to the config folder's log, for a bug report."""
    import traceback

    from reader.settings import config_dir

    try:
        path = config_dir() / "error.log"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write("".join(traceback.format_exception(error)) + "\n")
    except OSError:
        return None
    return str(path)


def _run(args: argparse.Namespace) -> int:
    """Open the article and do what the arguments ask."""
    from reader.document.source import default_sample, load_input, open_article

    if args.list_voices or args.speak or args.export_audio:
        from reader.speech.cli import run_speech

        return run_speech(args)
    path = args.file or str(default_sample())
    max_bytes = args.max_size if args.max_size and args.max_size > 0 else max_bytes_from_env()
    dump = args.dump
    if args.quotes or args.copy:
        from reader.quoting_cli import run_quotes

        return run_quotes(args, open_article(path, max_bytes=max_bytes, language=args.language))
    if dump is None and not sys.stdout.isatty():
        dump = "text"
    if args.structure:
        from reader.document.export import to_structure

        json.dump(to_structure(open_article(path, max_bytes=max_bytes, language=args.language)), sys.stdout)
        return 0
    if dump is not None:
        article = open_article(path, max_bytes=max_bytes, language=args.language)
        _print_dump(article, dump, clean=not args.no_clean)
        return 0
    notices: list[str] = []
    loaded = load_input(path, max_bytes=max_bytes, offline_notice=notices)
    if path == "-" and not _keyboard_from_terminal():
        print(
            "reader: standard input was the article, and no terminal is left for keys; use --dump text", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    app = build_app(args, loaded, path)
    app.startup_notices = notices
    app.run()
    return app.return_code or 0


def _keyboard_from_terminal() -> bool:
    """After reading the article from a pipe, take keys from the controlling terminal."""
    import os

    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    os.dup2(terminal, 0)
    os.close(terminal)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - lives as long as the program
    return True


def build_app(args: argparse.Namespace, loaded: LoadedText, path: str) -> ReaderApp:
    """The interactive reader for parsed arguments (used by the CLI and the tests)."""
    from pathlib import Path

    from reader.ui.app import ReaderApp

    source = loaded.metadata.get("site") or ("standard input" if path == "-" else Path(path).name)
    return ReaderApp(
        loaded, source=source, clean=False if args.no_clean else None, language=args.language, text_size=args.text_size
    )


def _print_dump(article: object, kind: str, *, clean: bool) -> None:
    """Write one dump of the article to standard output."""
    from reader.document.export import to_json, to_markdown, to_text
    from reader.document.model import Article

    assert isinstance(article, Article)
    if kind == "json":
        json.dump(to_json(article), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif kind == "markdown":
        sys.stdout.write(to_markdown(article, clean=clean))
    else:
        sys.stdout.write(to_text(article, clean=clean))
