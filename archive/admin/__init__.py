"""The archive's admin, one small module per subject; importing them registers their ModelAdmins."""

from . import api_tokens, harvest, members, resolutions, sessions, texts  # noqa: F401
