"""The load test's readers (`python -m bench.loadtest`, driven by `make loadtest`): each requests reading
pages, API calls and searches of the sample corpus, one after another without pause. Any response of
400 or above is a failure, and locust then exits non-zero."""

import random

from locust import FastHttpUser, constant, stats, task

stats.PERCENTILES_TO_REPORT = [0.50, 0.95, 0.99]

# Resolutions of the sample corpus (archive/sample_corpus).
PAGES = [
    "/",
    "/sessions",
    "/sessions/80",
    "/A/RES/80/1",
    "/A/RES/80/12",
    "/zh/A/RES/59/190",
]
API = [
    "/api/v1/resolutions/",
    "/api/v1/resolutions/A/RES/80/1",
    "/api/v1/resolutions/A/RES/59/190/paragraphs/",
    "/api/v1/sessions/",
    "/api/v1/citations/",
]
SEARCHES = [
    "/search?q=climate",
    "/search?q=human+rights",
    "/search?q=59/190",
    "/api/v1/search/?q=development",
]


class Reader(FastHttpUser):
    wait_time = constant(0)

    def get(self, paths: list[str]) -> None:
        path = random.choice(paths)
        self.client.get(path, name=path)

    @task(len(PAGES))
    def page(self):
        self.get(PAGES)

    @task(len(API))
    def api(self):
        self.get(API)

    @task(len(SEARCHES))
    def search(self):
        self.get(SEARCHES)
