"""Điều hành: the chair's and secretary's meeting mode (DESIGN.md, "Three users")."""
