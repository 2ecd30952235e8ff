"""Narration: reading plans, the eSpeak NG engine through pyttsx3, audio players (no UI imports)."""
