"""Tables of tag names, class tokens, meta names and charset names."""
