"""Rebuilding the search index. PostgreSQL keeps it current on every write (generated columns, triggers);
a rebuild is for after a change of how vectors are made (the SQL functions of migration 0005, a
text-search dictionary): every row's vector is computed again, and its language copied again from its
text, batch by batch, each batch in its own transaction; the triggers of migration 0008 compute the
documents of the texts of each batch again."""

from __future__ import annotations

from collections.abc import Iterator

from django.db import connection, transaction
from django.db.models import F

from archive.models import Footnote, Paragraph, ResolutionText

# Each table with the update that recomputes its generated vector (and, through the trigger, the language).
TABLES = (
    (ResolutionText, {"title": F("title")}),
    (Paragraph, {"language": F("language"), "body": F("body")}),
    (Footnote, {"language": F("language"), "body": F("body")}),
)


def rows_to_rebuild() -> int:
    return sum(model.objects.count() for model, _ in TABLES)


def rebuild_index(*, batch_size: int = 5000) -> Iterator[int]:
    """Recompute every vector; yields the number of rows done after each batch."""
    for model, update in TABLES:
        ids = model.objects.order_by("id").values_list("id", flat=True)
        last = 0
        while batch := list(ids.filter(id__gt=last)[:batch_size]):
            with transaction.atomic():
                model.objects.filter(id__gte=batch[0], id__lte=batch[-1]).update(**update)
            last = batch[-1]
            yield len(batch)
    with connection.cursor() as cursor:
        for model, _ in TABLES:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
