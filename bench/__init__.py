"""Benchmarks, run with `python -m bench [pages|archive|search]`:

- pages (the default, `make bench`): render times and query counts of the seeded demo portal's pages;
- archive: adds a realistic archive of Vietnamese articles to the seeded portal and builds its search index;
- search: median and p95 latency of varied citizen searches (best on that archive).

Figures go to stdout and bench/results/*.json."""
