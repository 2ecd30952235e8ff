"""Input: bytes, files, standard input, HTML, Markdown and URLs turned into lines (with hints from markup)."""
