"""Build the analyser's pipeline once per process, before the process takes requests.

gunicorn calls `warm_analyser()` in every worker (coachapp/gunicorn.conf.py, post_worker_init).
The lock makes sure that two threads of one worker never build it at the same time; after the
first call the pipeline is cached (`build_nlp`) and every later call returns at once.
"""

import threading
import time

_lock = threading.Lock()
_ready = False


def warm_analyser():
    """Build the pipeline (about 1.5 s) unless it is built; returns the seconds spent."""
    global _ready
    started = time.perf_counter()
    with _lock:
        if not _ready:
            from dialogues.analysis import analyse

            analyse("Ik weet niet waarom hij dat altijd doet.", "client")
            analyse("Wat bedoel je precies?", "coach")
            _ready = True
    return time.perf_counter() - started
