"""The store's HTTP routes, one router module per room of the API (DESIGN.md, "Sync API v1").

``create_app`` includes every router listed in :data:`ROUTERS`; adding a room is one line.
"""
