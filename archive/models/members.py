from django.db import models
from simple_history.models import HistoricalRecords


class MemberState(models.Model):
    """A Member State of the United Nations, with its short name in the six official languages."""

    code = models.CharField(max_length=3, unique=True, help_text="ISO 3166-1 alpha-3 code")
    name_ar = models.CharField(max_length=120)
    name_zh = models.CharField(max_length=120)
    name_en = models.CharField(max_length=120)
    name_fr = models.CharField(max_length=120)
    name_ru = models.CharField(max_length=120)
    name_es = models.CharField(max_length=120)

    class Meta:
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name_en


class MemberStateVote(models.Model):
    """How one Member State voted in a recorded vote on a resolution."""

    class Choice(models.TextChoices):
        YES = "yes", "in favour"
        NO = "no", "against"
        ABSTAIN = "abstain", "abstaining"
        NON_VOTING = "non_voting", "did not vote"

    resolution = models.ForeignKey("archive.Resolution", on_delete=models.CASCADE, related_name="state_votes")
    member_state = models.ForeignKey(MemberState, on_delete=models.PROTECT, related_name="votes")
    vote = models.CharField(max_length=10, choices=Choice.choices)

    history = HistoricalRecords()

    class Meta:
        ordering = ["resolution", "member_state__name_en"]
        constraints = [
            models.UniqueConstraint(fields=["resolution", "member_state"], name="state_vote_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.member_state}: {self.get_vote_display()}"
