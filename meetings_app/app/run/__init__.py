"""The chair's and secretary's services for running a meeting (DESIGN.md, "Three users")."""
