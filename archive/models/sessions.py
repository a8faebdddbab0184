from django.db import models



def ordinal_en(number: int) -> str:
    """1 -> "1st", 22 -> "22nd", 73 -> "73rd", 11 -> "11th"."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


class Session(models.Model):
    """A session of the General Assembly: regular (1st to 80th…), special (S-1…) or emergency special (ES-1…)."""

    class Kind(models.TextChoices):
        REGULAR = "regular", "regular"
        SPECIAL = "special", "special"
        EMERGENCY = "emergency", "emergency special"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    number = models.PositiveSmallIntegerField()
    start_year = models.PositiveSmallIntegerField(null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(null=True, blank=True)

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

    @property
    def symbol_prefix(self) -> str:
        """The session part of a modern symbol: "59", "S-27", "ES-10"."""
        return {"regular": "", "special": "S-", "emergency": "ES-"}[self.kind] + str(self.number)
