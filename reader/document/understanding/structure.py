"""Structure from decided roles: galleries that begin at their heading, captions, sections and the title.

The decision gives every line a role; this stage only groups them. A gallery begins at its
heading and the intro under it, never above; a caption is its title (when the site has
titles), its text and its credit, which stands after the text unless the site puts credits
first; a credit that belongs to no caption (the gallery's own, after its intro) stays a
stand-alone credit. Nothing here looks at vocabulary or shape again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from reader.document.model import Caption, Line, Role, Section
from reader.document.understanding.lexicon import lexicon
from reader.document.understanding.text import ends_sentence, starts_lower

_PARTS = frozenset({Role.CAPTION_TITLE, Role.CAPTION_TEXT, Role.CREDIT})
_RUN_GAPS = frozenset({Role.AD, Role.PROMO, Role.VIDEO})
"""Lines a caption run may step over: photo counters, "view fullscreen", ad labels."""


@dataclass(frozen=True, slots=True)
class Structure:
    """The lines after structural repair, with their sections, captions and the article's title."""

    lines: tuple[Line, ...]
    sections: tuple[Section, ...]
    captions: tuple[Caption, ...]
    title: str | None


def build(
    lines: Sequence[Line],
    inline_credits: Mapping[int, str],
    photo_signs: frozenset[int],
    marked: frozenset[int] = frozenset(),
) -> Structure:
    """Sections, galleries, captions and title from lines whose roles are decided.

    Args:
        lines: every source line with its decided role, in order.
        inline_credits: line number -> a credit written at the end of that line.
        photo_signs: numbers of the lines whose own text marks a photo (a credit, a caption word).
        marked: numbers of the lines whose role the page's markup gave: no repair changes them.
    """
    repaired = _opening(_wrapped(list(lines)), photo_signs | marked)
    repaired = _repair_galleries(_repair_titles(_unfounded_captions(repaired, photo_signs | marked)))
    repaired = [lines[line.number - 1] if line.number in marked else line for line in repaired]
    captions = _captions(repaired, inline_credits)
    captions = _drop_strays(repaired, captions, photo_signs | marked)
    sections = tuple(_sections(repaired))
    return Structure(tuple(repaired), sections, tuple(captions), _title(repaired))


def _content(lines: Sequence[Line]) -> list[Line]:
    """The non-blank lines."""
    return [line for line in lines if line.role is not Role.BLANK]


_OPENING_PARTS = frozenset({Role.CAPTION_TITLE, Role.CAPTION_TEXT, Role.GALLERY_INTRO})
_WRAP_ROLES = frozenset({Role.HEADING, Role.CAPTION_TITLE, Role.CAPTION_TEXT, Role.GALLERY_HEADING, Role.GALLERY_INTRO})
BYLINE_WORDS = 8
"""Byline lines (author, source, date) are short."""


def _opening(lines: list[Line], photo_signs: frozenset[int]) -> list[Line]:
    """A paste opens with its headline, the byline lines under it, and the lead.

    People copy an article from its headline; a photo above it is not in the paste. So the first
    line, unless its own text marks a photo (a credit in it, a caption word), is the headline
    when it does not end like a sentence and the lead when it does. Under a headline, short
    lines that are not sentences (author, source, date) are its byline, and the first line
    that reads as text is the lead, on the same terms.
    """
    content = _content(lines)
    if not content or content[0].number in photo_signs:
        return lines
    first = content[0]
    if first.role in _OPENING_PARTS:
        role = Role.PARAGRAPH if ends_sentence(first.text) else Role.HEADING
        lines[first.number - 1] = replace(first, role=role, reason=_why(first, "a paste opens with its headline"))
    if lines[first.number - 1].role is not Role.HEADING:
        return lines
    for line in content[1:]:
        if line.role is Role.BYLINE or line.role.is_clutter:
            continue
        if line.number in photo_signs or line.role not in _OPENING_PARTS | {Role.HEADING, Role.GALLERY_HEADING}:
            break  # the lead (a paragraph) or a photo: the opening is over
        if ends_sentence(line.text):
            lines[line.number - 1] = replace(
                line, role=Role.PARAGRAPH, reason=_why(line, "the lead, under the headline")
            )
            break
        if len(line.text.split()) > BYLINE_WORDS:
            break  # a second headline or a standfirst: the decision stands
        lines[line.number - 1] = replace(line, role=Role.BYLINE, reason=_why(line, "between the headline and the lead"))
    return lines


def _wrapped(lines: list[Line]) -> list[Line]:
    """Hard-wrapped text is body text: a line that runs on into a lowercase next line, and that next line.

    A heading or caption title never starts with a lowercase letter (in scripts with case), and
    a line cut mid-sentence continues in the line below it.
    """
    for line in _content(lines):
        if line.role in _WRAP_ROLES and starts_lower(line.text):
            lines[line.number - 1] = replace(line, role=Role.PARAGRAPH, reason=_why(line, "starts in lowercase"))
    for above, below in pairwise(lines):
        runs_on = not ends_sentence(above.text) and starts_lower(below.text)
        if runs_on and above.role in _WRAP_ROLES and below.role in _WRAP_ROLES | {Role.PARAGRAPH}:
            lines[above.number - 1] = replace(
                above, role=Role.PARAGRAPH, reason=_why(above, "runs on into the next line")
            )
    return lines


