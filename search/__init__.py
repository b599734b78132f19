"""The citizen search page; backend selection, Vietnamese folding and promotions build on it (issue 5)."""
