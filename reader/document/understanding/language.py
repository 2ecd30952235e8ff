"""Deterministic language detection for a whole article, on a bounded sample of its body."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

SAMPLE_CHARS = 3000
"""At most this much body text is examined, so detection never grows with article size."""

MIN_LETTERS = 20
"""Fewer letters than this cannot be told apart reliably: the answer is ``und``."""

MIN_PROBABILITY = 0.5

# langdetect codes that are not ISO 639-1, or that need a script or word check to refine.
_LANGDETECT_CODES = {"zh-cn": "zh", "zh-tw": "zh"}

_SCRIPT_LANGUAGE = {
    "ETHIOPIC": "am",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "GREEK": "el",
    "BENGALI": "bn",
    "THAI": "th",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "HEBREW": "he",
}
"""Scripts used by one language here: the script decides without a statistical guess."""

# Distinguishing words and letters for languages langdetect lacks or confuses, as data.
_MARKER_WORDS: dict[str, dict[str, frozenset[str]]] = {
    "id": {
        "ms": frozenset(
            [
                "kerana",
                "iaitu",
                "selepas",
                "mahu",
                "wang",
                "bahawa",
                "berkata",
                "antarabangsa",
                "kenyataan",
                "semalam",
                "beliau",
                "kerajaan",
                "ialah",
                "sahaja",
                "baharu",
                "sebarang",
                "jabatan",
                "kakitangan",
            ]
        ),
        "id": frozenset(
            [
                "karena",
                "yaitu",
                "setelah",
                "mau",
                "uang",
                "bahwa",
                "mengatakan",
                "internasional",
                "pernyataan",
                "kemarin",
                "pemerintah",
                "adalah",
                "saja",
                "baru",
                "apapun",
                "departemen",
                "karyawan",
                "tidak",
            ]
        ),
    },
    "hr": {
        "sr": frozenset(
            [
                "gde",
                "reč",
                "vreme",
                "deca",
                "lepo",
                "uvek",
                "pre",
                "posle",
                "takođe",
                "hteo",
                "ovde",
                "dete",
                "mesto",
                "primer",
                "srpski",
                "beograd",
                "hiljada",
                "nedelja",
            ]
        ),
        "hr": frozenset(
            [
                "gdje",
                "riječ",
                "vrijeme",
                "djeca",
                "lijepo",
                "uvijek",
                "prije",
                "poslije",
                "također",
                "htio",
                "ovdje",
                "dijete",
                "mjesto",
                "primjer",
                "tisuća",
                "tjedan",
                "hrvatski",
                "zagreb",
            ]
        ),
        "bs": frozenset(
            [
                "također",
                "historija",
                "hiljada",
                "sedmica",
                "općina",
                "bosne",
                "hercegovine",
                "sarajevo",
                "bosanski",
                "mjesto",
                "vrijeme",
            ]
        ),
    },
}
_HAUSA_WORDS = frozenset(
    [
        "da",
        "ya",
        "ta",
        "cewa",
        "wanda",
        "kuma",
        "amma",
        "shi",
        "ba",
        "na",
        "cikin",
        "sun",
        "zuwa",
        "wannan",
        "kan",
        "ce",
        "su",
        "ita",
        "suka",
    ]
)
_HAUSA_LETTERS = set("ƙɗɓƘƊƁ")
_PASHTO_LETTERS = set("ټډړښږګڼېۍځڅ")
_URDU_LETTERS = set("ٹڈڑںےھ")
_SERBIAN_LETTERS = set("ђћЂЋ")
_MACEDONIAN_LETTERS = set("ѓќѕЃЌЅ")
_SOUTH_SLAVIC_CYRILLIC = set("јљњџЈЉЊЏ")
_WORD = re.compile(r"\w+")


def detect_article_language(texts: Iterable[str]) -> str:
    """The ISO 639-1 code of the article's language, from a bounded sample of body texts.

    Args:
        texts: body paragraphs (never clutter or credits), in order.

    Returns:
        A two-letter code, or ``und`` when the text is too short or unclear.
    """
    parts: list[str] = []
    total = 0
    for text in texts:
        if len(text.split()) < 3 and not _mostly_wide(text):
            continue
        parts.append(text[: SAMPLE_CHARS - total])
        total += len(parts[-1]) + 1
        if total >= SAMPLE_CHARS:
            break
    return detect(" ".join(parts))


BLOCK_MIN_CHARS = 200
"""Only blocks at least this long get a language of their own."""

MAX_BLOCK_DETECTIONS = 20
"""At most this many blocks are run through the detector, however long the article."""

MAX_BLOCKS_EXAMINED = 500
"""Blocks beyond this many long ones keep the article's language (bounded work on huge input)."""

BLOCK_MIN_PROBABILITY = 0.9


