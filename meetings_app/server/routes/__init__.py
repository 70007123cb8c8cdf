"""HTTP routes of the store, one router per subject."""