def _unfounded_captions(lines: list[Line], photo_signs: frozenset[int]) -> list[Line]:
    """Captions need a photo: a run of caption lines with no credit and no caption or credit word is body text."""
    for run in _runs(lines):
        if any(line.role is Role.CREDIT or line.number in photo_signs for line in run):
            continue
        for line in run:
            role = Role.HEADING if line.role is Role.CAPTION_TITLE else Role.PARAGRAPH
            lines[line.number - 1] = replace(
                line, role=role, reason=_why(line, "no credit or caption word marks a photo")
            )
    return lines


def _repair_titles(lines: list[Line]) -> list[Line]:
    """A caption title with no caption text under it is the text of an untitled caption."""
    content = _content(lines)
    for position, line in enumerate(content):
        if line.role is not Role.CAPTION_TITLE:
            continue
        following = _next_part(content, position)
        if following is None or following.role is not Role.CAPTION_TEXT:
            lines[line.number - 1] = replace(
                line, role=Role.CAPTION_TEXT, reason=_why(line, "no caption text under it")
            )
    return lines


def _next_part(content: Sequence[Line], position: int) -> Line | None:
    """The next line that is not a counter, ad or prompt."""
    for line in content[position + 1 :]:
        if line.role not in _RUN_GAPS:
            return line
    return None


def _repair_galleries(lines: list[Line]) -> list[Line]:
    """Gallery headings open galleries that have captions; gallery intros sit right under such a heading."""
    content = _content(lines)
    heading: Line | None = None
    intro_open = False
    captions_seen = 0
    pending: list[Line] = []
    for line in [*content, None]:
        if line is None or line.role.is_heading:
            if heading is not None and captions_seen == 0:
                _demote(lines, heading, pending)
            heading, intro_open, captions_seen, pending = None, False, 0, []
            if line is not None and line.role is Role.GALLERY_HEADING:
                heading, intro_open = line, True
            continue
        if line.role is Role.CAPTION_TEXT:
            captions_seen += 1
        if line.role is Role.GALLERY_INTRO:
            if intro_open:
                pending.append(line)
            else:
                lines[line.number - 1] = replace(
                    line, role=Role.PARAGRAPH, reason=_why(line, "no gallery heading above")
                )
        elif line.role in _PARTS or line.role is Role.PARAGRAPH:
            intro_open = False
    return lines


def _demote(lines: list[Line], heading: Line, intro: list[Line]) -> None:
    """A gallery heading with no captions under it is a section heading; its intro is body text."""
    lines[heading.number - 1] = replace(heading, role=Role.HEADING, reason=_why(heading, "no photos under it"))
    for line in intro:
        lines[line.number - 1] = replace(line, role=Role.PARAGRAPH, reason=_why(line, "no photos follow"))


def _why(line: Line, repair: str) -> str:
    """A line's reason with the structural repair that changed its role."""
    return f"{repair} (was {line.role.value}: {line.reason})" if line.reason else repair


