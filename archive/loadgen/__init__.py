"""A bounded HTTP load generator, for loopback servers only: `gunicorn()` serves the site, `run_load()`
sends it a mix of requests from concurrent clients and returns a `Report` (latency percentiles, errors).

    from archive.loadgen import gunicorn, run_load

    with gunicorn(workers=5) as base_url:
        report = asyncio.run(run_load(base_url, ["/", "/api/v1/resolutions/"], clients=50, duration=60))
    print(report.summary())

`python -m archive.loadgen` is `make loadtest`: the site's pages, API and search under 50 clients.
"""

from .client import Report, run_load
from .server import gunicorn

__all__ = ["Report", "gunicorn", "run_load"]
