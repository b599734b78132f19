"""Admin hooks for the editorial handbook (filled in by its own module)."""
