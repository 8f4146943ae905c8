"""Settings, driven by environment variables.

SECRET_KEY, DEBUG, ALLOWED_HOSTS, DATABASE_URL (and CSRF_TRUSTED_ORIGINS) are read
from the environment. Without DATABASE_URL the app runs on SQLite in the project folder.
"""

import os
import secrets
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)  # on only when set (scripts/run.sh sets DEBUG=1)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Without SECRET_KEY and with DEBUG off (command-line use such as `manage.py analyse FILE`) the
# process gets a random key of its own: nothing signed survives it, so serving that way is
# refused by the deploy check (coachapp.checks) and scripts/serve.sh.
SECRET_KEY_IS_EPHEMERAL = not SECRET_KEY and not DEBUG
if not SECRET_KEY:
    SECRET_KEY = (
        secrets.token_urlsafe(50)
        if SECRET_KEY_IS_EPHEMERAL
        else "django-insecure-development-only-key"  # noqa: S105
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "template_partials",
    "dialogues",
    "workshops",
    "reviews",
    "rooms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "coachapp.busy.DatabaseBusyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "coachapp.htmx_errors.HtmxErrorMiddleware",  # no whole page swapped into a fragment
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "coachapp.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "coachapp.roles.context",
            ],
        },
    },
]

WSGI_APPLICATION = "coachapp.wsgi.application"
ASGI_APPLICATION = "coachapp.asgi.application"

# --- Serving: database, cache, busy database (issue 15; keep other settings out of this block) ---
# One process holds no state of its own: sessions, turns and the login throttling live in the
# database, the join-code rate limit in the cache named by CACHE_URL (the database by default).
SQLITE_PATH = Path(os.environ.get("SQLITE_PATH", BASE_DIR / "db.sqlite3"))
# How long a request waits for SQLite's write lock before it gets the "busy" page (503).
SQLITE_TIMEOUT = float(os.environ.get("SQLITE_TIMEOUT", 10))
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{SQLITE_PATH}",
        # Reuse a connection for this many seconds; check it before reuse, so a restarted
        # PostgreSQL costs only the requests that were in flight.
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", 60)),
        conn_health_checks=True,
    )
}
# A new connection to PostgreSQL is retried for this long (a restart), queries never.
DB_CONNECT_RETRY_SECONDS = float(os.environ.get("DB_CONNECT_RETRY_SECONDS", 10))
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "coachapp.db.postgresql"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers wait for each other (up to SQLITE_TIMEOUT) instead of failing at once.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": SQLITE_TIMEOUT,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # Tests use a file too (one per process), not shared-cache memory, so that concurrent writers
    # wait for each other exactly as they do in production.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"coachapp-test-{os.getpid()}.sqlite3")
    }


def cache_from_url(url):
    """CACHE_URL: db://<table> (default db://coachapp_cache), redis://host:port/db, locmem://."""
    scheme, _, rest = url.partition("://")
    if scheme == "db":
        return {
            "BACKEND": "coachapp.cache.DatabaseCache",  # Django's, with an atomic incr
            "LOCATION": rest or "coachapp_cache",
        }
    if scheme in {"redis", "rediss", "unix"}:  # needs `pip install redis`
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme == "locmem":  # one process only: for trying things, never with several workers
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": rest}
    raise ImproperlyConfigured(f"CACHE_URL: unknown scheme {scheme!r} (db, redis or locmem)")


CACHES = {"default": cache_from_url(os.environ.get("CACHE_URL", "db://coachapp_cache"))}
# Django's database sessions with fewer writes (coachapp/sessions.py): one UPDATE, no
# transaction around it; a role-play turn writes its session in the turn's own transaction.
SESSION_ENGINE = "coachapp.sessions"
# --- end of the serving block ---

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dialogues:start"  # trainers: their home; others: the cases
LOGOUT_REDIRECT_URL = "dialogues:landing"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The language switch (set_language) remembers the choice for a year, not just this browser
# session; on a first visit LocaleMiddleware follows Accept-Language.
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_HTTPONLY = True
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# Limits on what users may send.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# A client script is edited as a whole (about 80 lines × 16 fields, in the admin or on the
# trainers' script page): more fields than Django's default of 1000.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 4000
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
# The largest request body anyone may send (the import: a 1 MB file or 2 MB of pasted text, with
# the form around it); a larger one is refused before it is read (privacy.middleware).
REQUEST_MAX_BYTES = int(os.environ.get("REQUEST_MAX_BYTES", 3 * 1024 * 1024))
ANALYSER_MAX_CHARS = 5000

