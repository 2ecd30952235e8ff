"""Accessibility themes and the WCAG contrast check that decides which themes are offered."""

from __future__ import annotations

from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme

HIGH_CONTRAST = 7.0
"""WCAG AAA for body text: the accessibility themes must reach it."""

MINIMUM_CONTRAST = 4.5
"""WCAG AA for body text: themes below it are not offered."""

ACCESSIBILITY_THEMES: tuple[Theme, ...] = (
    Theme(
        name="reader-high-contrast-dark",
        primary="#FFD700",
        secondary="#00FFFF",
        accent="#FFD700",
        foreground="#FFFFFF",
        background="#000000",
        surface="#000000",
        panel="#1C1C1C",
        warning="#FFB000",
        error="#FF6E6E",
        success="#7CFF7C",
        dark=True,
    ),
    Theme(
        name="reader-high-contrast-light",
        primary="#0000B3",
        secondary="#6B0080",
        accent="#0000B3",
        foreground="#000000",
        background="#FFFFFF",
        surface="#FFFFFF",
        panel="#E6E6E6",
        warning="#7A4A00",
        error="#A00000",
        success="#005C00",
        dark=False,
    ),
    Theme(
        name="reader-yellow-on-black",
        primary="#FFFF00",
        secondary="#FFFFFF",
        accent="#FFFFFF",
        foreground="#FFFF00",
        background="#000000",
        surface="#000000",
        panel="#262600",
        warning="#FFB000",
        error="#FF8080",
        success="#80FF80",
        dark=True,
    ),
)
"""High-contrast dark, high-contrast light and yellow on black; ``t`` cycles through them."""

ACCESSIBILITY_THEME_NAMES = tuple(theme.name for theme in ACCESSIBILITY_THEMES)


def relative_luminance(color: Color) -> float:
    """WCAG 2 relative luminance of an opaque sRGB colour."""

    def channel(value: int) -> float:
        scaled = value / 255
        return scaled / 12.92 if scaled <= 0.03928 else ((scaled + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast_ratio(first: Color, second: Color) -> float:
    """WCAG contrast ratio between two opaque colours (1 to 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def body_text_contrast(theme: Theme) -> float | None:
    """Contrast of body text on the backgrounds the reader draws it on (the worst of them).

    Returns None for themes that use the terminal's own ANSI colours (not measurable).
    """
    colors = theme.to_color_system().generate()
    try:
        background = Color.parse(colors["background"])
        foreground = Color.parse(colors["foreground"])
        panel = Color.parse(colors["panel"])
        surface = Color.parse(colors["surface"])
    except Exception:
        return None
    ratios = []
    for ground in (background, surface, panel):
        opaque_ground = background.blend(ground, ground.a) if ground.a < 1 else ground
        text = opaque_ground.blend(foreground, foreground.a) if foreground.a < 1 else foreground
        ratios.append(contrast_ratio(text, opaque_ground))
    return min(ratios)


def offered_themes() -> list[Theme]:
    """The accessibility themes, then every built-in theme whose body text reaches 4.5:1."""
    offered = list(ACCESSIBILITY_THEMES)
    for theme in BUILTIN_THEMES.values():
        ratio = body_text_contrast(theme)
        if ratio is not None and ratio >= MINIMUM_CONTRAST:
            offered.append(theme)
    return offered
