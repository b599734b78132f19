"""The shared search behaviour suite: the same Vietnamese queries and expected results on every search backend."""
