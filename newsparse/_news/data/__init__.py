"""Tables of outlets, places and credit words read by the news modules."""
