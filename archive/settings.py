"""Settings, read from the environment and nothing else: importing them writes no file, starts no
process and connects nowhere. A missing or malformed value stops start-up with ImproperlyConfigured
naming the variable.

DATABASE_URL is required. In a checkout, `manage.py` and the test suite set it (and a development
DJANGO_SECRET_KEY) for the embedded development server: see archive/development.py.
"""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path

import dj_database_url
from corsheaders.defaults import default_headers as cors_default_headers
from django.core.exceptions import ImproperlyConfigured
from whitenoise.compress import Compressor

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), not {value!r}")


def env_int(name: str, default: int, minimum: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None
    if number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {value!r}")
    return number


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def database_from_url(name: str, url: str) -> dict:
    """Django's settings of the PostgreSQL database at `url` (never shown: it may hold a password)."""
    try:
        if not url.startswith(("postgres://", "postgresql://")):
            raise ValueError
        return dj_database_url.parse(url)
    except ValueError:
        raise ImproperlyConfigured(
            f"{name} must be a PostgreSQL URL: postgres://user:password@host:5432/name"
        ) from None


def env_rate(name: str, default: str) -> str:
    value = os.environ.get(name) or default
    if not re.fullmatch(r"[1-9][0-9]*/(second|minute|hour|day|[smhd])", value):
        raise ImproperlyConfigured(f"{name} must be a rate such as 1000/hour, not {value!r}")
    return value


def env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    value = (os.environ.get(name) or default).upper()
    if value not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}, not {os.environ[name]!r}")
    return value


DEBUG = env_bool("DJANGO_DEBUG", False)
# A deployment must be given its key (a checkout's manage.py makes one: archive/development.py).
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or ""
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set unless DJANGO_DEBUG is on")
    SECRET_KEY = "django-insecure-debug-only"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
for origin in CSRF_TRUSTED_ORIGINS:
    if not origin.startswith(("https://", "http://")):
        raise ImproperlyConfigured(
            f"DJANGO_CSRF_TRUSTED_ORIGINS must list origins with their scheme (https://…), not {origin!r}"
        )

# --- Deployment: HTTPS, security headers (see archive/serving/) ----------------------------------
# Served over HTTPS, behind a proxy that terminates TLS and sets X-Forwarded-Proto (on unless debugging).
HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # probed over plain HTTP from inside the container network
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000, minimum=0) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# The client's address: TRUSTED_PROXY_COUNT reverse proxies (the TLS proxy, compose's nginx) stand in
# front and each appends the address it saw to X-Forwarded-For; the client is the one the outermost
# trusted proxy saw, whatever the client itself sent. 0: REMOTE_ADDR (no proxy). One rule, DRF's
# (NUM_PROXIES below), for the API's limits, the login lockout and the logs (archive/serving/client.py).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0)
# Admin login: after AXES_FAILURE_LIMIT failed attempts for one username from one address, that username is
# refused (429) from that address for an hour: editors behind one proxy address do not lock each other out.
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "archive.serving.client.client_address"
# --- end deployment ---------------------------------------------------------------------------------

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "rest_framework",
    "corsheaders",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "archive.apps.ArchiveConfig",
    "api.apps.ApiConfig",
]
# A history record's change reason is a reason's name and parameters as JSON (`archive.models.history`):
# a text column, not simple-history's default of 100 characters, which cut long file names.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

