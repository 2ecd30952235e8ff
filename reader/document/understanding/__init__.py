"""Understanding: evidence per line, one joint decision over roles, structure, quotes and language."""
