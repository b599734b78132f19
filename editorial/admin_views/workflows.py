"""Admin hooks for the editorial workflows (filled in by its own module)."""
