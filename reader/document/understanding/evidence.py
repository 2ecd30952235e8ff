"""Evidence per line: shape, punctuation, length, position, repetition and vocabulary hits, each with its detail.

Every function here looks at one line (or its place in the paste) and says what it sees as
``Fact``s. Nothing here decides a role: the decision (``decision.py``) weighs the facts of a
line and of its neighbours together.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reader.document.model import Role
from reader.document.understanding import vocabulary as rules
from reader.document.understanding.lexicon import Lexicon, lexicon
from reader.document.understanding.text import OPENERS, Shape, shape

MEASURED_CHARS = 2000
"""Only this much of a line's start and end is measured, so a huge line costs no more than a long one."""

MAX_CREDIT_WORDS = 16
"""The credit after a prefix such as ``Foto:`` is a list of names, never a long sentence."""

_WORD_BINS = ((1, "1"), (3, "2-3"), (7, "4-7"), (14, "8-14"), (30, "15-30"), (60, "31-60"))


class Fact(NamedTuple):
    """One observation about a line: a stable name (a decision feature) and what was seen."""

    name: str
    detail: str


@dataclass(frozen=True, slots=True)
class LineEvidence:
    """What is known about one non-blank line before any decision."""

    index: int  # 0-based source line
    text: str
    shape: Shape
    facts: tuple[Fact, ...]
    inline_credit: str | None = None  # a credit written at the end of the line, when there is one
    hint: Role | None = None  # the role the markup gave the line (HTML, Markdown)

    def has(self, name: str) -> bool:
        """Whether a fact of this name was seen."""
        return any(fact.name == name for fact in self.facts)


def gather(
    raw_lines: Sequence[str], hints: Mapping[int, Role] | None = None, language: str = "und"
) -> tuple[LineEvidence, ...]:
    """Evidence for every non-blank line of a paste, in order."""
    from reader.document.understanding.span import article_span

    words = lexicon()
    texts = [(index, _measured(text.strip())) for index, text in enumerate(raw_lines)]
    content = [(index, text) for index, text in texts if text]
    counts = Counter(rules.normalise(text) for _, text in content if len(text) >= 12)
    blank = {index for index, text in texts if not text}
    last = len(content) - 1
    evidence: list[LineEvidence] = []
    for position, (index, text) in enumerate(content):
        measured = shape(text)
        facts = [*shape_facts(measured), *vocabulary_facts(text, measured, words)]
        facts += position_facts(position, last, index - 1 in blank, index + 1 in blank)
        if counts.get(rules.normalise(text), 0) > 1:
            facts.append(Fact("repeated", "the same text appears elsewhere in the paste"))
        credit = inline_credit(text, measured, words)
        if credit is not None:
            facts.append(Fact("credit:inline", f"a photo credit at the end of the line '{credit}'"))
        hint = hints.get(index) if hints else None
        evidence.append(LineEvidence(index, text, measured, tuple(facts), credit, hint))
    return article_span(evidence, language)


def _measured(text: str) -> str:
    """The line itself, or its start and end when it is huge."""
    if len(text) <= 2 * MEASURED_CHARS:
        return text
    return f"{text[:MEASURED_CHARS]} … {text[-MEASURED_CHARS:]}"


def shape_facts(measured: Shape) -> list[Fact]:
    """Length, punctuation and letter case of a line."""
    words = measured.words
    facts = [Fact(f"words:{_word_bin(words)}", f"{words} word{'s' if words != 1 else ''}")]
    text = measured.text
    if measured.ends_question:
        facts.append(Fact("ends:question", "ends with a question mark"))
    elif measured.ends_sentence:
        facts.append(Fact("ends:sentence", "ends like a sentence"))
    elif measured.ends_colon:
        facts.append(Fact("ends:colon", "ends with a colon"))
    elif text.endswith((",", ";", "،", "，", "、")):
        facts.append(Fact("ends:comma", "ends with a comma"))
    else:
        facts.append(Fact("ends:open", "no closing punctuation"))
    if _SENTENCE_BREAK.search(text):
        facts.append(Fact("sentences:several", "more than one sentence"))
    facts += _case_facts(text, measured)
    facts += _mark_facts(text, measured)
    return facts


