"""Member client: search."""
