from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = "Resolutions archive"

    def ready(self):
        from archive.serving import security_log  # noqa: F401 - connects the auth signals' receivers
