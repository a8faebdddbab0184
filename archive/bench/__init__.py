"""`manage.py bench`: a synthetic full-scale archive in its own database, measured through gunicorn.

Generation: `plan` (sessions and their resolutions), `profile` (the sample corpus's structure),
`vocabulary` (per-language words and phrasings), `synthetic` (rows). Loading: `database`, `loader`.
Measuring: `scenarios` (the URLs), `queries` (SQL per request), `throughput` (parse and ingest),
`ceiling` (the static-file ceiling) and `load` (a small HTTP load runner); gunicorn itself is started by
`archive.loadgen`. Reporting: `report` (JSON and tables) and `charts` (HTML).
"""
