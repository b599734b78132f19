"""Admin hooks for the editorial takedown (filled in by its own module)."""
