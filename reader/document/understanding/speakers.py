"""The people an article names, and who a pronoun, a short name or "the company" in an attribution stands for."""

from __future__ import annotations

import enum
import functools
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "dos", "das", "del", "della", "la", "le", "bin", "binti", "ibn"}
    | {"al", "el", "ter", "zu", "du", "ní", "ó", "mac", "los", "las", "a/p", "a/l", "s/o", "d/o"}
)
"""Lowercase words that stay inside a name: van der Berg, bin Hassan, das Dores."""

_TOKEN = re.compile(r"\S+")
EDGE = "\"'“”‘’„«»‹›()[]{}.,;:!?…—–-"
"""Punctuation around a word of running text: quotation marks, brackets, clause marks, dashes."""
SCANNED_CHARS = 20_000
"""Names are looked for in this much of a line: a huge pasted line costs no more than a long paragraph."""

LOOK_BACK = 3
"""A pronoun at the start of a paragraph may stand for someone named this many paragraphs above."""


class Gender(enum.Enum):
    """The grammatical gender a pronoun or an honorific shows."""

    FEMININE = "feminine"
    MASCULINE = "masculine"


class Definite(NamedTuple):
    """How a script without capitals ties an organisation's name together (Arabic): see ``uncased_organisations``."""

    prefixes: tuple[str, ...] = ()  # a definite word opens with one ("ال", "لل")
    construct: tuple[str, ...] = ()  # a preposition written onto a word before a definite one ("ل")


NO_DEFINITE = Definite()
"""A script with capitals: names stand out by their case."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A name of two or more words in the article's own words (outside quotations)."""

    line: int
    offset: int
    name: str


def is_name_word(token: str) -> bool:
    """A word that can be part of a name: capitalised (``al-Assad`` too), in a cased script."""
    first = token[:1]
    if first.isalpha():
        return first.isupper() or ("-" in token and token.split("-", 1)[1][:1].isupper())
    letters = [char for char in token if char.isalpha()]
    if not letters:
        return False
    return letters[0].isupper() or ("-" in token and token.split("-", 1)[1][:1].isupper())


def particles_then_name(words: Sequence[str], index: int) -> int | None:
    """Where a name goes on after one or more particles from ``index`` (``de la Cruz``, ``van der Berg``), or None."""
    end = index
    while end < len(words) and words[end].casefold() in NAME_PARTICLES:
        end += 1
    return end if end > index and end < len(words) and is_name_word(words[end]) else None