# Workshops: wrong join codes per client address, counted in this cache (CACHE_URL: shared by
# all workers and servers).
WORKSHOP_JOIN_MAX_FAILURES = int(os.environ.get("WORKSHOP_JOIN_MAX_FAILURES", 10))
WORKSHOP_JOIN_MAX_FAILURES_PER_ADDRESS = int(
    os.environ.get("WORKSHOP_JOIN_MAX_FAILURES_PER_ADDRESS", 300)
)
WORKSHOP_JOIN_WINDOW_SECONDS = int(os.environ.get("WORKSHOP_JOIN_WINDOW_SECONDS", 600))
WORKSHOP_RATE_LIMIT_CACHE = os.environ.get("WORKSHOP_RATE_LIMIT_CACHE", "default")
WORKSHOP_TRUST_X_FORWARDED_FOR = env_bool("WORKSHOP_TRUST_X_FORWARDED_FOR", False)

# Security: strict defaults, relaxed only for local development.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}


# --- Security and privacy (issue 14): login throttling, sessions, headers, retention ----------
# Kept in one block so that other settings changes rebase around it.
from datetime import timedelta  # noqa: E402

from csp.constants import NONE, SELF  # noqa: E402

INSTALLED_APPS += ["axes", "privacy"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses while a username+address pair is locked
    "django.contrib.auth.backends.ModelBackend",
]


def _insert_after(middleware, anchor, *new):
    position = middleware.index(anchor) + 1
    return [*middleware[:position], *new, *middleware[position:]]


MIDDLEWARE = _insert_after(
    MIDDLEWARE,
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "privacy.middleware.NoStoreMiddleware",
    "privacy.middleware.RequestSizeLimitMiddleware",  # before anything reads the body
)
MIDDLEWARE = _insert_after(
    MIDDLEWARE,
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "privacy.middleware.IdleTimeoutMiddleware",
)
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]  # last, as django-axes asks

# Login throttling (django-axes, attempts in the database so every worker sees them): 5 wrong
# passwords for one username from one address lock that pair for 15 minutes. Someone elsewhere
# (or the trainer on another address) can still log in, and the lock ends by itself; failing
# again during the lock does not extend it.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_MAX_FAILURES", 5))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "privacy.views.locked_out"
AXES_CLIENT_IP_CALLABLE = "workshops.ratelimit.login_address"
AXES_VERBOSE = False

# Sessions: a session lives at most SESSION_MAX_AGE (24 hours: a workshop day and the next
# morning); someone logged
# in is logged out after SESSION_IDLE_TIMEOUT seconds without a request of their own (polling
# fragments do not count, see privacy.middleware).
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_MAX_AGE", 24 * 60 * 60))
SESSION_IDLE_TIMEOUT = int(os.environ.get("SESSION_IDLE_TIMEOUT", 30 * 60))
# Each save of an active session pushes its expiry on: whoever logged in is logged out this many
# seconds after logging in, however active (privacy.middleware).
SESSION_ABSOLUTE_MAX_AGE = int(os.environ.get("SESSION_ABSOLUTE_MAX_AGE", SESSION_COOKIE_AGE))
SESSION_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy: no inline script or style anywhere (htmx's own indicator style is
# switched off in base.html's htmx-config).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# Retention: `manage.py purge` deletes practice sessions, imported transcripts, role-play rounds
# and workshops older than RETENTION_DAYS (0 = keep until deleted), import drafts older than
# IMPORT_DRAFT_MAX_AGE_HOURS, expired sessions and old login attempts.
RETENTION_DAYS = int(os.environ.get("RETENTION_DAYS", 365))
IMPORT_DRAFT_MAX_AGE_HOURS = int(os.environ.get("IMPORT_DRAFT_MAX_AGE_HOURS", 24))
AUDIT_RETENTION_DAYS = int(os.environ.get("AUDIT_RETENTION_DAYS", 730))
# --- end of the security and privacy block ---------------------------------------------------
