"""Admin hooks for the editorial reports (filled in by its own module)."""
