"""Member client: notes."""
