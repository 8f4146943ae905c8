"""Settings for the test suite: the development settings (DEBUG=1 unless set) with a fast hasher."""

import os

os.environ.setdefault("DEBUG", "1")

from .settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
