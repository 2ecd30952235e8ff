"""Quotations and their speakers, in the quote-mark conventions and attribution verbs of many languages."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from reader.document.model import Quote
from reader.document.understanding import vocabulary as rules
from reader.document.understanding.speakers import (
    ARTICLE_CHARS,
    EDGE,
    NAME_PARTICLES,
    Definite,
    Gender,
    People,
    follows_linking,
    is_acronym,
    is_listed,
    is_name_word,
    particles_then_name,
    without_prefix,
)
from reader.document.understanding.text import SENTENCE_END, word_count
from reader.document.understanding.text import WIDE_CHARS as _WIDE

MAX_QUOTE_CHARS = 3000
"""A closing mark further than this from its opening mark is not looked for."""

MIN_ATTRIBUTED_WORDS = 3
"""Words that make a stretch substantial: a quote the attribution does not read through, a subject said before."""

MIN_QUOTE_WORDS = 4
"""A quotation with a speaker has at least this many words (LABELS.md); fewer is a scare quote or a saying."""

MIN_UNATTRIBUTED_WORDS = 6
"""A quote without a speaker must be a sentence of at least this many words."""

MIN_FRAGMENT_WORDS = 5
"""A quoted phrase inside the narrator's sentence is a quotation from this many words (LABELS.md)."""

MAX_SPEAKER_WORDS = 10

_ATTRIBUTION_REACH = 240
"""Attribution is looked for within this many characters of a quote."""

# Opening mark -> closing marks it pairs with. Straight quotes and ” close themselves.
_PAIRS: dict[str, str] = {
    "“": "”“",  # English “…”, and „…“ where the pair is reversed below
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "「": "」",
    "『": "』",
    '"': '"',
    "”": "”",
    "‘": "’",
    "‚": "‘’",
    "'": "'",
}
_SINGLE = frozenset("‘‚'")
_OPENERS = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_CLAUSE_END = re.compile(r"[,;:!?()\[\]\"“”„«»‹›「」『』—–]|\.(?=\s|$)|\s-\s|،|，|。|؟|۔|।|[።፣፤፥፦]")
_QUOTE_PUNCT = " \u00a0\u202f,，、"


@dataclass(frozen=True)
class _Span:
    """A quoted stretch of a line: offsets of the marks and the words inside."""

    start: int
    end: int
    inner: str
    runs_on: bool = False  # never closed here: the quote goes on in the next paragraph


@dataclass(frozen=True)
class _Speaker:
    """A speaker phrase: the name (or noun phrase) and any role words before it.

    An empty name is a pronoun or a verb that carries its subject (``ujarnya``): someone named
    before. ``noun`` is set for a speaker described but not named (``the consortium``).
    """

    name: str
    role: str | None = None
    noun: str | None = None
    known_only: bool = False  # a lone surname that speaks only if the article named the person in full


