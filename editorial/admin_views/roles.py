"""Admin hooks for the editorial roles (filled in by its own module)."""
