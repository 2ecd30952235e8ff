"""Modal screens: help, hidden clutter."""