MIDDLEWARE = [
    "archive.serving.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "archive.serving.compression.ApiGZipMiddleware",
    "archive.serving.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "archive.serving.language.PathOrHeaderLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "archive.serving.body_limit.RequestBodyLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
    "archive.serving.database_unavailable.DatabaseUnavailableMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses logins from locked-out addresses
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "archive.pages.context.interface",
                "archive.pages.discovery.discovery",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

database_url = os.environ.get("DATABASE_URL") or ""  # not a setting: debug pages would show its password
if not database_url:
    raise ImproperlyConfigured(
        "DATABASE_URL must be set (postgres://user:password@host:5432/name); in a checkout, run "
        "through manage.py or make, which start the embedded development server"
    )
DATABASES = {"default": database_from_url("DATABASE_URL", database_url)}
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0)
# A persistent connection is checked before reuse, so the site recovers when the database comes back.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Bounded work: PostgreSQL cancels a web request's statement after DATABASE_STATEMENT_TIMEOUT_MS (the page
# answers 503, archive/serving/database_unavailable.py); ingestion and maintenance commands run with
# DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS instead (archive/management/maintenance.py). 0: no limit.
DATABASE_STATEMENT_TIMEOUT_MS = env_int("DATABASE_STATEMENT_TIMEOUT_MS", 15_000, minimum=0)
DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS = env_int(
    "DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS", 3_600_000, minimum=0
)
# random_page_cost=1.1: the planner's cost of a page read out of order, as PostgreSQL's documentation
# advises for SSDs and data held in memory (its default, 4, is for spinning disks). With 4, a search for
# common words scans every text and reads each one's search vector, stored out of line, where the index
# finds the same texts five times faster (docs/performance.md, "Search at full scale").
_options = DATABASES["default"].setdefault("OPTIONS", {})
_options["options"] = (
    f"{_options.get('options', '')} -c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}"
    " -c random_page_cost=1.1"
).strip()
# Prepared statements, by psycopg: a statement run more than five times on a connection is prepared
# there, and PostgreSQL plans it once rather than on every run (planning the statements of a page never
# rendered before cost as much as running them: docs/performance.md). Server-side binding is what lets psycopg
# prepare Django's queries. Off (false) behind a pooler in transaction mode that cannot keep them
# (PgBouncer before 1.21, or without max_prepared_statements). A statement bound on the server takes at
# most 65,535 parameters: Django inserts many rows as one array per column, and the longest lists of ids
# the code binds are of resolutions (about 20,000 in the General Assembly's whole history). A search's
# statements are planned for its words each time (archive/search/budget.py): a generic plan doubled its time.
if env_bool("DATABASE_PREPARED_STATEMENTS", True):
    _options.update(server_side_binding=True, prepare_threshold=5)

# Parallel test runs on one server need distinct test databases.
DATABASES["default"]["TEST"] = {"NAME": os.environ.get("ARCHIVE_TEST_DATABASE", "test_archive")}

# --- Read replicas (archive/replicas.py) ----------------------------------------------------------
# DATABASE_REPLICA_URLS: comma-separated postgres:// URLs of streaming standbys of DATABASE_URL, as
# replica_1, replica_2…; reads of requests that change nothing go to one of them. A client that wrote
# reads the primary for DATABASE_PRIMARY_PIN_SECONDS afterwards. Tests use `default` for them all.
DATABASE_PRIMARY_PIN_SECONDS = env_int("DATABASE_PRIMARY_PIN_SECONDS", 5, minimum=0)
for number, url in enumerate(env_list("DATABASE_REPLICA_URLS", []), start=1):
    replica = database_from_url(f"DATABASE_REPLICA_URLS (URL {number})", url)
    DATABASES[f"replica_{number}"] = {
        **DATABASES["default"],
        **{key: replica[key] for key in ("NAME", "USER", "PASSWORD", "HOST", "PORT")},
        "OPTIONS": {**DATABASES["default"].get("OPTIONS", {}), **replica.get("OPTIONS", {})},
        "TEST": {"MIRROR": "default"},
    }
if len(DATABASES) > 1:
    DATABASE_ROUTERS = ["archive.replicas.ReplicaRouter"]
    MIDDLEWARE.insert(1, "archive.replicas.ReplicaReadsMiddleware")  # before anything reads
