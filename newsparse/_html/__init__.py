"""HTML pages to blocks: decoding, the cleaned tree, the head, the one walk that emits blocks."""
