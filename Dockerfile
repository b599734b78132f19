# Production image: the same steps as the README (install pinned requirements, compile translations,
# collect static files, migrate), served by gunicorn with whitenoise, as a non-root user. The same image runs
# the publishing scheduler as a second container: `docker run … IMAGE scheduler`.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    PORT=8000

# libpq for psycopg2 at run time; libjpeg/zlib/webp come inside Pillow's wheel.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 portal

WORKDIR /app
COPY requirements.txt ./
RUN pip install -r requirements.txt

COPY --chown=portal:portal . .

# Build-time only values: collectstatic imports the production settings, which refuse to start without them.
RUN SECRET_KEY=build-only-$(python -c 'import secrets; print(secrets.token_urlsafe(60))') ALLOWED_HOSTS=build \
    sh -c 'python manage.py compile_translations && python manage.py collectstatic --no-input' \
    && mkdir -p /app/media && chown -R portal:portal /app/media /app/staticfiles /app/locale

USER portal
EXPOSE 8000
# One check for both modes: web answers /healthz, a scheduler container is judged by its heartbeat file.
HEALTHCHECK --interval=30s --timeout=5s CMD ["/app/docker/entrypoint.sh", "healthcheck"]
ENTRYPOINT ["/app/docker/entrypoint.sh"]
CMD ["web"]
