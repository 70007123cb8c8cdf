"""Member client: speaking."""
