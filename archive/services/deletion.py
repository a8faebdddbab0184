"""Removing resolutions from the archive: the one way the admin (and any other caller) deletes them."""

from __future__ import annotations

from django.db import transaction

from archive.models import Resolution, ResolutionDeletion


@transaction.atomic
def delete_resolutions(*, resolutions) -> int:
    """Delete `resolutions` (a Resolution QuerySet) with their texts and votes; record each deletion for the
    change feed (`ResolutionDeletion`) and give new content versions to the resolutions whose pages
    showed them (those citing them or cited by them). Returns how many were deleted."""
    ids = resolutions.lock()
    deleted = Resolution.objects.filter(pk__in=ids)
    neighbours = list(deleted.with_neighbours().exclude(pk__in=ids).values_list("pk", flat=True))
    symbols = list(deleted.values_list("symbol", flat=True))
    ResolutionDeletion.objects.bulk_create([ResolutionDeletion(symbol=symbol) for symbol in symbols])
    deleted.delete()
    Resolution.objects.filter(pk__in=neighbours).touch()
    return len(symbols)
