"""News conventions: datelines, credits, outlets and agencies, headline cleaning."""