# --- end read replicas ----------------------------------------------------------------------------

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
# The interface's languages, the six official ones in the UN's order. Chinese is Django's "zh-hans" (its
# own and DRF's catalogues are zh_Hans); the URL prefix is "zh", as a text's language code, and our
# catalogue archive/locale/zh serves both "zh" and "zh-hans" (gettext tries zh_Hans, then zh).
LANGUAGES = [
    ("ar", "العربية"),
    ("zh-hans", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "archive" / "locale"]

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Source maps (7 MB of the API docs' and admin's bundles, twice: plain and hashed names) are read by
# developer tools only: served as they are, not compressed by every collectstatic.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]

# Largest upload accepted for ingestion, in bytes.
ARCHIVE_MAX_UPLOAD_BYTES = env_int("ARCHIVE_MAX_UPLOAD_BYTES", 50 * 1024 * 1024, minimum=1)
DATA_UPLOAD_MAX_MEMORY_SIZE = ARCHIVE_MAX_UPLOAD_BYTES
# What reading one uploaded PDF may cost: a child process reads it, killed past these (archive/pdf_text.py).
PDF_CPU_SECONDS = env_int("PDF_CPU_SECONDS", 30, minimum=1)
PDF_MEMORY_BYTES = env_int("PDF_MEMORY_BYTES", 1024 * 1024 * 1024, minimum=256 * 1024 * 1024)
PDF_MAX_PAGES = env_int("PDF_MAX_PAGES", 500, minimum=1)
# The largest request body a client that is not signed in may send (archive/serving/body_limit.py).
ANONYMOUS_BODY_MAX_BYTES = env_int("ANONYMOUS_BODY_MAX_BYTES", 64 * 1024, minimum=1024)
# Uploads waiting in the admin between the ingestion preview and the editor's confirmation (git-ignored).
ARCHIVE_STAGING_DIR = Path(os.environ.get("ARCHIVE_STAGING_DIR") or BASE_DIR / ".data" / "staging")
# At most this many bytes of uploads wait there at once (archive/admin/staging.py).
ARCHIVE_STAGING_QUOTA_BYTES = env_int("ARCHIVE_STAGING_QUOTA_BYTES", 1024 * 1024 * 1024, minimum=1)
if not ARCHIVE_STAGING_DIR.is_absolute():
    raise ImproperlyConfigured(
        f"ARCHIVE_STAGING_DIR must be an absolute path, not {str(ARCHIVE_STAGING_DIR)!r}"
    )

# Downloadable dumps of the corpus (archive/dumps.py), rebuilt there when the archive changes (git-ignored).
ARCHIVE_DUMP_DIR = Path(os.environ.get("ARCHIVE_DUMP_DIR") or BASE_DIR / ".data" / "dumps")
if not ARCHIVE_DUMP_DIR.is_absolute():
    raise ImproperlyConfigured(f"ARCHIVE_DUMP_DIR must be an absolute path, not {str(ARCHIVE_DUMP_DIR)!r}")

# The site's public address (scheme and host): canonical links, sitemaps, feeds, dumps and the Akoma Ntoso
# IRIs are absolute under it, whichever host name a request came in by.
ARCHIVE_CANONICAL_URL = (os.environ.get("ARCHIVE_CANONICAL_URL") or "http://127.0.0.1:8000").removesuffix("/")
if not re.fullmatch(r"https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?", ARCHIVE_CANONICAL_URL):
    raise ImproperlyConfigured(
        "ARCHIVE_CANONICAL_URL must be the site's scheme and host, as https://archive.example.org, "
        f"not {ARCHIVE_CANONICAL_URL!r}"
    )

# Bounded work in a page: a comparison (/compare) that runs past ARCHIVE_COMPARE_BUDGET_SECONDS of computing
# stops and answers "too long to compare" (archive/pages/time_budget.py). A search's statements are cancelled
# after SEARCH_STATEMENT_TIMEOUT_MS, and it answers "too broad" (archive/search/budget.py); /search is
# limited to SEARCH_RATE searches per client address.
SEARCH_STATEMENT_TIMEOUT_MS = env_int("SEARCH_STATEMENT_TIMEOUT_MS", 3_000, minimum=1)
ARCHIVE_COMPARE_BUDGET_SECONDS = env_int("ARCHIVE_COMPARE_BUDGET_SECONDS", 5, minimum=1)
# Comparisons one worker process computes at once; past them a comparison not yet cached answers 503 with
# Retry-After at once (archive/pages/compare_slots.py).
ARCHIVE_COMPARE_SLOTS = env_int("ARCHIVE_COMPARE_SLOTS", 1, minimum=1)

# --- The UN Digital Library (archive/harvest/): the harvester asks nothing of any other host -----------
UNDL_BASE_URL = (os.environ.get("UNDL_BASE_URL") or "https://digitallibrary.un.org").rstrip("/")
if not UNDL_BASE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured(f"UNDL_BASE_URL must be an http(s) URL, not {UNDL_BASE_URL!r}")
# At most one request every UNDL_INTERVAL_MS milliseconds; UNDL_RETRIES retries of a failed request
# (timeouts, 429, 5xx), backing off from UNDL_BACKOFF_MS (doubled each time, or the answer's Retry-After).
UNDL_INTERVAL_MS = env_int("UNDL_INTERVAL_MS", 1000, minimum=0)
UNDL_RETRIES = env_int("UNDL_RETRIES", 4, minimum=0)
UNDL_BACKOFF_MS = env_int("UNDL_BACKOFF_MS", 2000, minimum=0)
UNDL_TIMEOUT_S = env_int("UNDL_TIMEOUT_S", 60, minimum=1)
# Records asked for in one page of search results (the Digital Library answers at most 200).
UNDL_PAGE_SIZE = env_int("UNDL_PAGE_SIZE", 100, minimum=1)

# --- Rendered-response cache and ETags (archive/serving/conditional.py) -----------------------------
# ARCHIVE_CACHE_URL: empty for a cache in each process's memory (ARCHIVE_CACHE_ENTRIES responses);
# file:///var/cache/archive for files shared by the processes of one host (diskcache, through
# archive/serving/file_cache.py: its SQLite index finds the oldest entries to cull past 1 GiB, where Django's
# file cache lists the whole folder on every write); redis://host:6379/0 for a Redis server shared by all
# (needs the `redis` package). Keys hold the content version: never stale.
ARCHIVE_CACHE_URL = os.environ.get("ARCHIVE_CACHE_URL") or ""
ARCHIVE_CACHE_ENTRIES = env_int("ARCHIVE_CACHE_ENTRIES", 1000, minimum=1)


def cache_from_url(url: str) -> dict:
    options = {"TIMEOUT": None, "OPTIONS": {"MAX_ENTRIES": ARCHIVE_CACHE_ENTRIES}}
    if not url:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", **options}
    if url.startswith("file:///"):
        return {"BACKEND": "archive.serving.file_cache.FileCache", "LOCATION": url[7:], "TIMEOUT": None}
    if url.startswith(("redis://", "rediss://")):
        if importlib.util.find_spec("redis") is None:
            raise ImproperlyConfigured("ARCHIVE_CACHE_URL names Redis: install the redis package")
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url, "TIMEOUT": None}
    raise ImproperlyConfigured(f"ARCHIVE_CACHE_URL must be file:///path or redis://host:port/db, not {url!r}")


