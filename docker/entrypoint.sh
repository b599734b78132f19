#!/bin/sh
# web: migrate, then serve with gunicorn.
# scheduler: publish and unpublish on schedule (run it as one more container of the same image, next to web).
# healthcheck: what the image's HEALTHCHECK runs, for either mode.
# Any other command runs as given (e.g. `manage.py seed_demo`).
set -e
# Its presence marks a scheduler container; each successful pass renews it.
HEARTBEAT=/tmp/scheduler-heartbeat
case "$1" in
  web)
    python manage.py migrate --no-input
    exec gunicorn cms.wsgi:application \
      --bind "0.0.0.0:${PORT:-8000}" \
      --workers "${GUNICORN_WORKERS:-3}" \
      --timeout "${GUNICORN_TIMEOUT:-30}" \
      --access-logfile - --error-logfile -
    ;;
  scheduler)
    # No migrate here: the web container owns the schema, and until it is ready a pass fails, logs and retries.
    touch "$HEARTBEAT"
    exec python manage.py run_scheduler --interval "${SCHEDULER_INTERVAL:-30}" --heartbeat "$HEARTBEAT"
    ;;
  healthcheck)
    if [ -e "$HEARTBEAT" ]; then
      # Healthy while passes keep succeeding: the last one at most three intervals ago.
      exec python -c 'import os, sys, time; sys.exit(time.time() - os.path.getmtime(sys.argv[1]) > 3 * float(sys.argv[2]))' \
        "$HEARTBEAT" "${SCHEDULER_INTERVAL:-30}"
    fi
    exec python docker/healthcheck.py
    ;;
  *)
    exec "$@"
    ;;
esac
