#!/usr/bin/env bash
# Serve the app for a group: deploy checks, static files, migrations, the cache table, gunicorn.
# Needs DEBUG=0, SECRET_KEY, ALLOWED_HOSTS (and usually DATABASE_URL, CSRF_TRUSTED_ORIGINS);
# see README, "Running it for a group". MIGRATE=0 skips migrations (a second app server).
source "$(dirname "$0")/venv.sh"
export DEBUG=${DEBUG:-0}
python manage.py check --deploy --fail-level WARNING
python manage.py collectstatic --noinput --verbosity 0
if [ "${MIGRATE:-1}" != "0" ]; then
  python manage.py migrate --noinput
  python manage.py createcachetable
  # The cases, client scripts and exercises, the first time only (trainers edit them later).
  if ! python manage.py shell -c \
      "import sys; from dialogues.models import Case; sys.exit(0 if Case.objects.exists() else 1)"; then
    python manage.py loaddata cases client_scripts exercises
  fi
fi
echo "→ gunicorn op ${BIND:-127.0.0.1:8000} met ${WEB_CONCURRENCY:-2 per core} workers"
exec gunicorn -c coachapp/gunicorn.conf.py coachapp.wsgi
