from django.db import models
from django.db.models.functions import Now
from django.urls import reverse

from archive.parser.symbols import SessionRef, parse_session, session_prefix

from .versions import fetch_version


def ordinal_en(number: int) -> str:
    """1 -> "1st", 22 -> "22nd", 73 -> "73rd", 11 -> "11th"."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


class SessionQuerySet(models.QuerySet):
    def for_index(self):
        """Regular, then special, then emergency special sessions, newest first, with what each holds:
        `resolution_count` and `texts_<language>` (one query for the sessions index and the home page)."""
        from .texts import ResolutionText

        per_language = {
            f"texts_{code}": models.Count(
                "resolutions__texts", filter=models.Q(resolutions__texts__language=code)
            )
            for code in ResolutionText.Language.values
        }
        kind_order = models.Case(
            *(models.When(kind=kind, then=i) for i, kind in enumerate(Session.Kind.values)),
            output_field=models.IntegerField(),
        )
        return self.annotate(
            resolution_count=models.Count("resolutions", distinct=True), **per_language
        ).order_by(kind_order, "-number")

    def version_of(self, prefix: str):
        """`(id, content_version, content_changed_at)` of the session of a symbol prefix, or None."""
        return fetch_version(self, **self._by_prefix(prefix))

    def get_by_prefix(self, prefix: str):
        """The session of a symbol prefix ("59", "S-27", "ES-10"); DoesNotExist if the archive has none."""
        return self.get(**self._by_prefix(prefix))

    def _by_prefix(self, prefix: str) -> dict:
        return parse_session(prefix)._asdict()


class Session(models.Model):
    """A General Assembly session: regular (1st to 80th…), special (S-1…) or emergency special (ES-1…)."""

    class Kind(models.TextChoices):
        REGULAR = "regular", "regular"
        SPECIAL = "special", "special"
        EMERGENCY = "emergency", "emergency special"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    number = models.PositiveSmallIntegerField()
    start_year = models.PositiveSmallIntegerField(null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(null=True, blank=True)
    # Maintained by the database (migration 0007_content_versions): one more whenever the session or one
    # of its resolutions (as its content version counts) changes.
    content_version = models.BigIntegerField(db_default=1, editable=False)
    content_changed_at = models.DateTimeField(db_default=Now(), editable=False)

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "number"], name="session_kind_number_unique"),
            models.CheckConstraint(condition=models.Q(number__gte=1), name="session_number_positive"),
            models.CheckConstraint(
                condition=models.Q(end_year__isnull=True)
                | models.Q(start_year__isnull=True)
                | models.Q(end_year__gte=models.F("start_year")),
                name="session_years_ordered",
            ),
        ]

    def __str__(self) -> str:
        label = {"regular": "session", "special": "special session", "emergency": "emergency special session"}
        return f"{ordinal_en(self.number)} {label[self.kind]}"

    def get_absolute_url(self) -> str:
        return reverse("pages:session", args=[self.symbol_prefix])

    @property
    def symbol_prefix(self) -> str:
        """The session part of a modern symbol: "59", "S-27", "ES-10"."""
        return session_prefix(SessionRef(self.kind, self.number))
