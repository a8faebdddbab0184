from functools import cache

from django.db import connections, models
from django.db.models.functions import Now


def fetch_version(queryset: models.QuerySet, **equal) -> tuple | None:
    """`(id, content_version, content_changed_at)` of the one row of `queryset`'s table whose columns equal
    `equal` (a unique key), or None. This is the one query of every revalidation and cached page: plain SQL,
    as the ORM's compilation of it would cost more than PostgreSQL's answer, and prepared, as parsing and
    planning it would too (`archive.postgresql`)."""
    sql = version_query(queryset.db, queryset.model, tuple(equal))
    return connections[queryset.db].fetch_prepared(sql, [*equal.values()])


@cache
def version_query(alias: str, model: type[models.Model], fields: tuple[str, ...]) -> str:
    """`fetch_version`'s SQL for `model` by `fields`, composed once."""
    meta, quote = model._meta, connections[alias].ops.quote_name
    where = " AND ".join(
        f"{quote(meta.get_field(name).column)} = ${number}" for number, name in enumerate(fields, start=1)
    )
    return f"SELECT id, content_version, content_changed_at FROM {quote(meta.db_table)} WHERE {where}"


class ArchiveVersionQuerySet(models.QuerySet):
    def current(self):
        """`(id, version, changed_at)` of the archive as a whole, or None before its first change: one query
        on a one-row table."""
        return self.values_list("id", "version", "changed_at").first()


class ArchiveVersion(models.Model):
    """One row: the archive's content version, one more whenever any resolution or session is added,
    changed or removed. Maintained by database triggers (migration 0007_content_versions); lists that span
    sessions (the API's resolution list) are cached and validated by it."""

    version = models.BigIntegerField(db_default=1, editable=False)
    changed_at = models.DateTimeField(db_default=Now(), editable=False)

    objects = ArchiveVersionQuerySet.as_manager()

    class Meta:
        constraints = [models.CheckConstraint(condition=models.Q(id=1), name="archive_version_one_row")]

    def __str__(self) -> str:
        return f"archive version {self.version}"
