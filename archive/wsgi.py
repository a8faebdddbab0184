import gc
import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
application = get_wsgi_application()

# What the process made to start (apps, models, the URLconf with every view it imports: 120,000 objects)
# lives as long as it does. Frozen, the collector's full passes skip it: unfrozen, each pass scanned it all
# (40-70 ms of CPU, charged to whichever request set it off: one cold page in 60 at full scale).
import_module(settings.ROOT_URLCONF)
gc.collect()
gc.freeze()
