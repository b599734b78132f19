"""Page-render benchmark on the seeded demo portal: median and p95 time and query count per page type.

Run with `make bench` (it seeds first). Figures go to stdout and bench/results/pages.json."""

import json
import os
import statistics
import time
from pathlib import Path

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sections.models import ArticlePage, SectionPage

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "50"))


def measure(client, url):
    client.get(url)  # warm caches and renditions
    timings = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    timings.sort()
    return {
        "url": url,
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
        "queries": len(queries),
    }


def main():
    client = Client(HTTP_HOST="localhost")
    section = SectionPage.objects.live().filter(depth=3, locale__language_code="vi").first()
    photo_report = ArticlePage.objects.live().filter(format="photo_report").first()
    if section is None or photo_report is None:
        raise SystemExit("No demo content: run `make seed` first.")
    results = {
        "home": measure(client, "/vi/"),
        "section": measure(client, section.url),
        "article (photo report)": measure(client, photo_report.url),
    }
    for name, figures in results.items():
        median, p95, queries = figures["median_ms"], figures["p95_ms"], figures["queries"]
        print(f"{name:24} median {median:7.1f} ms  p95 {p95:7.1f} ms  {queries} queries")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "pages.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
