"""The document layer: loading, parsing and understanding pasted articles (no UI imports)."""

from __future__ import annotations

from reader.document.model import Article, Caption, Line, Quote, Role, Section

__all__ = ["Article", "Caption", "Line", "Quote", "Role", "Section"]
