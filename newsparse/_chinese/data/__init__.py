"""Character tables read by the Chinese-text modules."""
