"""Rebuilding the search index. The ingestion service and the admin's edits keep each text's vector
current (`ResolutionText.objects.update_search_vectors()`); a rebuild is for after a change of how
vectors are made (the SQL functions of migration 0005, a text-search dictionary) or rows written by
other means: every text's vector is computed again, batch by batch, each batch in its own transaction."""

from __future__ import annotations

from collections.abc import Iterator

from django.db import connection, transaction

from archive.models import ResolutionText


def texts_to_rebuild() -> int:
    return ResolutionText.objects.count()


def rebuild_index(*, batch_size: int = 500) -> Iterator[int]:
    """Recompute every text's vector; yields the number of texts done after each batch."""
    ids = ResolutionText.objects.order_by("id").values_list("id", flat=True)
    last = 0
    while batch := list(ids.filter(id__gt=last)[:batch_size]):
        with transaction.atomic():
            ResolutionText.objects.filter(id__gte=batch[0], id__lte=batch[-1]).update_search_vectors()
        last = batch[-1]
        yield len(batch)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {connection.ops.quote_name(ResolutionText._meta.db_table)}")