CACHES = {"default": cache_from_url(ARCHIVE_CACHE_URL)}
# Part of every ETag and cache key: a new release never answers 304 for what it renders differently.
# Unset, archive.serving.release.release() hashes the code on first use.
ARCHIVE_RELEASE = os.environ.get("ARCHIVE_RELEASE") or ""

# --- REST API (api/): DRF, OpenAPI schema, CORS ------------------------------------------------
# Rates as DRF writes them ("1000/hour", "20/minute"): anonymous API requests per client address,
# API requests per signed-in user or token, /search pages per client address (archive/serving/limits.py).
API_ANON_RATE = env_rate("API_ANON_RATE", "1000/hour")
API_USER_RATE = env_rate("API_USER_RATE", "10000/hour")
SEARCH_RATE = env_rate("SEARCH_RATE", "60/minute")
API_PAGE_SIZE = env_int("API_PAGE_SIZE", 50, minimum=1)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticatedOrReadOnly",  # anonymous writes: 401
        "api.permissions.ModelPermissionsOrReadOnly",  # writes without the Editors' permissions: 403
    ],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.Pagination",
    "PAGE_SIZE": API_PAGE_SIZE,
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.AnonThrottle", "api.throttling.UserThrottle"],
    "DEFAULT_SCHEMA_CLASS": "api.schema.ApiSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    "DEFAULT_METADATA_CLASS": "api.metadata.Metadata",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "UN General Assembly resolutions archive API",
    "DESCRIPTION": "The archive as data: sessions, resolutions (as `manage.py export` prints them), their "
    "paragraphs, footnotes and citations, in JSON, plain text and Akoma Ntoso 3.0 XML.",
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # Without deep links an operation's summary is one button, not a button holding a link (axe-core:
    # nested-interactive).
    "SWAGGER_UI_SETTINGS": {"deepLinking": False},
    "ENUM_NAME_OVERRIDES": {
        "SessionKindEnum": "archive.models.Session.Kind",
        "CitationKindEnum": "archive.models.Citation.Kind",
        "LanguageEnum": "archive.models.ResolutionText.Language",
        "VoteEnum": "archive.models.Resolution.Vote",
        "ParagraphKindEnum": "archive.models.Paragraph.Kind",
        "MemberStateVoteEnum": "archive.models.MemberStateVote.Choice",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.query_parameters_may_be_empty",
        "api.schema.follow_links",
    ],
}

# Browser clients on other sites may read the API (and only read it), conditionally, and read the headers
# that paging, validation and rate limits put in the answers.
CORS_ALLOW_ALL_ORIGINS = True
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = [*cors_default_headers, "if-none-match", "if-match", "if-modified-since"]
CORS_EXPOSE_HEADERS = [
    "ETag",
    "Last-Modified",
    "Link",
    "Location",
    "Content-Language",
    "Retry-After",
    "RateLimit",
    "RateLimit-Policy",
]
# --- end REST API -------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "archive.serving.request_log.JsonFormatter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "json": {"class": "logging.StreamHandler", "formatter": "json"},
    },
    "loggers": {
        # One JSON line per request: method, path, status, duration_ms.
        "archive.requests": {"handlers": ["json"], "level": "INFO", "propagate": False},
        # One JSON line per security event: logins, failed logins, logouts, ingests (user, client, action).
        "archive.security": {"handlers": ["json"], "level": "INFO", "propagate": False},
    },
    "root": {
        "handlers": ["console"],
        "level": env_choice("DJANGO_LOG_LEVEL", "WARNING", ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")),
    },
}
