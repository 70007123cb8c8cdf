"""Signing a report with the signer's own key: the key dialog."""