def _runs(lines: Sequence[Line]) -> list[list[Line]]:
    """Runs of caption parts (title, text, credit), stepping over counters and ad labels between them."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in _content(lines):
        if line.role in _PARTS:
            run.append(line)
        elif line.role not in _RUN_GAPS and run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _captions(lines: Sequence[Line], inline_credits: Mapping[int, str]) -> list[Caption]:
    """Every caption, in line order."""
    captions: list[Caption] = []
    for run in _runs(lines):
        groups = _titled_groups(run) if any(line.role is Role.CAPTION_TITLE for line in run) else _untitled_groups(run)
        captions += (_caption(group, inline_credits) for group in groups)
    return captions


@dataclass(slots=True)
class _Group:
    """A caption being put together from its lines."""

    text: Line | None = None
    title: Line | None = None
    credit: Line | None = None


def _titled_groups(run: list[Line]) -> list[_Group]:
    """Captions with titles: each title opens one, and a credit closes the caption above it."""
    groups: list[_Group] = []
    for line in run:
        current = groups[-1] if groups else None
        if line.role is Role.CAPTION_TITLE:
            groups.append(_Group(title=line))
        elif line.role is Role.CAPTION_TEXT:
            if current is not None and current.text is None:
                current.text = line
            else:
                groups.append(_Group(text=line))
        elif current is not None and current.text is not None and current.credit is None:
            current.credit = line  # a credit before any caption is the gallery's own: it stands alone
    return [group for group in groups if group.text is not None]


def _untitled_groups(run: list[Line]) -> list[_Group]:
    """One-line captions: credits after their text, unless the run opens with a credit (credits first)."""
    texts = [line for line in run if line.role is Role.CAPTION_TEXT]
    groups = {line.number: _Group(text=line) for line in texts}
    credit_first = run[0].role is Role.CREDIT
    for position, line in enumerate(run):
        if line.role is not Role.CREDIT:
            continue
        neighbours = run[position + 1 :] if credit_first else reversed(run[:position])
        owner = next(iter(neighbours), None)
        if owner is not None and owner.role is Role.CAPTION_TEXT and groups[owner.number].credit is None:
            groups[owner.number].credit = line
    return [groups[line.number] for line in texts]


def _caption(group: _Group, inline_credits: Mapping[int, str]) -> Caption:
    """The public caption of a group; a credit written inside the text is split off it."""
    text_line = group.text
    assert text_line is not None
    text = text_line.text
    credit = _credit_text(group.credit) if group.credit is not None else None
    inline = inline_credits.get(text_line.number)
    if credit is None and inline:
        credit = inline
        text = text[: len(text) - len(inline)].rstrip(" ([|–—-").rstrip() if text.endswith(inline) else text
    return Caption(
        text=_without_prefix(text),
        text_line=text_line.number,
        title=group.title.text if group.title else None,
        title_line=group.title.number if group.title else None,
        credit=credit,
        credit_line=group.credit.number if group.credit else None,
    )


def _credit_text(line: Line) -> str:
    """The credit line as shown (the whole line: ``Foto: Reuters/A. Ismail``)."""
    return line.text


def _without_prefix(text: str) -> str:
    """``Image caption, People flee`` → ``People flee``."""
    found = lexicon().caption.prefix(text)
    return found.rest if found and found.rest else text


def _drop_strays(lines: list[Line], captions: list[Caption], photo_signs: frozenset[int]) -> list[Caption]:
    """Outside a gallery, a caption needs a credit after it, or a photo sign of its own.

    ``text / Foto: X / next paragraph``: the credit closes the caption above it, and the
    paragraph after it is body text, not a second, uncredited caption (its title, if it was
    given one, is a subheading). A credit before a line marks that line only when it says it is
    a caption (``Image caption, …``) or when the article puts credits first throughout (two
    or more such captions); otherwise the credit stands alone. In a gallery an uncredited
    caption is normal (the last photo often has no credit).
    """
    gallery = _gallery_lines(lines)
    series = sum(1 for c in captions if c.credit_line is not None and c.credit_line < c.text_line) >= 2
    kept: list[Caption] = []
    for caption in captions:
        credited_after = caption.credit_line is None or caption.credit_line > caption.text_line
        founded = caption.text_line in gallery or caption.text_line in photo_signs
        if founded or (caption.credit is not None and (credited_after or series)):
            kept.append(caption)
            continue
        why = "no credit of its own, outside a gallery"
        line = lines[caption.text_line - 1]
        lines[caption.text_line - 1] = replace(line, role=Role.PARAGRAPH, reason=_why(line, why))
        if caption.title_line is not None:
            title = lines[caption.title_line - 1]
            lines[caption.title_line - 1] = replace(title, role=Role.HEADING, reason=_why(title, why))
    return kept


def _gallery_lines(lines: Sequence[Line]) -> set[int]:
    """Numbers of the lines that lie under a gallery heading."""
    inside: set[int] = set()
    in_gallery = False
    for line in lines:
        if line.role.is_heading:
            in_gallery = line.role is Role.GALLERY_HEADING
        elif in_gallery:
            inside.add(line.number)
    return inside


def _sections(lines: Sequence[Line]) -> list[Section]:
    """Sections from headings; the lead (before the first heading) has no title.

    A lead of nothing but blank lines and clutter (a page's menus above the headline) is no
    section of its own: it opens the first titled one, so "Section 1" is the headline's.
    """
    starts = [line for line in lines if line.role.is_heading]
    sections: list[Section] = []
    if not lines:
        return sections
    first_heading = starts[0].number if starts else len(lines) + 1
    if first_heading > 1 and any(_shown(line) for line in lines[: first_heading - 1]):
        sections.append(Section(None, "body", None, 1, first_heading - 1))
    for position, heading in enumerate(starts):
        last = starts[position + 1].number - 1 if position + 1 < len(starts) else len(lines)
        first = heading.number if sections or heading.number == 1 else 1
        kind = "gallery" if heading.role is Role.GALLERY_HEADING else "body"
        sections.append(Section(heading.text, kind, heading.number, first, last))
    return sections


def _shown(line: Line) -> bool:
    """A line clean mode shows: neither blank nor clutter."""
    return line.role is not Role.BLANK and not line.role.is_clutter


def _title(lines: Sequence[Line]) -> str | None:
    """The article's title: a section heading above all of its running text, or none."""
    for line in lines:
        if line.role is Role.HEADING:
            return line.text
        if line.role in (Role.PARAGRAPH, Role.GALLERY_INTRO, Role.GALLERY_HEADING):
            return None
    return None
