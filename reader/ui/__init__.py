"""The Textual front end: renders the article model; never decides what a line is."""
