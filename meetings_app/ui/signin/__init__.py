"""Member client: signin."""
