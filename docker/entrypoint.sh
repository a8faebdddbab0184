#!/bin/sh
# Start of the web container: bring the schema up to date, collect static files, then run the command.
set -eu
python manage.py migrate --noinput
python manage.py collectstatic --noinput --verbosity 0
exec "$@"
