#!/bin/sh
# web: migrate, then serve with gunicorn. Any other command runs as given (e.g. `manage.py seed_demo`).
set -e
case "$1" in
  web)
    python manage.py migrate --no-input
    exec gunicorn cms.wsgi:application \
      --bind "0.0.0.0:${PORT:-8000}" \
      --workers "${GUNICORN_WORKERS:-3}" \
      --timeout "${GUNICORN_TIMEOUT:-30}" \
      --access-logfile - --error-logfile -
    ;;
  *)
    exec "$@"
    ;;
esac
