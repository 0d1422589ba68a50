"""Chinese dates: tokens, joined expressions, resolution, and the dateparser fallback."""
