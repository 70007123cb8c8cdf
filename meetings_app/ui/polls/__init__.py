"""Member client: polls."""
