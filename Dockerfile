# The archive's web server: gunicorn on port 8000. On start, docker/entrypoint.sh applies the migrations
# and collects the static files. Configured by environment (see .env.example and README, "Deploying").
FROM python:3.12-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 1000 archive
WORKDIR /app

COPY pyproject.toml README.md manage.py ./
COPY archive ./archive
COPY api ./api
COPY templates ./templates
COPY static ./static
RUN pip install -e . && mkdir staticfiles && chown archive staticfiles
COPY docker/entrypoint.sh /usr/local/bin/entrypoint

USER archive
EXPOSE 8000
ENTRYPOINT ["entrypoint"]
# A worker is replaced after 1,000 requests (give or take 100, so that not all at once): memory a request
# made it grow is given back. --timeout ends a worker stuck past 60 s.
CMD ["gunicorn", "archive.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "4", "--worker-class", "gthread", "--threads", "4", "--keep-alive", "5", "--max-requests", "1000", "--max-requests-jitter", "100", "--timeout", "60"]
