"""Blocks to an Article: the labelling stages, title, header, body, listing, assembly."""
