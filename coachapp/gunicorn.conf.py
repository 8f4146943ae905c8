"""gunicorn settings: `gunicorn -c coachapp/gunicorn.conf.py coachapp.wsgi` (scripts/serve.sh).

Environment:
  BIND                 address to listen on (127.0.0.1:8000; the reverse proxy talks to it)
  WEB_CONCURRENCY      worker processes (default: 2 per CPU core, at least 2)
  GUNICORN_THREADS     threads per worker (4: gthread workers; 1: plain sync workers). A request
                       also waits for the database (a commit's fsync), so threads keep the CPU
                       busy meanwhile; measured: 80 requests/s with 4 × 4 against 40 with 4 sync
  GUNICORN_KEEPALIVE   seconds an idle connection stays open (threaded workers; sync workers
                       close it after each response): 75, longer than the 60 s idle timeout of
                       nginx's upstream keep-alive and of most load balancers, so the server
                       never closes a connection the proxy is just reusing
  GUNICORN_TIMEOUT     seconds before a stuck worker is killed and replaced (30; longer than
                       SQLITE_TIMEOUT, so a request waiting for the database gets its 503 page)
  GUNICORN_MAX_REQUESTS  recycle a worker after this many requests (0: never)

Every worker builds the analyser (the spaCy pipeline, about 1.5 s) in `post_worker_init`, after
loading the app and before it accepts its first request, so no request pays for it and no two
threads of one worker build it at once. The app is not preloaded in the master: a pipeline built
there would be shared copy-on-write, but reference counting touches its objects and copies the
pages anyway, and a master that imported spaCy would have to be restarted for every code change.
"""

import os


def _int(name, default):
    return int(os.environ.get(name, default))


bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = _int("WEB_CONCURRENCY", max(2, 2 * (os.cpu_count() or 1)))
threads = _int("GUNICORN_THREADS", 4)
worker_class = "gthread" if threads > 1 else "sync"
keepalive = _int("GUNICORN_KEEPALIVE", 75)
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
max_requests = _int("GUNICORN_MAX_REQUESTS", 0)
max_requests_jitter = max_requests // 10
# Behind a proxy on the same machine; set FORWARDED_ALLOW_IPS to the proxy's address otherwise.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None  # "-" for stdout
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
preload_app = False


def post_worker_init(worker):
    """The app is loaded in this worker: build the analyser before the first request."""
    from dialogues.warmup import warm_analyser

    seconds = warm_analyser()
    worker.log.info("worker %s: analyser ready in %.2f s", worker.pid, seconds)
    if os.environ.get("DEDUCE_AT_START", "") not in ("", "0"):
        # de-identification for transcript imports: ~6 s and ~1 GB per worker; otherwise
        # a worker builds it on its first import
        from reviews.deidentify import warm_up

        worker.log.info("worker %s: deduce ready in %.2f s", worker.pid, warm_up())
