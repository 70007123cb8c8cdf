"""The secretariat's services: meetings, agenda, documents, publication, people, requests.

Each writes through the laptop's one local-write path (:class:`~meetings_app.app.local_writes.LocalWriter`),
so the secretariat works offline like a member, and the store's answer (applied, or refused
with ``CONFLICT`` and its own copy) comes back through the ordinary sync.
"""
