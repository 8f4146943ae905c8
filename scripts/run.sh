#!/usr/bin/env bash
# Set up everything (virtualenv, dependencies, database, cases, demo accounts) and start the app.
source "$(dirname "$0")/venv.sh"
# The development server: DEBUG on (the settings default to off), unless set otherwise.
export DEBUG=${DEBUG:-1}
python manage.py migrate --noinput
python manage.py createcachetable
python manage.py setup_demo
echo "→ de app draait op http://127.0.0.1:8000 (stoppen met Ctrl+C)"
exec python manage.py runserver 127.0.0.1:8000