def is_acronym(token: str) -> bool:
    """An all-capitals abbreviation (``МЧС``, ``BPBD``)."""
    letters = [char for char in token if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


class People:
    """Names mentioned in the article, in reading order, and lookups over them."""

    def __init__(
        self,
        lines: Sequence[tuple[int, str, Sequence[tuple[int, int]]]],
        ignore: Callable[[str], bool],
        linking: frozenset[str] = frozenset(),
        genders: Mapping[str, Gender] | None = None,
        organisations: frozenset[str] = frozenset(),
        noun_articles: frozenset[str] = frozenset(),
        definite: Definite = NO_DEFINITE,
    ):
        """``lines`` are (number, text, quoted spans); ``ignore`` says which capitalised words open no name.

        A name right after a linking word (``of the Dockworkers' Local``) is an organisation or a
        listener, and a role right before a name (``Direktur Pencegahan …, dr. Fitriani
        Hasibuan``) is no person: neither is kept. A name holding an organisation word
        (``Halvorsen Motors``), or right after one (``de gemeente Den Haag``), is an organisation
        that "the company" can later stand for.
        """
        self.mentions: list[Mention] = []
        self._organisation_words = organisations
        self._definite = definite
        self._organisations: list[Mention] = []
        self._linked: list[Mention] = []  # names after a linking word ("by the Wessex Vale NHS Foundation Trust")
        self.genders: dict[str, Gender] = {}  # a full name -> the gender its honorific or pronoun shows
        latest: dict[str, str] = {}  # a name word -> the latest full name holding it
        honorifics = frozenset(genders or ())
        for number, text, spans in lines:
            outside = _outside(text[:SCANNED_CHARS], spans)
            self._organisations += uncased_organisations(number, outside, organisations, definite)
            self._organisations += quoted_organisations(number, text, spans, organisations)
            found = _mentions(number, outside, ignore, linking, organisations, noun_articles, honorifics, self._linked)
            for position, mention in enumerate(found):
                organisation = self._is_organisation(mention.name, outside[: mention.offset])
                full = mention.name if " " in mention.name else latest.get(mention.name.casefold())
                if full is None:
                    if organisation and not is_listed(mention.name, organisations):
                        self._organisations.append(mention)  # "de gemeente Zandvoort": one word names it
                    continue
                self.mentions.append(Mention(mention.line, mention.offset, full))  # "Kühnel" after "Matthias Kühnel"
                if organisation:
                    self._organisations.append(self.mentions[-1])
                latest.update((word.casefold(), full) for word in full.split())
                following = found[position + 1].offset if position + 1 < len(found) else len(outside)
                if (
                    genders
                    and full not in self.genders
                    and (gender := _gender_near(outside, mention, following, genders))
                ):
                    self.genders[full] = gender
        self._by_line: dict[int, list[Mention]] = {}
        self._fullest: dict[str, str] = {}  # a name word -> the fullest name holding it
        self._by_word: dict[str, str] = {}  # a name word -> the latest name holding it
        for mention in self.mentions:
            self._by_line.setdefault(mention.line, []).append(mention)
            words = mention.name.split()
            self._by_word.update((word.casefold(), mention.name) for word in words)
            for word in words:
                known = self._fullest.get(word.casefold())
                if known is None or len(words) > len(known.split()):
                    self._fullest[word.casefold()] = mention.name

    def full_name(self, name: str) -> str:
        """The fullest mention holding a one-word short name ("Fitzsimmons" -> "Gerald Fitzsimmons").

        A name of two or more words is kept as the attribution wrote it, unless it is the end of a
        fuller name (two surnames, "Quispe Mamani" -> "Edwin Quispe Mamani").
        """
        words = name.split()
        fullest = self._fullest.get(words[-1].casefold(), name) if words else name
        if len(words) == 1:
            return fullest
        # "Quispe Mamani" after "Edwin Quispe Mamani": the name's tail, both surnames
        ends = [word.casefold() for word in fullest.split()[-len(words) :]]
        longer = 0 < len(fullest.split()) - len(words) <= GIVEN_NAMES
        return fullest if longer and ends == [word.casefold() for word in words] else name

    def organisation(self, noun: str, line: int) -> str | None:
        """A named organisation that "the consortium" or "la empresa" at ``line`` refers back to.

        The latest name holding the noun (``the consortium`` for ``Meridian Consortium``), else,
        for an organisation noun (``company``, ``empresa``), the latest organisation named up to
        that line whose name holds it (``الهيئة`` for ``هيئة الطيران المدني``), else the latest.
        """
        if named := self._by_word.get(noun.casefold()):
            return named
        if headed_by := self._headed_by(noun, line):
            return headed_by
        bare = without_prefix(noun, self._definite.prefixes).casefold()
        if not is_listed(bare, self._organisation_words):
            return None
        headed = [mention for mention in self._organisations if mention.line <= line and self._holds(mention, bare)]
        return headed[-1].name if headed else self.latest_organisation(line)

    def _headed_by(self, noun: str, line: int) -> str | None:
        """The latest name of two or more words after a linking word that ends or opens with the noun.

        "The trust said" after "figures published by the Wessex Vale NHS Foundation Trust".
        """
        folded = noun.casefold()
        for mention in reversed(self._linked):
            words = mention.name.casefold().split()
            if mention.line <= line and len(words) > 1 and folded in (words[0], words[-1]):
                return mention.name
        return None

    def _holds(self, mention: Mention, noun: str) -> bool:
        """An organisation's name holding the noun ("الهيئة" in "هيئة الطيران المدني")."""
        return any(without_prefix(word, self._definite.prefixes).casefold() == noun for word in mention.name.split())

    def latest_organisation(self, line: int) -> str | None:
        """The organisation named last up to ``line``: the one whose statement is quoted (``hieß es in der Mitteilung``)."""
        earlier = [mention for mention in self._organisations if mention.line <= line]
        return earlier[-1].name if earlier else None

    def _is_organisation(self, name: str, before: str) -> bool:
        """A name holding an organisation word, or following one in its clause (``авиакомпании «…»``)."""
        words = self._organisation_words
        if not words:
            return False
        clause = _CLAUSE_BREAK.split(before)[-1].split()[-ORGANISATION_REACH:]
        return any(is_listed(token.strip(EDGE), words) for token in [*name.split(), *clause])

    def _between(self, line: int, begin: int, end: int) -> list[Mention]:
        """The mentions in a stretch of a line, in order."""
        return [m for m in self._by_line.get(line, ()) if begin <= m.offset < end]

    def named_between(self, line: int, begin: int, end: int) -> str | None:
        """The first name mentioned in a stretch of a line (a sentence before a quoted fragment)."""
        found = self._between(line, begin, end)
        return self.full_name(found[0].name) if found else None

    def organisation_between(self, line: int, begin: int, end: int) -> str | None:
        """The first organisation named in a stretch of a line, even one after a linking word.

        ``Kwa mujibu wa taarifa ya Kituo cha Utabiri …``: a name after a linking word counts when
        it holds an organisation word.
        """
        linked = [m for m in self._linked if self._is_organisation(m.name, "")]
        found = [m for m in [*self._organisations, *linked] if m.line == line and begin <= m.offset < end]
        return min(found, key=lambda mention: mention.offset).name if found else None

    def last_named_between(self, line: int, begin: int, end: int, gender: Gender | None = None) -> str | None:
        """The last name mentioned in a stretch of a line (between two quotes), of the pronoun's gender if known."""
        found = [m for m in self._between(line, begin, end) if self.may_be(m.name, gender)]
        return self.full_name(found[-1].name) if found else None

    def may_be(self, name: str | None, gender: Gender | None) -> bool:
        """Whether a pronoun of this gender may stand for the person (an unknown gender fits either)."""
        known = self.genders.get(self.full_name(name)) if name else None
        return gender is None or known is None or known is gender

    def subject(
        self, line: int, offset: int, lines_before: Sequence[int], said_before: bool, gender: Gender | None = None
    ) -> str | None:
        """Who a pronoun at ``offset`` of ``line`` stands for: the paragraph's first person named before it.

        When the paragraph opens with the quotation (nothing said before it), the first person
        named in the nearest paragraph above that names one. When the paragraph speaks of
        someone before the quote without naming them ("a senior official … said"), nobody. A
        pronoun that shows a gender ("she") passes over people known to be of the other.
        """
        here = [m for m in self._between(line, 0, offset) if self.may_be(m.name, gender)]
        if here:
            return self.full_name(here[0].name)
        if said_before:
            return None
        for number in reversed(lines_before[-LOOK_BACK:]):
            above = [m for m in self._by_line.get(number, ()) if self.may_be(m.name, gender)]
            if above:
                return self.full_name(above[0].name)
        return None


_CLAUSE_BREAK = re.compile(r"[.;:!?]\s")

ORGANISATION_REACH = 4
"""An organisation noun this many words before a name makes it an organisation (``A fabricante de ônibus X``)."""


def is_listed(token: str, words: frozenset[str]) -> bool:
    """A word of a list (organisations, statements), in any of its inflections (``авиакомпании``, ``Ministeriums``).

    Words of seven letters or more match by their stem, all but their last two letters, and an
    ending of up to four letters.
    """
    folded = token.casefold()
    if folded in words:
        return True
    stems = _stems(words)
    return any(folded[:size] in stems for size in range(max(STEM_MIN, len(folded) - INFLECTION), len(folded)))


GIVEN_NAMES = 2
"""A fuller name adds at most this many given names to two surnames; more is a role or a place run into it."""

STEM_MIN = 5
INFLECTION = 4


@functools.lru_cache(maxsize=64)
def _stems(words: frozenset[str]) -> frozenset[str]:
    """The stems of the longer organisation words."""
    return frozenset(word[:-2] for word in words if len(word) >= STEM_MIN + 2)


def without_prefix(word: str, prefixes: Sequence[str]) -> str:
    """A word without the definite prefix written onto it (``الشركة`` -> ``شركة``), when it has one and more."""
    found = next((prefix for prefix in prefixes if word.startswith(prefix) and len(word) > len(prefix) + 1), "")
    return word[len(found) :]


def quoted_organisations(
    number: int, text: str, spans: Sequence[tuple[int, int]], organisations: frozenset[str]
) -> list[Mention]:
    """Names in quote marks right after an organisation noun: ``авиакомпании «Сибирский сокол»``, ``la revista "Ecos"``."""
    found = []
    for start, end in spans:
        inner = text[start + 1 : end - 1].strip()
        before = text[:start].split()[-ORGANISATION_NAME_REACH:]
        if (
            is_name_word(inner.split()[0] if inner else "")
            and len(inner.split()) <= ORGANISATION_NAME_WORDS
            and not any(mark in inner for mark in ".!?,;:")
            and any(is_listed(word.strip(EDGE), organisations) for word in before)
        ):
            found.append(Mention(number, start + 1, inner))
    return found


ORGANISATION_NAME_WORDS = 4
"""A name in quote marks after an organisation noun runs to this many words at most."""

ORGANISATION_NAME_REACH = 2
"""The organisation noun is one of this many words before the quoted name (``de la régie « … »``)."""


def uncased_organisations(number: int, text: str, organisations: frozenset[str], definite: Definite) -> list[Mention]:
    """Organisations named in a script without capitals, whose definite words tie a name together (Arabic).

    An organisation noun, then the definite words after it and any word with a preposition written
    onto it that a definite word follows: ``شركة الملاحة المتوسطية``, ``المركز الوطني لمكافحة
    الأوبئة``. A bare noun (``في الشركة``) refers to an organisation; it names none.
    """
    if not definite.prefixes or not organisations:
        return []
    matches = list(_TOKEN.finditer(text))
    tokens = [match.group() for match in matches]
    found: list[Mention] = []
    start = 0
    while start < len(tokens):
        end = _definite_run_end(tokens, start, organisations, definite)
        if end - start >= 2:
            found.append(Mention(number, matches[start].start(), " ".join(tokens[start:end]).strip(EDGE + "،؛؟")))
        start = max(end, start + 1)
    return found


def _definite_run_end(tokens: Sequence[str], start: int, organisations: frozenset[str], definite: Definite) -> int:
    """Where an organisation's name that opens at ``start`` ends (``start`` itself when none opens there)."""
    head = tokens[start].strip(EDGE)
    if not is_listed(without_prefix(head, definite.prefixes), organisations) or _ends_word_run(tokens[start]):
        return start
    end = start + 1
    while end < len(tokens) and end - start < MAX_ORGANISATION_WORDS:
        word = tokens[end]
        following = tokens[end + 1] if end + 1 < len(tokens) else ""
        joined = word.startswith(definite.construct) and following.startswith(definite.prefixes)
        if not (word.startswith(definite.prefixes) or (joined and not _ends_word_run(word))):
            break
        end += 1
        if _ends_word_run(word):
            break
    return end


MAX_ORGANISATION_WORDS = 6
"""An organisation's name in a script without capitals runs to at most this many words."""


def _ends_word_run(token: str) -> bool:
    """A word with punctuation after it (``الأوبئة،``): a name ends there."""
    return not token[-1:].isalnum()


def _gender_near(text: str, mention: Mention, following: int, genders: Mapping[str, Gender]) -> Gender | None:
    """The gender a mention shows: its honorific (``Mrs``, ``Ibu``), else the first gendered pronoun after it.

    The pronoun is looked for up to the next name on the line: "Amankwah shook her head".
    """
    before = text[: mention.offset].split()[-1:]
    for word in [*before, mention.name.split()[0]]:
        if gender := genders.get(word.strip(EDGE).casefold()):
            return gender
    after = text[mention.offset + len(mention.name) : following].split()[:GENDER_REACH]
    return next((genders[word] for word in (w.strip(EDGE).casefold() for w in after) if word in genders), None)


GENDER_REACH = 30
"""A pronoun this many words after a name may show the name's gender."""


def _outside(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The line with its quotations blanked out (same length, so offsets still hold)."""
    chars = list(text)
    for start, end in spans:
        end = min(end, len(chars))
        if start < end:
            chars[start:end] = " " * (end - start)
    return "".join(chars)


def _mentions(
    number: int,
    text: str,
    ignore: Callable[[str], bool],
    linking: frozenset[str],
    organisations: frozenset[str] = frozenset(),
    noun_articles: frozenset[str] = frozenset(),
    honorifics: frozenset[str] = frozenset(),
    linked: list[Mention] | None = None,
) -> list[Mention]:
    """Runs of name words, after dropping the capitalised words that open no name.

    The runs after a linking word are added to ``linked``, when given: a named organisation or
    place that is no speaker, but that "the trust" may later stand for.

    A run after a linking word names an organisation or a place (``an der Oberen Havel``); a
    particle never joins a run to an honorific (``die Praxis von Frau Dr. …`` is no name).

    Where nouns are capitalised (German), a run after an article is a noun phrase unless two
    name words stand side by side: ``der alte Werbespruch der Druckerei`` names no one,
    ``der Landwirt Jürgen Albrecht`` does.
    """
    tokens = list(_TOKEN.finditer(text))
    found: list[tuple[Mention, bool]] = []

    def stops_a_name(word: str) -> bool:
        return ignore(word) or word.casefold() in honorifics

    start = 0
    while start < len(tokens):
        if not is_name_word(tokens[start].group()):
            start += 1
            continue
        end = _run_end(tokens, start, stops_a_name)
        while organisations and (joined := _organisation_goes_on(tokens, start, end, linking, organisations)):
            end = _run_end(tokens, joined, stops_a_name)  # "Ministry of Physical Planning", "Ministerio de Salud"
        previous = [match.group() for match in tokens[max(0, start - 2) : start]]
        if _noun_phrase(previous, tokens[start:end], noun_articles):
            start = end
            continue
        if not follows_linking(previous, linking):
            titled = any(ignore(word.strip(EDGE)) and word[:1].isupper() for word in previous)
            found += [(mention, role or titled) for mention, role in _mention_of(number, tokens[start:end], ignore)]
        elif linked is not None:
            linked += [mention for mention, _ in _mention_of(number, tokens[start:end], ignore)]
        start = end
    return [mention for position, (mention, role) in enumerate(found) if not (role and _named_next(found, position))]


def _noun_phrase(previous: Sequence[str], run: Sequence[re.Match[str]], noun_articles: frozenset[str]) -> bool:
    """A run after an article with no two name words side by side: a capitalised noun, not a name."""
    if not noun_articles or not any(word.casefold() in noun_articles for word in previous):
        return False
    words = [match.group() for match in run]
    return not any(is_name_word(first) and is_name_word(second) for first, second in itertools.pairwise(words))


def _run_end(tokens: list[re.Match[str]], start: int, ignore: Callable[[str], bool] = lambda _: False) -> int:
    """Where the run of name words from ``start`` ends (``start`` itself when none begins there).

    A particle goes on into a surname (``van der Berg``), never into a title or an honorific:
    ``die Praxis von Frau Dr. Wiechmann`` ends at ``Praxis``.
    """
    if not is_name_word(tokens[start].group()):
        return start
    end = start + 1
    while end < len(tokens) and not _ends_clause(tokens[end - 1].group()):
        word = tokens[end].group()
        if not (is_name_word(word) or word.casefold() in NAME_PARTICLES):
            break
        if word.casefold() in NAME_PARTICLES and _title_after(tokens, end, ignore):
            break
        end += 1
    return end


def _title_after(tokens: list[re.Match[str]], index: int, ignore: Callable[[str], bool]) -> bool:
    """The particles from ``index`` lead to a word that opens no name (a title, an honorific)."""
    while index < len(tokens) and tokens[index].group().casefold() in NAME_PARTICLES:
        index += 1
    return index < len(tokens) and ignore(tokens[index].group().strip(EDGE))


def _organisation_goes_on(
    tokens: list[re.Match[str]], start: int, end: int, linking: frozenset[str], organisations: frozenset[str]
) -> int | None:
    """Where an organisation's name goes on past a linking word (``Ministry of``, ``Ministère de la``), or None.

    Only a run holding an organisation word goes on, and only into more name words.
    """
    if end >= len(tokens) or _ends_clause(tokens[end - 1].group()) or tokens[end].group().casefold() not in linking:
        return None
    if not any(is_listed(match.group().strip(EDGE), organisations) for match in tokens[start:end]):
        return None
    following = end + 1
    if (
        following < len(tokens)
        and len(tokens[following].group()) <= ARTICLE_CHARS
        and tokens[following].group().islower()
    ):
        following += 1  # an article: "de la Santé"
    return following if following < len(tokens) and is_name_word(tokens[following].group()) else None


def follows_linking(previous: Sequence[str], linking: frozenset[str]) -> bool:
    """The one or two words before a name are a linking word (``kepada``), or one and an article (``of the``).

    An article is short (``the``, ``la``) or elided onto its noun (``l'agence``); a longer word
    between (``a baiana de acarajé Maria …``) makes the name the phrase's own.
    """
    words = [word.casefold().strip(",.") for word in previous[-2:]]
    if words and words[-1] in linking:
        return True
    if len(words) < 2 or words[0] not in linking:
        return False
    return len(words[1]) <= ARTICLE_CHARS or words[1].startswith(("l’", "l'", "d’", "d'"))


ARTICLE_CHARS = 3
"""An article between a linking word and a name is this short: ``the``, ``la``, ``der``."""


def _named_next(found: list[tuple[Mention, bool]], position: int) -> bool:
    """A role run is followed at once by a name on the same line (``Kepala Desa X, Ujang Saepudin``)."""
    if position + 1 >= len(found):
        return False
    role, following = found[position][0], found[position + 1][0]
    return following.line == role.line and following.offset - (role.offset + len(role.name)) <= ROLE_GAP


ROLE_GAP = 8
"""A name follows its role within this many characters (a comma, a space, an honorific such as ``dr.``)."""


def _ends_clause(token: str) -> bool:
    """A word after which a name cannot go on: ``Achterberg,`` ``Tuesday.``, a closing quote mark (``«Міськелектрорух»``)."""
    return token[-1:] in '»”"›」』' or token.rstrip("\"'“”’»)")[-1:] in ",.;:!?…"


def _mention_of(number: int, run: list[re.Match[str]], ignore: Callable[[str], bool]) -> list[tuple[Mention, bool]]:
    """A run of name words as a mention, without the words that open no name ("The", "Menurut").

    The flag says the run opened with such a word: it may be a role (``Direktur …``).
    """
    opened = len(run)
    while run and ignore(run[0].group().strip(EDGE)):
        run = run[1:]
    while run and run[-1].group().casefold() in NAME_PARTICLES:
        run = run[:-1]
    while len(run) > 2 and is_acronym(run[0].group().strip(EDGE)):
        run = run[1:]  # "МЧС Андрей Петров": the agency is no part of the name
    if not run:
        return []
    name = " ".join(match.group().strip(EDGE) for match in run).strip()
    return [(Mention(number, run[0].start(), name), len(run) < opened)]