class _Attribution:
    """Compiled attribution patterns for one language (or all languages for ``und``)."""

    def __init__(self, language: str) -> None:
        code = language if language in rules.all_rules() else None
        verbs = rules.words_of("verbs", code) if code else rules.words_of("verbs")
        according = rules.words_of("according", code) if code else rules.words_of("according")
        own = functools.partial(_own_words, code)
        self.pronouns = {word.casefold() for word in own("pronouns")}
        self.linking = frozenset(word.casefold() for word in own("linking"))
        self.organisations = frozenset(word.casefold() for word in own("organisations"))
        self.subject_endings = tuple(word.casefold() for word in own("subject_endings"))
        self.name_suffixes = own("name_suffixes")
        quotatives = sorted(own("quotatives"), key=len, reverse=True)
        self.quotative = re.compile(f"^(?:{'|'.join(map(re.escape, quotatives))})(?=\\s)") if quotatives else None
        self.statements = frozenset(word.casefold() for word in own("statements"))
        self.noun_articles = frozenset(word.casefold() for word in own("noun_articles"))
        self.definite = Definite(own("definite"), own("construct"))
        self.articles = frozenset(word.casefold() for word in own("articles"))
        self.genders = {word.strip(".").casefold(): gender for gender in Gender for word in own(gender.value)}
        self.opens_no_name = _opens_no_name(language, according)
        self.verbs = _alternation(verbs)
        self.according = _alternation(according)
        lead = r"^[\s,.;:!?…—–\-،؛，、]*"  # Arabic and CJK commas too: "»، قال العبادي"
        self.verb_any = re.compile(self.verbs, re.IGNORECASE)
        # an attribution inside the quote: «… —afirmó ella— …», «…, explique-t-il. …»
        self.inside = re.compile(
            rf"(?:[—–]\s*(?:{self.verbs})\s*(?P<phrase>[^—–]{{0,80}}?)\s*[—–])|(?:[,—–]\s*[\w’']+-t-(?P<pronoun>il|elle|ils|elles)\b)"
            # «…, précise Farid Benchekroun, délégué syndical. …»: a verb after a comma, a name, the sentence's end
            rf"|(?:,\s*(?:{self.verbs})\s+(?P<named>[^,.;:!?\"“”«»„]{{2,60}}?)\s*(?:,[^.;:!?\"“”«»„]{{0,60}})?[.!?])",
            re.IGNORECASE,
        )
        self.verb_first = re.compile(rf"{lead}(?P<verb>{self.verbs})(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
        self.speaker_first = re.compile(
            rf"{lead}(?P<phrase>[^.;:!?\"“”«»„]{{1,80}}?)\s*(?:{self.verbs})", re.IGNORECASE
        )
        self.according_opening = re.compile(rf"{lead}(?:{self.according})(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
        self.according_after = re.compile(rf"{lead}(?:{self.according})\s+(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
        tail = r"\s*[:,，：]?\s*$"
        self.before_speaker_first = re.compile(
            rf"(?P<phrase>[^.,;:!?\"“”«»„]{{1,80}}?)\s*(?:{self.verbs}){tail}", re.IGNORECASE
        )
        self.before_verb_first = re.compile(
            rf"(?P<verb>{self.verbs})\s*(?P<phrase>[^.;:!?\"“”«»„]{{1,80}}?)\s*[:,，：]\s*$", re.IGNORECASE
        )
        # "Her son, Graham Dunmore, said:": a name set off by commas right before the verb
        self.before_appositive = re.compile(
            rf",\s*(?P<phrase>[^.,;:!?\"“”«»„]{{2,60}}?)\s*,\s*(?:{self.verbs}){tail}", re.IGNORECASE
        )
        self.before_according = re.compile(
            rf"(?:{self.according})\s*(?P<phrase>[^.;:!?\"“”«»„]{{1,80}}?)\s*[:,，：]\s*$", re.IGNORECASE
        )


def _own_words(code: str | None, kind: str) -> tuple[str, ...]:
    """A language's own list of a kind, or none when the language is unknown (pronouns mean nothing across languages)."""
    return rules.words_of(kind, code) if code else ()


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted({phrase.strip() for phrase in phrases if phrase.strip()}, key=len, reverse=True)
    if not ordered:
        return r"(?!x)x"
    spaced = [r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in ordered if not _WIDE.search(phrase)]
    wide = [re.escape(phrase) for phrase in ordered if _WIDE.search(phrase)]
    # Scripts written without spaces have no word boundaries to require.
    groups = [rf"(?<!\w)(?:{'|'.join(spaced)})(?!\w)"] if spaced else []
    groups += [f"(?:{'|'.join(wide)})"] if wide else []
    return "|".join(groups)


@functools.cache
def _attribution(language: str) -> _Attribution:
    """Attribution patterns for a language, compiled once."""
    return _Attribution(language)


def extract_quotes(lines: Iterable[tuple[int, str]], language: str) -> list[Quote]:
    """Find quotations with their speakers in numbered lines of running text.

    Args:
        lines: (line number, text) pairs of body text (paragraphs, intros, captions).
        language: the article's language code; its attribution verbs are used.

    Returns:
        Quotes in reading order. Scare quotes and quoted single words are left out.
    """
    patterns = _attribution(language)
    numbered = _with_quotes_running_on([(number, text, _spans(text)) for number, text in lines])
    quoted = [(n, t, [(span.start, span.end) for span in spans]) for n, t, spans in numbered]
    people = People(
        quoted,
        patterns.opens_no_name,
        patterns.linking,
        patterns.genders,
        patterns.organisations,
        patterns.noun_articles,
        patterns.definite,
    )
    quotes: list[Quote] = []
    context = _Context(people, patterns)
    for number, text, spans in numbered:
        _line_quotes(number, text, spans, context, quotes)
        context.lines_before.append(number)
    return quotes


def _with_quotes_running_on(numbered: list[tuple[int, str, list[_Span]]]) -> list[tuple[int, str, list[_Span]]]:
    """Each paragraph's spans, with the quotes that run on over several paragraphs.

    A quote of several paragraphs leaves every paragraph but the last without a closing mark,
    and opens each following one with a mark again (``“``, ``«``, and ``»`` in Spanish): that
    paragraph's quote runs from its opening mark to the quote's own closing mark.
    """
    result: list[tuple[int, str, list[_Span]]] = []
    opener: str | None = None  # the mark of the quote running on from the paragraph above
    for position, (number, text, spans) in enumerate(numbered):
        following = numbered[position + 1][1] if position + 1 < len(numbered) else ""
        if opener is not None and _opens_with_mark(text):
            spans = _continued(text, spans, opener)
        elif spans and not _opens_with_mark(text):
            opener = None
        last = spans[-1] if spans else None
        start = None
        if not (last and last.runs_on) and _opens_with_mark(following):
            start = _unclosed_opener(text, last.end if last else 0)
        if start is not None:
            spans = [*spans, _Span(start, len(text), text[start + 1 :], runs_on=True)]
            opener = text[start]
        elif not (spans and spans[-1].runs_on):
            opener = None
        result.append((number, text, spans))
    return result


_OWN_CLOSER = {"“": "”", "«": "»", "„": "“”", "‹": "›", "「": "」", "『": "』"}
"""The mark that closes a quote, when its paragraphs reopen with other marks (``»`` in Spanish)."""


def _continued(text: str, spans: list[_Span], opener: str) -> list[_Span]:
    """A paragraph that carries on a quote: its opening stretch up to the quote's closing mark, then its own spans."""
    lead = len(text) - len(text.lstrip(" \u00a0\u202f—–-"))
    closers = _OWN_CLOSER.get(opener, _PAIRS.get(opener, ""))
    ends = [index for index in (text.find(mark, lead + 1) for mark in closers) if index >= 0]
    if not ends:
        return [_Span(lead, len(text), text[lead + 1 :], runs_on=True)]
    end = min(ends)
    return [_Span(lead, end + 1, text[lead + 1 : end]), *(span for span in spans if span.start > end)]


def _opens_with_mark(text: str) -> bool:
    """A paragraph that starts with an opening quotation mark."""
    first = text.lstrip(" \u00a0\u202f—–-")[:1]
    return bool(first) and first in _PAIRS and _opens_here(text, text.index(first))


def _unclosed_opener(text: str, position: int) -> int | None:
    """An opening mark from ``position`` on that nothing closes in this paragraph."""
    while (match := _OPENERS.search(text, position)) is not None:
        start = match.start()
        if (
            _opens_here(text, start)
            and _closing(text, start) < 0
            and word_count(text[start + 1 :]) >= MIN_ATTRIBUTED_WORDS
        ):
            return start
        position = start + 1
    return None


@dataclass
class _Context:
    """What attribution knows while reading on: the people named, the paragraphs read, who spoke last."""

    people: People
    patterns: _Attribution
    lines_before: list[int] = field(default_factory=list)
    last_named: str | None = None
    last_paragraph_speaker: _Speaker | None = None
    running_on: int | None = None  # the quote (by index) that goes on into this paragraph


def _line_quotes(number: int, text: str, spans: list[_Span], context: _Context, quotes: list[Quote]) -> None:
    """The quotations of one paragraph, each with its speaker, added to ``quotes``."""
    line_speaker: _Speaker | None = None
    opens_with_quote = bool(spans) and not text[: spans[0].start].strip(_QUOTE_PUNCT + "—–-")
    running_on, context.running_on = context.running_on, None
    for position, span in enumerate(spans):
        previous_end, next_start = _neighbours(spans, position, len(text))
        found = _found_speaker(text, span, previous_end, next_start, context.patterns)
        gender = _gender_of(found, context.patterns)
        if found is not None and line_speaker is not None and _is_pronoun(found, context.patterns):
            # "“A,” X said. “B,” he added." — unless someone else is named in between, or "she" is not X
            begin = _after_attribution(text, spans[position - 1].end, span.start) if position else 0
            between = context.people.last_named_between(number, begin, span.start, gender)
            if between and line_speaker.role and between in line_speaker.role:
                between = None  # "kata nakhoda kapal Sabang Baru, Teuku …": the vessel is the role, not someone new
            fits = context.people.may_be(line_speaker.name, gender)
            speaker: _Speaker | None = _Speaker(between) if between else line_speaker if fits else None
            speaker = speaker or _resolved(found, number, text, span, context)
        else:
            speaker = _resolved(found, number, text, span, context) or line_speaker
        if position == 0 and opens_with_quote and running_on is not None:
            _continue_quote(quotes, running_on, span, speaker)
            context.running_on = running_on if span.runs_on else None
            continue
        if speaker is None and found is None and position == 0 and opens_with_quote:
            speaker = context.last_paragraph_speaker  # a bare quote paragraph continues the one above
        fragment = _is_fragment(text, span)
        if fragment and (speaker is None or not speaker.name):
            # a fragment is said by its sentence's subject, not by what follows it ("“…,” but warned …")
            speaker = _sentence_subject(number, text, span, context) or speaker
        if speaker is not None and speaker.name:
            context.last_named = speaker.name
            line_speaker = speaker  # even from a quote too short to report: "“Perfect,” X said. “…”"
        if not (fragment or _is_quote(span.inner, found is not None or speaker is not None, text[span.end :])):
            continue
        if quotes and quotes[-1].line == number and _interrupted(text, quotes[-1], span):
            comma = "," if text[: quotes[-1].end - 1].rstrip().endswith(",") else ""
            quotes[-1] = replace(quotes[-1], text=f"{quotes[-1].text}{comma} {_bare(span.inner)}", end=span.end)
            continue
        quotes.append(
            Quote(
                text=_bare(span.inner),
                line=number,
                speaker=speaker.name or None if speaker else None,
                speaker_role=speaker.role if speaker else None,
                start=span.start,
                end=span.end,
                fragment=fragment,
            )
        )
        if span.runs_on:
            context.running_on = len(quotes) - 1
    context.last_paragraph_speaker = line_speaker if spans and line_speaker and _ends_in_quote(text, spans) else None


def _after_attribution(text: str, begin: int, end: int) -> int:
    """Where the sentence that follows a quote ends: the names in it describe the speaker, they are no one new.

    ``“Hot,” said Dolores Arriaga-Quinn, a nurse at a centre run by Desert Shade Alliance. “We …,”``
    """
    ended = _SENTENCE_BREAK.search(text, begin, end)
    return ended.end() if ended else begin


_SENTENCE_BREAK = re.compile(r"[.!?。！？؟।]\s+")
"""The end of a sentence and the space after it."""


def _neighbours(spans: list[_Span], position: int, length: int) -> tuple[int, int]:
    """Where the quotes before and after a quote end and start: its attribution lies between.

    A short quoted name inside the attribution (``корреспонденту «Волжского вестника»``) is
    no neighbour: the attribution reads on through it.
    """
    substantial = [span for span in spans if word_count(span.inner) >= MIN_ATTRIBUTED_WORDS]
    own = spans[position]
    previous_end = max((span.end for span in substantial if span.end <= own.start), default=0)
    next_start = min((span.start for span in substantial if span.start >= own.end), default=length)
    return previous_end, next_start


def _continue_quote(quotes: list[Quote], index: int, span: _Span, speaker: _Speaker | None) -> None:
    """A later paragraph of a quote that runs on: its words join the quote, and its attribution names the speaker."""
    quote = quotes[index]
    named = quote.speaker or (speaker.name if speaker and speaker.name else None)
    role = quote.speaker_role if quote.speaker else (speaker.role if speaker else None)
    quotes[index] = replace(quote, text=f"{quote.text}\n{_bare(span.inner)}", speaker=named, speaker_role=role)


def _bare(inner: str) -> str:
    """A quotation's words without the spaces and commas next to its marks."""
    return inner.strip(_QUOTE_PUNCT)


def _found_speaker(
    text: str, span: _Span, previous_end: int, next_start: int, patterns: _Attribution
) -> _Speaker | None:
    """The attribution of a quote: beside it, inside it (``—afirmó ella—``), or earlier in its paragraph."""
    found = _common_noun(_speaker_for(text, span, previous_end, next_start, patterns), patterns)
    if found is None and (inside := patterns.inside.search(span.inner)):
        if named := inside.group("named"):
            found = _named_inside(named, patterns)
        else:
            phrase = inside.group("phrase") or inside.group("pronoun") or ""
            found = _forward_speaker(phrase, patterns.linking) or _Speaker("")
    if found is None and patterns.verb_any.search(text, previous_end, span.start):
        found = _Speaker("")  # "…, sagte sie. „Damals …“": the paragraph's speaker goes on
    return found


def _named_inside(phrase: str, patterns: _Attribution) -> _Speaker | None:
    """The speaker an attribution inside a quote names after its comma and verb, when it is a name."""
    found = _forward_speaker(phrase, patterns.linking)
    return found if found is not None and found.name and is_name_word(found.name.split()[0]) else None


def _common_noun(found: _Speaker | None, patterns: _Attribution) -> _Speaker | None:
    """A capitalised word after an article, where a language capitalises its nouns: someone described (``eine Anwohnerin``).

    An organisation noun stays the speaker (``die Polizei``).
    """
    if found is None or not found.name or not patterns.noun_articles:
        return found
    words = found.name.split()
    before = (found.role or "").split()[-1:]
    if len(words) == 2 and words[0].casefold() in patterns.noun_articles:
        before, words = words[:1], words[1:]
    if len(words) != 1 or not before or before[0].casefold() not in patterns.noun_articles:
        return found
    if is_listed(words[0], patterns.organisations):
        return _Speaker(words[0], found.role)
    return _Speaker("", " ".join([*before, *words]), words[0].casefold())


def _interrupted(text: str, previous: Quote, span: _Span) -> bool:
    """``“…,” she said, “and …”``: the sentence goes on after the attribution, so it is one quote."""
    between = text[previous.end : span.start].strip()
    opening = span.inner.lstrip(_QUOTE_PUNCT + ".…")[:1]
    return between.endswith((",", "，")) and opening.islower()


def _is_fragment(text: str, span: _Span) -> bool:
    """A quoted phrase of five or more words inside the narrator's own sentence.

    It opens in lowercase, as the sentence carries on into it: a quoted title, slogan or
    headline opens with a capital and is no fragment.
    """
    sentence = text[_last_sentence_start(text[: span.start]) : span.start]
    opening = span.inner.lstrip(_QUOTE_PUNCT + ".…")[:1]
    inside_a_sentence = word_count(sentence) >= 2 and not sentence.rstrip().endswith((":", "："))
    return inside_a_sentence and opening.islower() and word_count(span.inner) >= MIN_FRAGMENT_WORDS


def _sentence_subject(number: int, text: str, span: _Span, context: _Context) -> _Speaker | None:
    """Who speaks a fragment: the one who says its sentence, else the person or organisation it names first."""
    begin = _last_sentence_start(text[: span.start])
    named = _reported_subject(number, text, span.start, context, since=begin)
    if named is None:
        named = context.people.named_between(number, begin, span.start)
    if named is None:
        named = context.people.organisation_between(number, begin, span.start)  # "Volgens vakbond HavenSterk"
    if named is None and (noun := _organisation_noun(text[begin : span.start], context.patterns)):
        named = context.people.organisation(noun, number)  # "Em nota, a empresa disse que “…”"
    if named is None and _according_to_someone_known(text[begin : span.start], context.patterns):
        named = context.last_named  # "Volgens haar is het “…”", "За його словами, … «…»"
    return _Speaker(named) if named else None


def _according_to_someone_known(sentence: str, patterns: _Attribution) -> bool:
    """A sentence opening "according to her" (``Volgens haar``, ``За його словами,``): the one who spoke last.

    The phrase is complete in itself (a comma follows it), or a short lowercase word that is no
    article and no linking word follows it: a pronoun, not "according to officials".
    """
    match = patterns.according_opening.match(sentence)
    if match is None:
        return False
    if match.group("rest").lstrip().startswith(","):
        return True
    words = match.group("rest").split()
    word = words[0].strip(EDGE) if words else ""
    return (
        0 < len(word) <= PRONOUN_CHARS
        and word.islower()
        and word.casefold() not in patterns.articles
        and word.casefold() not in patterns.linking
    )


PRONOUN_CHARS = 4
"""A pronoun after "according to" is this short: ``her``, ``haar``, ``ella``, ``dia``."""


def _reported_subject(
    number: int, text: str, end: int, context: _Context, gender: Gender | None = None, since: int = 0
) -> str | None:
    """Who says the last sentence of reported speech before ``end``: the name before its attribution verb.

    ``Dokter …, dr. Nurul Hikmah, mengatakan sebagian besar …. "…," tuturnya.``: the pronoun
    is the one who was saying it, though a place or an office was named first. Where the verb
    opens its sentence (``وقال مدير …، الدكتور سامر العبادي، إن``), the name after it.
    """
    before = _outside_quotes(text[:end])
    verbs = list(context.patterns.verb_any.finditer(before, since))[-VERBS_LOOKED_AT:]
    for verb in reversed(verbs):
        begin = _last_sentence_start(before[: verb.start()])
        after = [word.strip(EDGE) for word in before[verb.end() :].split()[:1]]
        if verb.group().split()[-1].casefold() in context.patterns.pronouns or (
            after and (after[0].casefold() in context.patterns.pronouns or is_name_word(after[0]))
        ):
            return None  # "…, sagte sie.": the subject follows the verb, for the usual resolution
        subject = before[begin : verb.start()]
        if any(char.isalpha() for char in subject):
            return _subject_before(number, subject, begin, end, context, gender)
        # the verb opens its sentence ("وقالت مديرة …، الدكتورة …، إن"): the subject follows it
        following = _forward_speaker(before[verb.end() :], context.patterns.linking)
        if following is not None and following.name:
            return _fitting(context.people.full_name(following.name), gender, context)
        # else it is the quote's own verb ("وأضاف: «…»"): the sentence before says who
    return None


VERBS_LOOKED_AT = 2
"""The quote's own verb (``added:``) and the one before it, of the sentence that says who speaks."""


def _subject_of_own_sentence(
    number: int, text: str, span: _Span, context: _Context, gender: Gender | None
) -> str | None:
    """The subject written before the quote in its own sentence, its verb after it: ``X ise “…” dedi``.

    The last person named there; someone described and not named (``bir vatandaş ise``) is ``_UNNAMED``.
    """
    begin = _last_sentence_start(text[: span.start])
    stretch = _outside_quotes(text[begin : span.start])
    if word_count(stretch) < MIN_OWN_SUBJECT_WORDS or context.patterns.verb_any.search(stretch):
        return None
    named = context.people.last_named_between(number, begin, span.start, gender)
    if named := named or _suffixed_name(stretch, context.patterns.name_suffixes):
        return named
    return _UNNAMED if _cased(stretch.split()) else None  # without capitals, no name seen is no proof of none


def _suffixed_name(stretch: str, suffixes: Sequence[str]) -> str | None:
    """The last name written before an honorific or a title that follows it (``山口誠さんは``, ``佐々木亮課長は``, ``김민수 씨는``).

    The name is the run of ideographs, katakana or Hangul right before the suffix: a relative
    clause before it ends in kana (``30年続ける山口誠さん``), a role in a particle (``市水産課の``).
    A run too long to be a name alone keeps its last characters (``主任研究員高橋美穂``).
    """
    best: tuple[int, str] | None = None
    for suffix in sorted(suffixes, key=len, reverse=True):  # at the same end the longer title wins
        for found in re.finditer(rf"(?<!{_NAME_CHARS})({_NAME_CHARS}+)\s?{re.escape(suffix)}", stretch):
            run = found.group(1)
            name = run if len(run) <= LONGEST_SUFFIXED_NAME else run[-SHORT_SUFFIXED_NAME:]
            if len(name) >= 2 and (best is None or found.end() > best[0]):
                best = (found.end(), name)
    return best[1] if best else None


LONGEST_SUFFIXED_NAME = 6
"""A name before its suffix is this many characters at most (``佐々木健太郎``); a longer run holds a role too."""
SHORT_SUFFIXED_NAME = 4
"""The characters kept of a longer run: a family and a given name (``高橋美穂``)."""

_NAME_CHARS = "[\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ff\uac00-\ud7af々・]"
"""The characters of a name in a script without spaces: ideographs (and 々), katakana, Hangul syllables."""


MIN_OWN_SUBJECT_WORDS = 2
"""A quote's own sentence names its subject before it in this many words at least (``Aydemir ise``)."""


def _subject_before(
    number: int, subject: str, begin: int, end: int, context: _Context, gender: Gender | None
) -> str | None:
    """The name before a reported-speech verb; ``_UNNAMED`` for someone described, None when unclear."""
    found = _common_noun(
        _backward_speaker(_undotted(subject, context.patterns), context.patterns.linking), context.patterns
    )
    if found is None or _is_pronoun(found, context.patterns):
        return None  # "Ia mengatakan …": a pronoun again, for the usual resolution
    if not found.name:
        if context.people.named_between(number, begin, end):
            return None  # "Chowdhury later told …", "was described by Nigel Prentice": someone is named
        # "Em nota, a empresa disse …": the organisation named before; "Ein Lokführer, der …, sagte, …": nobody named
        noun = _subject_organisation(subject, context.patterns)
        return (context.people.organisation(noun, number) if noun else None) or _UNNAMED
    if not is_name_word(found.name.split()[0]):
        return None
    return _fitting(context.people.full_name(_without_lead(found.name, context.patterns)), gender, context)


def _fitting(name: str, gender: Gender | None, context: _Context) -> str | None:
    """The name, if a pronoun of this gender may stand for the person."""
    return name if context.people.may_be(name, gender) else None


def _without_lead(name: str, patterns: _Attribution) -> str:
    """A name without the article or the title before it: ``Der Sprecher Jonas Brehm``, ``The Ministry of …``."""
    words = name.split()
    while len(words) > 1 and (
        _is_title_word(words[0]) or (len(words[0]) <= ARTICLE_CHARS and patterns.opens_no_name(words[0]))
    ):
        words = words[1:]  # but "Ahmad Faizal …" keeps a first name that is also a common word
    return " ".join(words)


_UNNAMED = ""
"""The subject found is someone described but not named: the pronoun names nobody."""


def _subject_organisation(subject: str, patterns: _Attribution) -> str | None:
    """The organisation noun right before a verb (``Em nota, a empresa``), not one after a linking word (``at the port``)."""
    words = [word.strip(EDGE) for word in re.split(r"[,;:]", subject)[-1].split()]
    cut = next((i for i, word in enumerate(words) if i and word.casefold() in patterns.linking), len(words))
    return next((word for word in words[:cut] if is_listed(word, patterns.organisations)), None)


def _outside_quotes(text: str) -> str:
    """The text with its quotations blanked (same length): a verb inside a quote attributes nothing."""
    return _QUOTED_STRETCH.sub(lambda match: " " * len(match.group()), text)


_QUOTED_STRETCH = re.compile(r"[\"“„«»‹「『][^\"“”„«»‹›「」『』]*[\"”“»«›」』]")


def _organisation_noun(sentence: str, patterns: _Attribution) -> str | None:
    """The organisation noun a sentence opens its subject with (``a empresa``, ``the ministry``), if any."""
    verb = patterns.verb_any.search(sentence)
    subject = sentence[: verb.start()] if verb else ""
    words = [word.strip(",.") for word in subject.split()]
    return next((word for word in words if is_listed(word, patterns.organisations)), None)


def _ends_in_quote(text: str, spans: list[_Span]) -> bool:
    """The paragraph's last words are inside its last quotation (or its attribution right after)."""
    return len(text) - spans[-1].end <= _ATTRIBUTION_REACH // 2


def _described_before(text: str, span: _Span, patterns: _Attribution) -> bool:
    """Someone is described before the quote as its speaker: an attribution verb after some words of subject.

    "A senior official … said …" describes a new, unnamed speaker; "Aliongeza kuwa …" or
    "Menurutnya, …" opens with the verb and goes on with the speaker already named.
    """
    verb = patterns.verb_any.search(text, 0, span.start)
    return verb is not None and word_count(text[: verb.start()]) >= 2


def _gender_of(found: _Speaker | None, patterns: _Attribution) -> Gender | None:
    """The gender a pronoun speaker shows ("she", "elle"), if the language marks it."""
    if found is None:
        return None
    word = (found.noun or found.name or "").casefold()
    return patterns.genders.get(word)


def _is_pronoun(found: _Speaker, patterns: _Attribution) -> bool:
    """A speaker given only by a pronoun, by a verb that carries its subject, or by their age (``so die 41-Jährige``)."""
    if found.noun is not None:
        return found.noun in patterns.pronouns or bool(_AGE_NOUN.match(found.noun))
    return not found.name or found.name.casefold() in patterns.pronouns


_AGE_NOUN = re.compile(r"\d{1,3}[-‑](?:[^\W\d_]+[-‑]?)+$")
"""Someone named before, now called by their age: ``die 41-Jährige``, ``78-latka``, ``the 67-year-old``."""


def _resolved(found: _Speaker | None, number: int, text: str, span: _Span, context: _Context) -> _Speaker | None:
    """The person a found speaker phrase names: a pronoun's antecedent, a short name's full form, an organisation."""
    if found is None:
        return None
    if _is_statement(found, context.patterns):
        organisation = context.people.latest_organisation(number)  # "…", hieß es in der Mitteilung
        return _Speaker(organisation) if organisation else _Speaker("", found.role or found.name)
    if found.noun is not None and not _is_pronoun(found, context.patterns):
        organisation = context.people.organisation(found.noun, number)
        if organisation:
            return _Speaker(organisation)
        if (named := _referred_to(found, number, text, span, context)) is not None:
            return _Speaker(named)
        if organisation_named := _organisation_described(found, context.patterns):
            return _Speaker(organisation_named)  # "según el hospital regional": the organisation speaks
        return _Speaker("", found.role)  # described, not named
    if _is_pronoun(found, context.patterns):
        said_before = word_count(text[: span.start].strip()) >= MIN_ATTRIBUTED_WORDS
        gender = _gender_of(found, context.patterns)
        named = _reported_subject(number, text, span.start, context, gender)
        if named is None and found.noun is None:  # a bare verb ("dedi"), not "he said" after "Asked whether he …,"
            named = _subject_of_own_sentence(number, text, span, context, gender)
        if named is None:
            named = context.people.subject(number, span.start, context.lines_before, said_before, gender)
        described = said_before and _described_before(text, span, context.patterns)
        if named is None and not described and context.people.may_be(context.last_named, gender):
            named = context.last_named  # "Según la regidora, … «…», añadió.": the one who spoke last
        return _Speaker(named) if named else None
    full = context.people.full_name(found.name)
    if found.known_only and full == found.name:
        return None  # "Berlin bleibt hart:" names no one the article knows
    return _Speaker(full, found.role)


def _organisation_described(found: _Speaker, patterns: _Attribution) -> str | None:
    """A definite description whose noun is an organisation's (``el hospital regional``): the organisation.

    "A hospital spokesman" is someone described; "the hospital" is the organisation speaking.
    """
    words = (found.role or "").split()
    if not words or words[0].casefold() not in patterns.articles:
        return None
    words = words[1:]
    if not any(is_listed(word.strip(EDGE), patterns.organisations) for word in words):
        return None
    return " ".join(words).strip(EDGE) or None


def _referred_to(found: _Speaker, number: int, text: str, span: _Span, context: _Context) -> str | None:
    """Someone named before, now described with a definite article: ``declaró la mujer``, ``said the lawyer``.

    "A fisherman said" describes someone new; "the fisherman" refers back, to the person the
    paragraph (or the ones just before it) is about.
    """
    opening = (found.role or "").split()[:1]
    if not opening or opening[0].casefold() not in context.patterns.articles:
        return None
    said_before = word_count(text[: span.start].strip()) >= MIN_ATTRIBUTED_WORDS
    return context.people.subject(number, span.start, context.lines_before, said_before, None)


def _is_statement(found: _Speaker, patterns: _Attribution) -> bool:
    """A speaker given as a statement (``the statement said``, ``in der Mitteilung``): an organisation's words."""
    word = found.noun or (found.name if " " not in found.name else "")
    if word and is_listed(word, patterns.statements):
        return True
    # "ilisema taarifa hiyo" ("that statement said"): the statement word opens a short description
    described = (found.role or "").split() if found.noun and not found.name else []
    opening = described[:2]  # the statement word or an article and it: "a nota oficial", not "الهيئة في بيان"
    return len(described) <= STATEMENT_WORDS and any(
        is_listed(token.strip(EDGE), patterns.statements) for token in opening
    )


STATEMENT_WORDS = 3
"""A statement that speaks is named in this many words at most (``taarifa hiyo``, ``la nota oficial``)."""


def _title_case(inner: str) -> bool:
    """Most words capitalised, as headlines and titles are written (in a cased script)."""
    words = [word for word in inner.split() if word[:1].isalpha() and word[:1].lower() != word[:1].upper()]
    capitals = sum(word[0].isupper() for word in words)
    return len(words) >= MIN_ATTRIBUTED_WORDS and capitals * 10 >= len(words) * TITLE_CASE_SHARE


TITLE_CASE_SHARE = 8
"""Tenths of a quote's words that are capitalised when it is a headline or a title."""


def _is_quote(inner: str, attributed: bool, after: str = "") -> bool:
    """A real quotation, not a scare quote, a quoted word or a title.

    Without an attribution it must be a sentence: its last mark, inside the quote or just after
    it (``…lahmgelegt“, teilte …``), ends a sentence or a clause.
    """
    words = word_count(inner)
    if attributed:
        return words >= MIN_QUOTE_WORDS
    if _title_case(inner):
        return False  # a headline or a title of a work: "Water Board Admits Nothing"
    stripped = inner.rstrip(_QUOTE_PUNCT)
    ends = (bool(stripped) and stripped[-1] in SENTENCE_END) or inner.rstrip().endswith((",", "，"))
    # a comma, a period or a dash after it: "…uciekali” – opowiada", as Polish and Russian attribute
    return words >= MIN_UNATTRIBUTED_WORDS and (ends or after.lstrip(" \u00a0\u202f")[:1] in (",", "，", ".", "–", "—"))


def _spans(text: str) -> list[_Span]:
    """Quoted stretches of a line, outermost only, in order."""
    spans: list[_Span] = []
    position = 0
    while True:
        match = _OPENERS.search(text, position)
        if match is None:
            return spans
        start = match.start()
        end = _closing(text, start) if _opens_here(text, start) else -1
        if end < 0:
            position = start + 1
            continue
        spans.append(_Span(start, end + 1, text[start + 1 : end]))
        position = end + 1


def _opens_here(text: str, index: int) -> bool:
    """An opening mark sits at the start of a word: after a space, bracket or dash, before a letter."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if after.isspace() and text[index] not in "«»":
        return False
    if text[index] in _SINGLE or text[index] in '"”':
        return not before.isalnum()
    return True


def _closing(text: str, start: int) -> int:
    """Index of the mark closing the one at ``start``, or -1."""
    opener = text[start]
    closers = _PAIRS[opener]
    limit = min(len(text), start + MAX_QUOTE_CHARS)
    index = start + 1
    while index < limit:
        found = min((i for i in (text.find(c, index, limit) for c in closers) if i >= 0), default=-1)
        if found < 0:
            return -1
        after = text[found + 1] if found + 1 < len(text) else " "
        before = text[found - 1]
        if opener in _SINGLE or opener in '"”':
            # Straight and single marks double as apostrophes and inch marks: the closer ends a word.
            # a Korean or Japanese particle may follow at once: "…"라고 말했다
            ends_word = not after.isalnum() or (opener == '"' and bool(_WIDE.match(after)))
            closes_word = ends_word and not before.isspace()
            if closes_word and (opener not in _SINGLE or word_count(text[start + 1 : found]) >= 4):
                return found
            index = found + 1
            continue
        return found
    return -1


def _carries_subject(verb: str, patterns: _Attribution) -> bool:
    """A verb form that holds its own subject pronoun: ``ujarnya``, ``katanya``, ``a-t-elle ajouté``."""
    words = verb.casefold().split()
    return any(word.endswith(patterns.subject_endings) for word in words) if patterns.subject_endings else False


def _adverbial(rest: str, linking: frozenset[str]) -> bool:
    """What follows the verb opens with a linking word, so it names nobody: ``said in a statement``."""
    first = rest.strip(" ,.\u00a0").split(maxsplit=1)[:1]
    return bool(first) and first[0].casefold() in linking


def _speaker_for(text: str, span: _Span, previous_end: int, next_start: int, patterns: _Attribution) -> _Speaker | None:
    """Who a quote is attributed to: by the words right after it, else right before it."""
    after = _undotted(text[span.end : min(next_start, span.end + _ATTRIBUTION_REACH)], patterns)
    if patterns.quotative is not None:
        after = patterns.quotative.sub("", after)  # “…”이라고 덧붙였다: the particle on the mark is no speaker
    if match := patterns.verb_first.match(after):
        # A verb right after the quote attributes it even when no name follows ("…," katanya / ብለዋል):
        # the speaker is the one named before, if any.
        rest = match.group("rest")
        pronoun = _opening_pronoun(match.group("verb").split()[-1], patterns) or _opening_pronoun(rest, patterns)
        if pronoun is not None:
            return pronoun  # "sagte er vor dem Gerichtsgebäude", "сказал он журналистам"
        ending = match.group("verb").split()[-1]
        if ending.casefold() in patterns.linking or ending.casefold() in patterns.articles:
            # "powiedział w rozmowie z Radiem …", "sagte der Mann": the verb phrase ends on a linking word or an article
            rest = f"{ending} {rest}"
        forward = _forward_speaker(rest, patterns.linking)
        if forward is not None and forward.name:
            return _role_without_article(forward, patterns) if ending.casefold() in patterns.articles else forward
        if _carries_subject(match.group("verb"), patterns) or _adverbial(match.group("rest"), patterns.linking):
            return _Speaker("")  # "ujarnya sambil tertawa", "a-t-elle ajouté en souriant", "said in a statement"
        return forward or _Speaker("")
    if match := patterns.according_after.match(after):
        return _forward_speaker(match.group("rest"), patterns.linking)
    if (signed := _SIGNATURE.match(after)) and (named := _forward_speaker(signed.group("name"), patterns.linking)):
        return named if named.name else None  # a pull quote signed "— Brian Kowalczyk"
    if match := patterns.speaker_first.match(after):
        return _backward_speaker(match.group("phrase"), patterns.linking)
    before = _undotted(text[previous_end : span.start], patterns)
    before = before[-_ATTRIBUTION_REACH:]
    before = before[_last_sentence_start(before) :]
    if (told := _told_listener(before, patterns)) is not None:
        return _backward_speaker(before[: told.start()], patterns.linking)
    set_off = patterns.before_appositive.search(before)
    if set_off and (named := _forward_speaker(set_off.group("phrase"), patterns.linking)) and named.name:
        return named
    if (inverted := patterns.before_verb_first.search(before)) and _opens_with_linking(inverted["phrase"], patterns):
        # "Ihre Tochter sagte gegenüber dieser Zeitung: …": after the verb only the listener; the speaker is before it
        return _backward_speaker(before[: inverted.start("verb")], patterns.linking)
    directions: tuple[tuple[re.Pattern[str], Callable[[str, frozenset[str]], _Speaker | None]], ...] = (
        (patterns.before_according, _forward_speaker),
        (patterns.before_verb_first, _forward_speaker),
        (patterns.before_speaker_first, _backward_speaker),
    )
    for pattern, direction in directions:
        if match := pattern.search(before):
            found = direction(match.group("phrase"), patterns.linking)
            if (
                pattern is patterns.before_verb_first
                and (found is None or not found.name)
                and 0 < len(before[: match.start("verb")].split()) <= SUBJECT_WORDS
            ):
                # "Els Wouters zei dat het vuur … was: “…”": what follows the verb is what was said
                subject = _backward_speaker(before[: match.start("verb")], patterns.linking)
                found = subject if subject is not None and subject.name else found
            return found
    return _colon_intro_speaker(before, patterns.opens_no_name)


SUBJECT_WORDS = 4
"""A sentence's subject that says what follows its verb is this short: a name and a role (``Brandweercommandant Els Wouters``)."""


def _role_without_article(found: _Speaker, patterns: _Attribution) -> _Speaker:
    """A named speaker's role without the article it opens with (``der Landwirt Jürgen Albrecht``: "Landwirt").

    A single capitalised word keeps it: ``der Mann`` is someone described, not a name.
    """
    words = (found.role or "").split()
    if " " not in found.name or not words or words[0].casefold() not in patterns.articles:
        return found
    return _Speaker(found.name, " ".join(words[1:]) or None, found.noun, found.known_only)


def _opening_pronoun(words: str, patterns: _Attribution) -> _Speaker | None:
    """The pronoun some words open with (a verb's last word, or what follows it): the speaker named before."""
    first = words.strip(" ,.\u00a0").split(maxsplit=1)[:1]
    if not first or (word := first[0].strip(EDGE)).casefold() not in patterns.pronouns:
        return None
    return _Speaker("", word, word.casefold())


def _opens_with_linking(phrase: str, patterns: _Attribution) -> bool:
    """A phrase that opens with a linking word (``gegenüber dieser Zeitung``, ``to reporters``): a listener or a place."""
    first = phrase.split()[:1]
    return bool(first) and first[0].casefold() in patterns.linking


_SIGNATURE = re.compile(r"^\s*[—–]\s*(?P<name>[^.!?;:—–\"“”«»„]{2,80}?)\s*$")
"""A dash and a name closing the paragraph after a quote: a pull quote's or an epigraph's signature."""


def _told_listener(before: str, patterns: _Attribution) -> re.Match[str] | None:
    """``Ann Cole told reporters: “…”``, ``…告訴記者：「…」``: a verb that names its listener, the speaker before it.

    The verb is the last one before the quote, and it opens with a linking word (``told``, ``told reporters``, ``告訴``).
    """
    if not before.rstrip().endswith((":", "：", ",", "，")):
        return None
    last = next(reversed(list(patterns.verb_any.finditer(before))), None)
    if last is None or not before[: last.start()].strip():
        return None
    if last.group().split()[0].casefold() not in patterns.linking:  # "told", "told reporters", "告訴"
        return None
    return last


def _colon_intro_speaker(sentence: str, opens_no_name: Callable[[str], bool]) -> _Speaker | None:
    """``Minister Petra Schulze defended the rules: „…“``: a name opening the sentence that introduces the quote.

    Words that open no name (``Pour``, ``Im``) are passed over first. The name may open a later
    part of the sentence: ``Sobre la venta, Bonfanti fue tajante:``, ``… el capitán, Iker Sagastume, autor del gol:``.
    """
    if not sentence.rstrip().endswith((":", "：")):
        return None
    parts = [sentence, *sentence.split(",")[1:]]
    found = [speaker for part in parts if (speaker := _opening_name(part, opens_no_name))]
    # a full name first; of lone capitalised words, the one nearest the colon ("Preguntada por …, Cárdenas fue tajante:")
    return next((speaker for speaker in found if not speaker.known_only), found[-1] if found else None)


def _opening_name(part: str, opens_no_name: Callable[[str], bool]) -> _Speaker | None:
    """The name a stretch of a sentence opens with: two or more name words, or one a verb follows (a known person)."""
    tokens = [token.rstrip(",") if token.endswith(",") else token for token in part.split()]
    while tokens and opens_no_name(tokens[0].strip(_QUOTE_PUNCT)) and not _is_title_word(tokens[0]):
        tokens = tokens[1:]  # "Pour Karim Haddadi, …:" is Karim Haddadi; "Im Gespräch mit …:" names nobody
    end = 0
    while end < len(tokens) and end < MAX_SPEAKER_WORDS and is_name_word(tokens[end]):
        end += 1
    if not _cased(tokens) or end == 0:
        return None
    if end == 1:
        following = tokens[1:2]
        lowercase = bool(following) and following[0][:1].islower()
        return (
            _Speaker(tokens[0].strip(".,:"), known_only=True) if lowercase and not _is_title_word(tokens[0]) else None
        )
    return _split_title(tokens[:end])


def _last_sentence_start(text: str) -> int:
    """Offset where the last sentence of ``text`` starts (after ``. `` etc.)."""
    last = 0
    for match in _SENTENCE_BREAK.finditer(text):
        last = match.end()
    return last


_HONORIFIC_DOT = re.compile(r"(?<![\w.])([^\W\d_][^\W\d_]{0,3})\.(?=\s+[^\W\d_])")
"""A short abbreviation before a word (``Bw.``, ``Dr.``, ``dr.``, ``Kombes.``): an honorific, not a sentence end."""


def _undotted(text: str, patterns: _Attribution) -> str:
    """The text with the periods of honorifics and initials blanked (``Sen. Maria Lopez``, ``John F. Kerr``).

    A period there ends no sentence, so the attribution reads on through it; the length is kept.
    """
    whole, _ = _title_words()

    def blank(match: re.Match[str]) -> str:
        word = match.group(1)
        folded = word.casefold()
        known = folded in whole or folded in patterns.genders or (len(word) == 1 and word.isupper())
        return f"{word} " if known else match.group()

    return _HONORIFIC_DOT.sub(blank, text)


_QUOTED_NAME = re.compile(r"[«“„\"‹]([^«»“”„\"‹›]{1,40})[»”“\"›]")
"""A short quoted name inside an attribution: a newspaper, a programme."""


def _tokens(phrase: str) -> list[str]:
    """Words of a speaker phrase, cut at the first clause punctuation."""
    phrase = _HONORIFIC_DOT.sub(r"\1", phrase)  # "Bw. Juma", "Dr. Anna": the period ends no clause
    phrase = _QUOTED_NAME.sub(r"\1", phrase)  # "корреспонденту «Волжского вестника» …": a name, not a clause end
    cut = _CLAUSE_END.search(phrase)
    words = (phrase[: cut.start()] if cut else phrase).split()[: MAX_SPEAKER_WORDS + 4]
    words = [_without_elided_article(word) for word in words]
    return [word for word in words if any(char.isalpha() for char in word)]


def _without_elided_article(word: str) -> str:
    """A name without the article elided onto it: ``l’ARS``, ``d’Air``, ``dell’Anas``."""
    elided = _ELIDED_ARTICLE.match(word)
    return word[elided.end() :] if elided and word[elided.end() : elided.end() + 1].isupper() else word


_ELIDED_ARTICLE = re.compile(r"(?:l|d|dell|all|dall|nell|sull)[’']")


def _cased(tokens: list[str]) -> bool:
    """True when the words are in a script with upper and lower case."""
    return any(char.isupper() or char.islower() for token in tokens for char in token if char.isalpha())


def _forward_speaker(phrase: str, linking: frozenset[str] = frozenset()) -> _Speaker | None:
    """The speaker after a verb: role words, then a capitalised name run (``tim medis Ahmed Sweid``).

    A name right after a linking word (``of the Dockworkers' Local``, ``told the Ledger``,
    ``kepada wartawan``) is an organisation or the listener. When the first clause names
    nobody else, the name after its comma is the speaker and the clause their role
    (``the president of the Dockworkers' Local 412, Gerald Fitzsimmons``).
    """
    tokens = _tokens(phrase)
    if not tokens:
        return None
    if not _cased(tokens):
        return _uncased_speaker(phrase, tokens, forward=True)
    quoted = frozenset(match.group(1).split()[-1] for match in _QUOTED_NAME.finditer(phrase) if match.group(1).split())
    runs = [run for run in _name_runs(tokens, quoted) if not _linked(tokens, run[0], linking)]
    full = [run for run in runs if run[1] - run[0] >= 2 and not _is_title_word(tokens[run[0]])]
    described_first = bool(full) and full[0][0] > 0 and not is_name_word(tokens[0])
    if (not full or described_first) and (named := _role_then_name(phrase, tokens)):
        # "Kepala Desa Mekarjaya, Ujang Saepudin", "nakhoda kapal motor Sabang Baru, Teuku Rizal Mahmud":
        # the role (a vessel, a village), then the name
        return named
    if not runs:
        return _described(tokens, linking)
    # A full name (two or more words) beats a lone capitalised word such as a place.
    start, end = full[0] if full else next((run for run in runs if run[1] - run[0] >= 2), runs[0])
    if _modifies_a_noun(tokens, start, end, linking):
        return _Speaker("", " ".join(tokens), tokens[end].casefold())  # "a Sinhagad Road resident": described
    while end - start > 2 and is_acronym(tokens[start]):
        start += 1  # "МЧС Андрей Петров": the agency is part of the role
    lead = " ".join(tokens[:start])
    speaker = _split_title(tokens[start:end])
    role = " ".join(part for part in (lead, speaker.role) if part) or None
    if role is None and end == len(tokens):
        role = _appositive(phrase)
    return _Speaker(speaker.name.strip(".,"), role)


def _modifies_a_noun(tokens: list[str], start: int, end: int, linking: frozenset[str]) -> bool:
    """A name between an article and a noun describes the noun: ``a Sinhagad Road resident``, ``a Google engineer``."""
    if start == 0 or end >= len(tokens):
        return False
    article, noun = tokens[start - 1], tokens[end].strip(".,")
    return (
        len(article) <= ARTICLE_CHARS
        and article.islower()
        and article not in linking
        and len(noun) >= NOUN_CHARS
        and noun.isalpha()
        and noun.islower()
        and noun.casefold() not in linking
    )


NOUN_CHARS = 4
"""A noun a name describes is this long at least (``resident``, ``engineer``); shorter words are prepositions (``in``)."""


def _linked(tokens: list[str], start: int, linking: frozenset[str]) -> bool:
    """The name run at ``start`` follows a linking word (``of``, ``told``), or one and an article (``of the``, ``à l'agence``)."""
    return follows_linking(tokens[max(0, start - 2) : start], linking)


def _role_then_name(phrase: str, tokens: list[str]) -> _Speaker | None:
    """``the president of the Dockworkers' Local 412, Gerald Fitzsimmons``: role, comma, then the name."""
    cut = _CLAUSE_END.search(phrase)
    if cut is None or phrase[cut.start()] != ",":
        return None
    following = _tokens(phrase[cut.end() :])
    titled = 0
    while titled < len(following) - 2 and _is_title_word(following[titled]):
        titled += 1  # "…, capitão Edson Maciel", "…, Captain Ilse Marten": the rank is part of the role
    end = titled
    while end < len(following) and (
        is_name_word(following[end]) or (end > titled and following[end].casefold() in NAME_PARTICLES)
    ):
        end += 1
    if end - titled < 2:
        return None
    name = " ".join(following[titled:end]).strip(".,")
    role = ", ".join(part for part in (" ".join(tokens), " ".join(following[:titled])) if part)
    return _Speaker(name, role or None)


def _described(tokens: list[str], linking: frozenset[str] = frozenset()) -> _Speaker | None:
    """A speaker described but not named (``the consortium``, ``a fisherman``): the noun, for resolving.

    The description ends before a linking word: ``la corporación en un comunicado`` is ``la corporación``.
    """
    cut = next((i for i, token in enumerate(tokens) if i and token.casefold() in linking), len(tokens))
    tokens = tokens[:cut]
    return _Speaker("", " ".join(tokens).strip(".,"), tokens[-1].strip(".,").casefold()) if tokens else None


def _appositive(phrase: str) -> str | None:
    """A short description after the name: "Siti Aminah, seorang pedagang di Desa Alat"."""
    cut = _CLAUSE_END.search(phrase)
    if cut is None or phrase[cut.start()] != ",":
        return None
    following = phrase[cut.end() :]
    end = _CLAUSE_END.search(following)
    words = (following[: end.start()] if end else following).split()
    if not words or len(words) > 5 or not words[0][:1].islower():
        return None
    return " ".join(words)


def _name_runs(tokens: list[str], quoted: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words, name particles allowed inside.

    A run ends with the last word of a quoted name (``«Міськелектрорух» Оксана Гнатюк`` is two runs).
    """
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        if not is_name_word(tokens[index]):
            index += 1
            continue
        end = index + 1
        while end < len(tokens) and tokens[end - 1] not in quoted:
            if is_name_word(tokens[end]):
                end += 1
            elif (after := particles_then_name(tokens, end)) is not None and not is_listed(
                tokens[after], _organisation_words()
            ):
                end = after + 1  # "Ana María de la Cruz", but not "Torsten Brüggemann von der Feuerwehr"
            else:
                break
        runs.append((index, end))
        index = end
    return runs


def _split_title(run: list[str]) -> _Speaker:
    """Split a job title off a capitalised run when it ends in a person's name.

    ``Umweltministerin Petra Schulze`` → Petra Schulze (Umweltministerin). A run whose
    first word is a known title word, or whose words before the last two end in a noun
    suffix, is split; organisations (``Kementerian Luar Negeri``) stay whole.
    """
    if len(run) >= 3 and any(_is_title_word(token) for token in run[:-2]):
        return _Speaker(" ".join(run[-2:]), " ".join(run[:-2]))
    return _Speaker(" ".join(run))


def _is_title_word(token: str) -> bool:
    """A job-title word that precedes a name (German compounds such as ``Umweltministerin``).

    A title word of three letters ends no compound: "Halvorsen", "Jürgen" and "Murat" end in no title ("sen", "gen", "rat").
    """
    folded = token.casefold().strip(".,")
    whole, endings = _title_words()
    if folded in whole:
        return True
    if not folded.endswith(endings):
        return False
    return any(folded.endswith(ending) and _compound_head(folded, ending) for ending in endings)


def _compound_head(folded: str, ending: str) -> bool:
    """The word before a title ending is a word of its own (``umwelt`` in ``umweltministerin``), not a syllable (``Be|atriz``)."""
    return _WIDE.search(ending) is not None or len(folded) - len(ending) >= COMPOUND_HEAD_CHARS


TITLE_ENDING_CHARS = 4
"""A title word this long (or in a script written without spaces) may end a compound (``Umweltministerin``)."""

COMPOUND_HEAD_CHARS = 4
"""The word a title is compounded with has this many letters at least: ``Land|rätin``, ``Bundes|kanzler``."""


@functools.cache
def _title_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Job-title words from every language table (``minister``, ``Presiden`` …), and those that may end a compound."""
    words = {word.casefold().strip(".,") for word in rules.words_of("titles")}
    endings = (word for word in words if len(word) >= TITLE_ENDING_CHARS or _WIDE.search(word))
    return frozenset(words), tuple(sorted(endings))


def _backward_speaker(phrase: str, linking: frozenset[str] = frozenset()) -> _Speaker | None:
    """The speaker before a verb: the end of the clause (``the Foreign Ministry``).

    Of the comma-separated parts, the last whose name does not follow a linking word:
    in ``Jack Buser, director for games at Google, said`` it is Jack Buser.
    """
    parts = [part for part in re.split(r"[,;:()\[\]\"“”„«»—–]|\.\s", phrase) if part.strip()]
    named = [part for part in parts if any(is_name_word(token) for token in part.split()) and not _DEGREE.match(part)]
    unlinked = [part for part in named if not _trailing_run_linked(part.split(), linking)]
    # "Bu Hasnawati (38), warga Kecamatan Tallo, mengaku": the part that opens with the name, not its description
    opening = [part for part in unlinked if _opens_with_name(part)]
    tokens = ((opening if len(unlinked) > 1 else []) or unlinked or named or parts or [""])[-1].split()
    tokens = tokens[-MAX_SPEAKER_WORDS:]
    if not tokens:
        return None
    if _cased(tokens):
        start = len(tokens)
        while start > 0 and (is_name_word(tokens[start - 1]) or tokens[start - 1].casefold() in NAME_PARTICLES):
            start -= 1
        start = _organisation_start(tokens, start, linking)
        if len(tokens) - start > 2 and _linked(tokens, start, linking):
            start += 1  # "поликлиникой № 2 в Бердске Тимур Галиев": the place after "в", then the name
        if start < len(tokens):
            role = " ".join(tokens[max(0, start - 3) : start]) or None
            titled = start
            while len(tokens) - titled > 1 and _is_title_word(tokens[titled]):
                titled += 1  # "Sen. Maria Lopez", "Dr. Anil Sharma": the title is the role
            if titled > start:
                return _Speaker(" ".join(tokens[titled:]), " ".join(tokens[start:titled]))
            return _Speaker(" ".join(tokens[start:]), role if role and not role[:1].isupper() else None)
        return _described(tokens, linking)
    return _uncased_speaker(" ".join(tokens), tokens, forward=False)


_DEGREE = re.compile(r"^\s*[A-Z][A-Za-z]{0,3}(?:\.[A-Za-z]{1,4})+\.?\s*$")
"""An academic degree after a name, set off by a comma: ``Sp.A``, ``S.H.``, ``M.Kes.``, ``Ph.D.``."""


def _opens_with_name(part: str) -> bool:
    """A comma part that opens with a name (``Bu Hasnawati``, ``dr. Nurul Hikmah``), not with a description (``Her neighbour``)."""
    words = part.split()[:2]
    if words[:1] and _is_title_word(words[0]):
        words = part.split()[1:3]
    return len(words) == 2 and all(is_name_word(word) for word in words)


def _uncased_speaker(phrase: str, tokens: list[str], *, forward: bool) -> _Speaker:
    """A speaker phrase in a script without capitals (Arabic, Chinese), where no name stands out by its case.

    Someone described (``أحد الركاب``, ``一名外卖骑手``) is not named. A role with its name set off
    by commas (``رئيس لجنة الحي، خالد الزعبي،``) gives the name; in a script without spaces a
    name follows its title word (``副主任张丽华``). Otherwise the words nearest the verb.
    """
    words = " ".join(tokens)
    organisation = forward and is_listed(without_prefix(tokens[0], _definite_prefixes()), _organisation_words())
    if organisation or words.startswith(_someone_words()):
        # "الشركة في بيان": the organisation named before; "أحد الركاب": someone unnamed, never an organisation
        return _Speaker("", words, tokens[0])
    if forward and _is_title_word(tokens[0]) and (named := _name_after_comma(phrase)):
        return _Speaker(named, words)
    if _WIDE.search(words) and (split := _after_title(words)):
        return split
    return _Speaker(" ".join(tokens[:7] if forward else tokens[-5:]))


def _name_after_comma(phrase: str) -> str | None:
    """The short part after a role's comma (``رئيس لجنة الحي، خالد عبد الرحمن الزعبي، لوكالة …``), if any."""
    parts = re.split(r"[,،、，]", phrase)
    if len(parts) < 3:  # the name must be set off on both sides: a part after it
        return None
    name = parts[1].split()
    return " ".join(name) if 1 <= len(name) <= MAX_NAME_WORDS else None


MAX_NAME_WORDS = 5


def _after_title(words: str) -> _Speaker | None:
    """A name of two to four characters right after the last title word (``市三防办副主任张丽华``)."""
    ends = [words.rfind(title) + len(title) for title in _wide_titles() if title in words]
    end = max(ends, default=-1)
    name = words[end:].strip() if end > 0 else ""
    return _Speaker(name, words[:end]) if 2 <= len(name) <= WIDE_NAME_CHARS else None


WIDE_NAME_CHARS = 4
"""A Chinese, Japanese or Korean name after its title is this short: ``张丽华``, ``陳明德``."""


@functools.cache
def _wide_titles() -> tuple[str, ...]:
    """The title words in scripts written without spaces (``主任``, ``市長``)."""
    return tuple(title for title in _title_words()[0] if _WIDE.search(title))


@functools.cache
def _definite_prefixes() -> tuple[str, ...]:
    """The prefixes of a definite word in scripts without capitals (``ال``), from every language table."""
    return tuple(rules.words_of("definite"))


@functools.cache
def _someone_words() -> tuple[str, ...]:
    """Words that open the description of someone unnamed, in scripts without capitals (``一名``, ``أحد``)."""
    return tuple(rules.words_of("someone"))


def _organisation_start(tokens: list[str], start: int, linking: frozenset[str]) -> int:
    """Where an organisation's name begins when the run at ``start`` closes it (``Port Authority of | New Jersey``)."""
    if start < 2 or tokens[start - 1].casefold() not in linking:
        return start
    begin = start - 1
    while begin > 0 and is_name_word(tokens[begin - 1]):
        begin -= 1
    words = _organisation_words()
    holds = any(is_listed(token.strip(".,"), words) for token in tokens[begin : start - 1])
    return begin if begin < start - 1 and holds else start


@functools.cache
def _organisation_words() -> frozenset[str]:
    """Organisation nouns and name endings from every language table."""
    return frozenset(word.casefold() for word in rules.words_of("organisations"))


def _trailing_run_linked(tokens: list[str], linking: frozenset[str]) -> bool:
    """The capitalised run that ends these words follows a linking word (``director for games at Google``)."""
    start = len(tokens)
    while start > 0 and is_name_word(tokens[start - 1]):
        start -= 1
    return start < len(tokens) and start > 0 and _linked(tokens, start, linking)


def _opens_no_name(language: str, according: Iterable[str]) -> Callable[[str], bool]:
    """Capitalised words that open a sentence, not a name: stop words, "according to" words, job titles."""
    from reader.document.understanding.span import stopwords_of

    stop = stopwords_of(language) | {word.casefold() for phrase in according for word in phrase.split()}

    @functools.lru_cache(maxsize=8192)
    def opens_no_name(word: str) -> bool:
        folded = word.casefold()
        return folded in stop or _is_title_word(folded)

    return opens_no_name
