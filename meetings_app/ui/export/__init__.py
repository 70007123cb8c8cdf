"""Member client: export."""
