# The archive's web server: gunicorn on port 8000 (docker/gunicorn.conf.py). On start, docker/entrypoint.sh applies the migrations
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
COPY docker/gunicorn.conf.py ./gunicorn.conf.py

USER archive
EXPOSE 8000
ENTRYPOINT ["entrypoint"]
CMD ["gunicorn", "archive.wsgi:application", "--config", "gunicorn.conf.py"]