_SENTENCE_BREAK = re.compile(r"[.!?…。！？؟।][\"'”’»)\]]*\s+[\"'“‘«(]?[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω\u0600-\u06ff\u0900-\u097f]")


def _word_bin(words: int) -> str:
    """The length class of a line by its words."""
    for limit, name in _WORD_BINS:
        if words <= limit:
            return name
    return "61+"


def _case_facts(text: str, measured: Shape) -> list[Fact]:
    """Upper and lower case: all capitals, title case, a lowercase start."""
    facts: list[Fact] = []
    if text.isupper() and sum(map(str.isupper, text)) >= 2:
        facts.append(Fact("case:upper", "all capitals"))
    initials = "".join(_WORD_INITIAL.findall(text))
    upper = sum(map(str.isupper, initials))
    cased = upper + sum(map(str.islower, initials))
    if cased >= 3 and upper * 10 >= cased * 7:
        facts.append(Fact("case:title", "most words capitalised"))
    if measured.starts_lower:
        facts.append(Fact("starts:lower", "starts with a lowercase letter"))
    return facts


_WORD_INITIAL = re.compile(r"(?<!\S)[^\W\d_]")
"""The first letter of each word that starts with a letter."""

_DURATION_INSIDE = re.compile(
    r"(?<![\d:])(?:\d{1,2}:)?\d{1,2}:\d{2}(?![\d:])|\b\d{1,3}\s*(?:min|mins|minutes?|Min\.?|Minuten|menit|minit|minutos|мин)\b"
    r"|[۰-۹]{1,2}:[۰-۹]{2}",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://|www\.|(?<=\w)\.(?:com|net|org|co|id|ph|my)\b", re.IGNORECASE)
_HANDLE = re.compile(r"(?<!\w)@\w{2,}")
_TRAIL_MARKS = re.compile(r"\s[›»>→]\s")
BREADCRUMB_WORDS = 12
"""A breadcrumb names a few pages: ``Home › News › Halifax``."""
_LINK_SEPARATORS = re.compile(r"\s[·|•]\s")


def _mark_facts(text: str, measured: Shape) -> list[Fact]:
    """Quote marks, digits, durations, brackets, links and separators."""
    facts: list[Fact] = []
    first = text[:1]
    if first in OPENERS and first not in "([":
        facts.append(Fact("starts:quote", "starts with a quotation mark"))
    elif first in "([":
        facts.append(Fact("starts:bracket", "starts with a bracket"))
    elif first.isdigit():
        facts.append(Fact("starts:digit", "starts with a number"))
    if any(mark in text for mark in '“”„«»「」"') and measured.words >= 4:
        facts.append(Fact("has:quotes", "contains quotation marks"))
    if measured.is_duration:
        facts.append(Fact("duration", f"a media duration '{text}'"))
    elif measured.words <= 12 and (match := _DURATION_INSIDE.search(text)):
        facts.append(Fact("duration:inside", f"a duration or clock time '{match.group()}'"))
    if measured.is_bullet:
        facts.append(Fact("starts:bullet", "starts like a list item"))
    if measured.dateline:
        facts.append(Fact("digits", "mostly numbers (a date or time)"))
    if measured.words <= 20 and _URL.search(text):
        facts.append(Fact("has:link", "a web address"))
    if "@" in text and _HANDLE.search(text):
        facts.append(Fact("has:handle", "a social-media handle"))
    if measured.words <= BREADCRUMB_WORDS and len(_TRAIL_MARKS.findall(text)) >= 2:
        facts.append(Fact("breadcrumb", "a trail of page names separated by '›' or '>'"))
    if _LINK_SEPARATORS.search(text) and measured.words <= 20:
        facts.append(Fact("has:separators", "items separated by '·' or '|'"))
    if text.endswith((")", "]")) and measured.words >= 3:
        facts.append(Fact("ends:bracket", "ends with a bracketed note"))
    return facts


def position_facts(position: int, last: int, blank_before: bool, blank_after: bool) -> list[Fact]:
    """Where the line stands: first (a headline's place), set apart by blank lines.

    Nearness to the end is not evidence: a paste ends wherever the user stopped selecting.
    """
    facts: list[Fact] = []
    if position == 0 and last > 0:
        facts.append(Fact("pos:first", "the first line"))
    if blank_before:
        facts.append(Fact("blank:before", "a blank line above"))
    if blank_after:
        facts.append(Fact("blank:after", "a blank line below"))
    return facts


def vocabulary_facts(text: str, measured: Shape, words: Lexicon) -> list[Fact]:
    """Hits in the per-language vocabulary: ad labels, prompts, read-also, video, credits, bylines, furniture."""
    facts: list[Fact] = []
    if words.may_hold_phrase(text, _without_count(text)):
        for kind in _PHRASE_KINDS:
            facts += _phrase_facts(kind, text, words)
    else:
        facts += _byline_before_a_name(text, words)
    facts += credit_facts(text, measured, words)
    if (marked := _VIDEO_MARK.search(text)) and words.tables["video"].whole(marked["mark"] or marked["tail"]):
        facts.append(Fact("video:suffix", f"ends with the video mark '{(marked['mark'] or marked['tail']).strip()}'"))
    facts += media_facts(text, measured, words)
    if measured.words <= RELATIVE_TIME_WORDS and _DIGIT.search(text) and (ago := words.ago.search(text)):
        facts.append(Fact("time:relative", f"a relative time, as comments and feeds write it ('{ago.group()}')"))
    if measured.words <= GALLERY_WORDS and (gallery := words.gallery.search(text)):
        facts.append(Fact("gallery:word", f"names a photo gallery '{gallery.group()}'"))
    if (counter := words.counter.match(text)) and 0 < int(counter["n"]) <= int(counter["total"]) <= 999:
        facts.append(Fact("counter", f"a photo counter '{text}'"))
    if measured.words > 4 and (verb := words.verb_in(text)):
        facts.append(Fact("verb:attribution", f"an attribution verb '{verb}'"))
    if measured.words <= 40 and (channel := words.channels.search(text)) and channel.group() != text:
        facts.append(Fact("mentions:channel", f"names a channel or app '{channel.group()}'"))
    if measured.words <= 40 and (legal := words.legal.search(text)) and legal.group() != text:
        facts.append(Fact("mentions:legal", f"speaks of legal terms '{legal.group()}'"))
    if measured.words <= 40 and (letter := words.newsletter.search(text)):
        facts.append(Fact("mentions:newsletter", f"speaks of a newsletter '{letter.group()}'"))
    if words.trailer.match(text):
        facts.append(Fact("byline:trailer", "a reporting and editing trailer"))
    facts += address_facts(text, facts, words)
    return facts


def address_facts(text: str, facts: Sequence[Fact], words: Lexicon) -> list[Fact]:
    """A line that speaks to the reader and names a channel or a newsletter: a prompt, even written as a sentence.

    ``Get the week's top stories in your inbox``, ``Подпишитесь на наш телеграм-канал``. The
    reader is addressed outside quotation marks, and no one is quoted: ``“You can't,” he
    wrote on Facebook`` is article text.
    """
    named = next((fact for fact in facts if fact.name in _PROMPT_MENTIONS), None)
    if named is None or any(fact.name == "verb:attribution" for fact in facts):
        return []
    unquoted = _QUOTED.sub(" ", text)
    # a capital opening a sentence says nothing: "Sie ist auf Instagram" is "she"
    spoken = words.address_cased.search(_SENTENCE_OPENING.sub(" ", unquoted)) or words.address.search(unquoted)
    if spoken is None:
        return []
    return [Fact("address:prompt", f"speaks to the reader ('{spoken.group()}') and {named.detail}")]


_SENTENCE_OPENING = re.compile(r"(?:^|(?<=[.!?…]\s))\s*\w+")
_PROMPT_MENTIONS = frozenset({"mentions:channel", "mentions:newsletter"})
_QUOTED = re.compile(r"[\"“„«»‘][^\"“”„«»‘’]*[\"”“»«’]")


def media_facts(text: str, measured: Shape, words: Lexicon) -> list[Fact]:
    """A player's leftovers named by their medium: ``Video 01:48``, ``[Gambas:Video Nusantara Kini]``."""
    if measured.words > MEDIA_WORDS or (named := words.media.search(text)) is None:
        return []
    medium = named.group()
    if text[:1] in "[(" and text[-1:] in "])" and measured.words <= MEDIA_WORDS:
        return [Fact("video:embed", f"a bracketed embed naming '{medium}'")]
    if (timed := _DURATION_INSIDE.search(text)) and measured.words <= MEDIA_TIMED_WORDS:
        return [Fact("video:timed", f"names '{medium}' with a duration '{timed.group()}'")]
    return []


GALLERY_WORDS = 14
"""A line naming a photo gallery is a heading or a label: ``Photo gallery``, ``In pictures: the flood``."""

RELATIVE_TIME_WORDS = 7
"""A comment's or a feed's timestamp line is short: ``harbourwalker · 2 hours ago``."""

_DIGIT = re.compile(r"\d")

MEDIA_WORDS = 8
"""A bracketed embed placeholder is short: ``[Embed: Video Title]``."""

MEDIA_TIMED_WORDS = 4
"""A medium and its duration with little else: ``Video 01:48``, ``Audio, 2 min``."""

_PHRASE_KINDS = ("ad", "related", "promo", "video", "byline", "boilerplate", "comments", "lists", "navigation")

_KIND_NOUN = {
    "ad": "ad label",
    "related": "read-also phrase",
    "promo": "page prompt",
    "video": "video-player phrase",
    "byline": "byline word",
    "boilerplate": "legal or consent phrase",
    "comments": "comment-thread phrase",
    "lists": "list header",
    "navigation": "menu word",
}


def _phrase_facts(kind: str, text: str, words: Lexicon) -> list[Fact]:
    """A phrase of one kind that is the whole line, or that starts it."""
    phrases = words.tables[kind]
    bare = _without_count(text) if kind in ("comments", "lists") else text
    if found := phrases.whole(bare):
        return [Fact(f"{kind}:whole", f"{_KIND_NOUN[kind]} '{_as_written(bare, found.phrase)}'")]
    found = phrases.prefix(text, spaced=True)
    if found is None:
        return _byline_before_a_name(text, words) if kind == "byline" else []
    rest = shape(found.rest)
    size = "short" if rest.words <= 12 else "long"
    return [Fact(f"{kind}:prefix:{size}", f"starts with the {_KIND_NOUN[kind]} '{_as_written(text, found.phrase)}'")]


_VIDEO_MARK = re.compile(r"(?:[(\[]\s*(?P<mark>[^()\[\]]{1,24}?)\s*[)\]]|\s[|–—-]\s*(?P<tail>\S+))\s*$")
"""A mark at the end of a title: ``… (video)``, ``… [VIDEO]``, ``… | Video``."""

_NAME_JOINERS = frozenset("|·,&/-–—")


def _byline_before_a_name(text: str, words: Lexicon) -> list[Fact]:
    """``Oleh Nirmala``, ``Penulis Nirmala | Editor Ambar``, ``By Priya Raman · Published …``.

    A byline word, then a capitalised name of up to four words; after a separator (``|``,
    ``·``, a comma) anything may follow: a date, an editor, a place.
    """
    parts = text.split()
    if len(parts) < 2 or not words.tables["byline"].whole(parts[0]):
        return []
    name: list[str] = []
    for part in parts[1:]:
        if part in _NAME_JOINERS:
            break
        name.append(part)
        if part.endswith(","):
            break
    if not 1 <= len(name) <= BYLINE_NAME_WORDS or not all(part[:1].isupper() for part in name):
        return []
    return [Fact("byline:prefix:short", f"the byline word '{parts[0]}' before a name")]


BYLINE_NAME_WORDS = 4
"""A name after a byline word has at most this many words."""


def _as_written(text: str, phrase: str) -> str:
    """The phrase as the line writes it ("ADVERTISEMENT", not the vocabulary's "Advertisement")."""
    own = text.strip()[: len(phrase)]
    return own if own.casefold() == phrase.casefold() else phrase


def _without_count(text: str) -> str:
    """The line without a trailing count: ``Comments (12)`` -> ``Comments``."""
    return _COUNT_SUFFIX.sub("", text) if text[-1:] in _COUNT_ENDS else text


_COUNT_ENDS = frozenset("0123456789)]")
_COUNT_SUFFIX = re.compile(r"\s*[(\[]?\d+[)\]]?\s*$")


def credit_facts(text: str, measured: Shape, words: Lexicon) -> list[Fact]:
    """Photo credits: ``Foto: …``, ``Photo by …``, ``© …``, agency lines; caption prefixes."""
    facts: list[Fact] = []
    if found := words.caption.prefix(text):
        facts.append(Fact("caption:prefix", f"starts with the caption word '{found.phrase}'"))
    found = words.credit.prefix(text)
    if found and found.rest:
        rest = shape(found.rest)
        sentence = rest.ends_sentence and rest.words > 6
        if rest.words <= MAX_CREDIT_WORDS and not sentence:
            facts.append(Fact("credit:prefix", f"starts with the credit word '{found.phrase}'"))
        else:
            facts.append(Fact("credit:prefix:long", f"starts with '{found.phrase}' and goes on like text"))
    if _COPYRIGHT_NOTICE.match(text):
        facts.append(Fact("copyright:notice", "a copyright notice with its year"))
    elif text.startswith(("©", "(c)", "(C)")) and measured.words <= MAX_CREDIT_WORDS:
        facts.append(Fact("credit:copyright", "starts with a copyright sign"))
    if words.is_agency_line(text):
        facts.append(Fact("credit:agency", "names only photo agencies and people"))
    elif measured.words <= MAX_CREDIT_WORDS and not measured.ends_sentence and _credit_by(text, words):
        facts.append(Fact("credit:by", "a credit word and a name ('Photo by …')"))
    return facts


def _credit_by(text: str, words: Lexicon) -> bool:
    """``Photo by Jane Doe``: a credit word, "by" and a name."""
    return words.may_hold_credit(text, at_start=True) and words.credit_by.match(text) is not None


_COPYRIGHT_NOTICE = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:19|20)\d\d\b", re.IGNORECASE)
"""``© 2024 Warta Semenanjung``, ``Copyright © 2025 …``: a site's notice, not a photo's credit."""


def inline_credit(text: str, measured: Shape, words: Lexicon) -> str | None:
    """The credit written at the end of a caption line: ``People flee. Photograph: Jane Doe/AFP``."""
    if measured.words < 4 or len(text) > 1000:
        return None
    match = None
    reach = max(0, len(text) - words.inline_credit_reach)
    if words.may_hold_credit(text[reach:]):  # the credit word lies within reach of the end
        match = words.inline_credit.search(text, reach)
    if match is None and text.rstrip()[-1:] in ")]":
        match = words.trailing_agency.search(text, max(0, len(text) - words.trailing_agency_reach))
        match = match or _BRACKET_CREDIT.search(text)
    if not match or match.start() == 0:
        return None
    body = text[: match.start()].strip()
    credit = match.group("credit").strip()
    if shape(body).words < 3 or shape(credit).words > MAX_CREDIT_WORDS + 1:
        return None
    return credit + (")" if credit.count("(") > credit.count(")") else "")


_BRACKET_CREDIT = re.compile(r"\s[\[(](?P<credit>[^\[\]()]{2,60}/[^\[\]()/]{2,60})[\])]\s*$")
"""``… on Tuesday [Munir Ahmed/Al Manara]``: a name and an outlet in brackets at the end."""
