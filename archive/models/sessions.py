from django.contrib.postgres.aggregates import StringAgg
from django.db import models
from django.db.models import Exists, OuterRef, Value
from django.db.models.functions import Cast, Concat
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from archive.parser.printed import printed_session
from archive.parser.symbols import SessionRef, parse_session, session_prefix


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
        """`(id, versions, latest change)` of the session of a symbol prefix, or None if the
        archive holds none of its resolutions: what its page shows is its resolutions, so their content
        versions (`versions`, each resolution's id and version in order) are its version. One query, on
        the index of a session's resolutions."""
        from .resolutions import Resolution

        pair = Concat(
            Cast("id", models.TextField()),
            Value(":"),
            Cast("content_version", models.TextField()),
            output_field=models.TextField(),
        )
        found = (
            Resolution.objects.filter(
                **{f"session__{name}": value for name, value in self._by_prefix(prefix).items()}
            )
            .values("session_id")
            .annotate(
                changed_at=models.Max("content_changed_at"),
                versions=StringAgg(pair, ",", order_by="id"),
            )
            .values_list("session_id", "versions", "changed_at")
        )
        return found.order_by("session_id").first()

    def held(self):
        """The sessions of which the archive holds resolutions, by kind, newest first."""
        from .resolutions import Resolution

        return self.filter(Exists(Resolution.objects.filter(session=OuterRef("pk")))).order_by(
            "kind", "-number"
        )

    def get_by_prefix(self, prefix: str):
        """The session of a symbol prefix ("59", "S-27", "ES-10"); DoesNotExist if the archive has none."""
        return self.get(**self._by_prefix(prefix))

    def _by_prefix(self, prefix: str) -> dict:
        return parse_session(prefix)._asdict()


class Session(models.Model):
    """A General Assembly session: regular (1st to 80th…), special (S-1…) or emergency special (ES-1…)."""

    class Kind(models.TextChoices):
        REGULAR = "regular", _("regular")
        SPECIAL = "special", _("special")
        EMERGENCY = "emergency", _("emergency special")

    kind = models.CharField(max_length=10, choices=Kind.choices, verbose_name=_("kind"))
    number = models.PositiveSmallIntegerField(verbose_name=_("number"))
    start_year = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("start year"))
    end_year = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("end year"))

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
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
        """In English, as the admin and the API name it: "59th session"."""
        return printed_session(self.kind, self.number, "en")

    def save(self, *args, **kwargs):
        """Its resolutions carry its kind and number (`Resolution.save()`) and show them: both follow."""
        adding = self._state.adding
        super().save(*args, **kwargs)
        if not adding:
            self.resolutions.all().touch(session_kind=self.kind, session_number=self.number)

    def get_absolute_url(self) -> str:
        return reverse("pages:session", args=[self.symbol_prefix])

    @property
    def symbol_prefix(self) -> str:
        """The session part of a modern symbol: "59", "S-27", "ES-10"."""
        return session_prefix(SessionRef(self.kind, self.number))