def block_languages(blocks: Iterable[tuple[int, str]], article_language: str) -> dict[int, str]:
    """Languages of long blocks that clearly differ from the article's (by line number).

    A cheap filter runs first: a block that shares the article's most frequent words
    (its function words, learned from the article itself) is in the article's language.
    Only blocks that fail it are detected, and at most ``MAX_BLOCK_DETECTIONS`` of them.
    """
    if article_language == "und":
        return {}
    long_blocks = [(number, text) for number, text in blocks if len(text) >= BLOCK_MIN_CHARS][:MAX_BLOCKS_EXAMINED]
    if len(long_blocks) < 2:
        return {}
    common = _frequent_words(text for _, text in long_blocks)
    found: dict[int, str] = {}
    detections = 0
    for number, text in long_blocks:
        words = _WORD.findall(text.casefold())
        if not words or _mostly_wide(text) or sum(word in common for word in words) * 10 >= len(words):
            continue
        if detections >= MAX_BLOCK_DETECTIONS:
            break
        detections += 1
        code = _confident_language(text[:SAMPLE_CHARS])
        if code not in ("und", article_language):
            found[number] = code
    return found


def _frequent_words(texts: Iterable[str], limit: int = 60, blocks: int = 40) -> set[str]:
    """Words found in most of the article's first long blocks: its own function words.

    Counting blocks rather than occurrences keeps a foreign block's words out.
    """
    counts: Counter[str] = Counter()
    seen = 0
    for text in texts:
        counts.update(set(_WORD.findall(text[:SAMPLE_CHARS].casefold())))
        seen += 1
        if seen >= blocks:
            break
    return {word for word, count in counts.most_common(limit) if count * 2 > seen}


def _confident_language(sample: str) -> str:
    """A block's language when the detector is sure of it, else ``und``."""
    code = _langdetect(sample, BLOCK_MIN_PROBABILITY)
    return code if code == "und" else _refine(code, sample, _dominant_script(sample))


def _dominant_script(text: str) -> str:
    """The script most letters of a text are in."""
    scripts = _script_counts(text)
    return scripts.most_common(1)[0][0] if scripts else "UNKNOWN"


def detect(text: str) -> str:
    """The language of one piece of text (``und`` when it cannot be told)."""
    sample = text[:SAMPLE_CHARS]
    scripts = _script_counts(sample)
    letters = sum(scripts.values())
    if letters < MIN_LETTERS:
        return "und"
    script, count = scripts.most_common(1)[0]
    if script in _SCRIPT_LANGUAGE and count * 2 > letters:
        return _SCRIPT_LANGUAGE[script]
    if script == "CJK" and not scripts.get("HIRAGANA") and not scripts.get("KATAKANA"):
        return "zh"
    code = _langdetect(sample)
    return _refine(code, sample, script)


def _langdetect(sample: str, minimum: float = MIN_PROBABILITY) -> str:
    """langdetect's answer with a fixed seed, or ``und`` when below ``minimum`` or when it raises."""
    try:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:
        return "und"  # without the detector the article is read in the default voice, not refused

    DetectorFactory.seed = 0
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return "und"
    if best.prob < minimum:
        return "und"
    code = str(best.lang)
    return _LANGDETECT_CODES.get(code, code)


def _refine(code: str, sample: str, script: str) -> str:
    """Tell apart languages langdetect has no profile for or confuses, by letters and words."""
    letters = set(sample)
    if script == "ARABIC":
        if len(letters & _PASHTO_LETTERS) >= 2:
            return "ps"
        if len(letters & _URDU_LETTERS) >= 2:
            return "ur"
        return code if code in ("ar", "fa", "ur") else "ar"
    if script == "CYRILLIC":
        if letters & _MACEDONIAN_LETTERS:
            return "mk"
        if letters & _SERBIAN_LETTERS or (letters & _SOUTH_SLAVIC_CYRILLIC and code not in ("ru", "uk", "bg")):
            return "sr"
        return code
    if script == "LATIN":
        if letters & _HAUSA_LETTERS or _hausa_share(sample) > 0.2:
            return "ha"
        if code in ("hr", "sr", "bs"):
            return _by_markers("hr", sample)
        if code == "sl" and _marker_hits("hr", sample):
            return _by_markers("hr", sample)
        if code in ("id", "ms"):
            return _by_markers("id", sample)
        if code == "tl" and _marker_hits("id", sample):
            return _by_markers("id", sample)
    return code


def _marker_hits(group: str, sample: str) -> Counter[str]:
    """How many marker words of each language in a group the sample contains."""
    words = Counter(word.casefold() for word in _WORD.findall(sample))
    hits: Counter[str] = Counter()
    for language, markers in _MARKER_WORDS[group].items():
        hits[language] = sum(words[marker] for marker in markers)
    return +hits


def _by_markers(group: str, sample: str) -> str:
    """The language of a group with the most marker words (the group's default on a tie)."""
    hits = _marker_hits(group, sample)
    ranked = hits.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return group
    return ranked[0][0]


def _hausa_share(sample: str) -> float:
    """The share of words that are common Hausa function words."""
    words = [word.casefold() for word in _WORD.findall(sample)]
    return sum(word in _HAUSA_WORDS for word in words) / len(words) if words else 0.0


def _script_counts(text: str) -> Counter[str]:
    """Letters per script (the first word of each letter's Unicode name)."""
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            counts[name.split(" ", 1)[0] if name else "UNKNOWN"] += 1
    return counts


def _mostly_wide(text: str) -> bool:
    """True for text in scripts written without spaces (a short line may still be a sentence)."""
    return sum(1 for char in text if ord(char) >= 0x2E80) * 2 > len(text)
