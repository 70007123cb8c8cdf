"""The prepare mode: the secretariat's workspace (meetings, agenda, documents, publication)."""
