"""The benchmark and the load test: development tools beside the archive, neither installed nor deployed.

`python -m bench` (`make bench`): a synthetic full-scale archive in its own database, measured through
gunicorn. Generation: `plan` (sessions and their resolutions), `profile` (the sample corpus's structure),
`vocabulary` (per-language words and phrasings), `synthetic` (rows). Loading: `database`, `loader`.
Measuring: `server` (gunicorn on a loopback port), `clients` (a closed loop of HTTP clients),
`scenarios` (the URLs), `throughput` (parse, and ingest by one worker and by two), `worst_case` (the
parser's worst cases at 1×, 2×, 4× their size), `ceiling` (the page against its static file).
Reporting: `report` (JSON and tables); `run` puts it all together.

`python -m bench.loadtest` (`make loadtest`): locust's readers (`locustfile`) against gunicorn.
"""
