"""`python -m bench [pages|archive|search] …`: see bench/__init__.py. Without a command, the page benchmark."""

import argparse
import json
import os
import sys
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

RESULTS = Path(__file__).parent / "results"


def _save(name, figures):
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / name).write_text(json.dumps(figures, indent=2, ensure_ascii=False, default=str))


def _progress(label):
    def show(done, total, seconds=None):
        elapsed = f" {seconds:7.1f} s" if seconds is not None else ""
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r{label} {done:>7}/{total}{elapsed}{end}")
        sys.stderr.flush()

    return show


def _megabytes(size):
    return f"{size / 1024 / 1024:.1f} MB" if size is not None else "n/a"


def archive(args):
    from bench.archive import NoSections, build_index, generate_archive, search_index_size

    # Query logging (DEBUG in the dev settings) would keep every batch's SQL text in memory.
    with override_settings(DEBUG=False):
        try:
            report = generate_archive(args.articles, seed=args.seed, progress=_progress("articles"))
        except NoSections as error:
            raise SystemExit(str(error)) from error
        print(f"Generated {report.created} articles in {report.seconds:.1f} s")
        figures = {"articles": report.created, "generation_s": round(report.seconds, 1)}
        if not args.no_index:
            indexed = build_index(progress=_progress("indexed "))
            figures.update(indexed=indexed.indexed, index_build_s=round(indexed.seconds, 1))
            print(f"Indexed {indexed.indexed} articles in {indexed.seconds:.1f} s")
        if connection.vendor == "postgresql":
            # What autovacuum would do soon after such a load: fresh statistics, so that the planner knows the tables
            # grew a hundredfold, and the dead rows that Wagtail's indexer leaves (it rewrites every entry's title
            # norm after each batch) cleared from the visibility map. Searches right after the build, before it,
            # are half as fast again.
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        size = search_index_size()
        figures["index_bytes"] = size
        print(f"Search index: {_megabytes(size)}")
    _save("archive.json", figures)


def search(args):
    from bench.search import benchmark

    figures = benchmark(
        args.queries, seed=args.seed, backend=args.backend, with_page=not args.no_page, progress=_progress("queries")
    )
    search_figures = figures["search"]
    print(
        f"{figures['queries']} searches over {figures['articles']} articles ({figures['database']}, backend "
        f"{figures['backend']}, load {' '.join(map(str, figures['load_average']))})"
    )
    print(
        f"search  median {search_figures['median_ms']:7.1f} ms  p95 {search_figures['p95_ms']:7.1f} ms  "
        f"max {search_figures['max_ms']:7.1f} ms  {figures['sql_queries_per_search']['median']} SQL queries"
    )
    if "page" in figures:
        page = figures["page"]
        print(f"page    median {page['median_ms']:7.1f} ms  p95 {page['p95_ms']:7.1f} ms  max {page['max_ms']:7.1f} ms")
    verdict = "met" if figures["p95_met"] else "MISSED"
    print(f"p95 target {figures['p95_target_ms']} ms: {verdict}")
    print("slowest:")
    for slow in figures["slowest"][:5]:
        print(f"  {slow['search_ms']:7.1f} ms  {slow['results']:>6} results  {slow['query']}")
    _save("search.json", figures)


def pages(_args):
    from bench.pages import main

    main()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("pages", help="render times of the seeded portal's pages (the default)")
    archive_parser = commands.add_parser("archive", help="add a realistic archive of articles and index it")
    archive_parser.add_argument("--articles", type=int, default=100_000)
    archive_parser.add_argument("--seed", type=int, default=1)
    archive_parser.add_argument("--no-index", action="store_true", help="do not build the search index")
    search_parser = commands.add_parser("search", help="median and p95 latency of varied searches")
    search_parser.add_argument("--queries", type=int, default=200)
    search_parser.add_argument("--seed", type=int, default=1)
    search_parser.add_argument("--backend", default="default", help="a name of WAGTAILSEARCH_BACKENDS")
    search_parser.add_argument("--no-page", action="store_true", help="time the search only, not the whole page")
    args = parser.parse_args(argv)
    {"archive": archive, "search": search}.get(args.command, pages)(args)


if __name__ == "__main__":
    main()
