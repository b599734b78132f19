"""Admin hooks for the editorial plan (filled in by its own module)."""
