import functools

from django.contrib.postgres.fields import ArrayField
from django.db import models, transaction
from django.db.models import Case, Exists, F, OuterRef, Prefetch, Q, Subquery, Value, When
from django.db.models.functions import Abs, Now
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from archive.routes import route_path

from .content_versions import version_aggregates, version_total
from .transaction_ids import CurrentTransactionId
from .vote_totals import VoteTotals


def _series_neighbour(*, later: bool) -> Subquery:
    """The symbol of the neighbour in its series of the resolution of the outer query (an annotation of a
    Resolution queryset): of the resolutions it cites (earlier) or that cite it (`later`), those sharing
    one of its titles or agenda items, the nearest in date (None if none)."""
    from .citations import Citation
    from .texts import ResolutionText

    if later:
        linked = Citation.objects.filter(target_resolution=OuterRef(OuterRef("pk"))).values(
            "text__resolution"
        )
    else:
        linked = Citation.objects.filter(
            text__resolution=OuterRef(OuterRef("pk")), target_resolution__isnull=False
        ).values("target_resolution")
    its_titles = ResolutionText.objects.filter(resolution=OuterRef(OuterRef(OuterRef("pk")))).values("title")
    same_title = Exists(ResolutionText.objects.filter(resolution=OuterRef("pk"), title__in=its_titles))
    nearest = (
        (F("adopted_on").asc(nulls_last=True), "number")
        if later
        else (F("adopted_on").desc(nulls_last=True), "-number")
    )
    candidates = (
        Resolution.objects.filter(pk__in=linked)
        .exclude(pk=OuterRef("pk"))
        .filter(Q(same_title) | Q(agenda_items__overlap=OuterRef("agenda_items")))
        .order_by(*nearest)
    )
    return Subquery(candidates.values("symbol")[:1])


# The columns of a resolution in the API's list (`summaries()`): no other is read, nor turned into values
# (its three timestamps among them).
SUMMARY_SHOWN = [
    "symbol",
    "session__kind",
    "session__number",
    "number",
    "parts",
    "adopted_on",
    "meeting",
    "vote",
    "votes_yes",
    "votes_no",
    "votes_abstain",
    "votes_non_voting",
    "catalogue_title",
    "subjects",
]


class ResolutionQuerySet(models.QuerySet):
    def with_titles(self):
        """Session and each text's language and title: what lists of resolutions show."""
        from .texts import ResolutionText

        return self.select_related("session").prefetch_related(
            Prefetch("texts", queryset=ResolutionText.objects.only("resolution_id", "language", "title"))
        )

    def summaries(self):
        """What the API's list shows of each resolution, in one query: its columns, its session, and its
        texts' languages and titles (`held_languages`, `held_titles`: arrays in the order of the languages'
        codes), read by the unique index on (resolution, language) rather than as prefetched rows."""
        from django.contrib.postgres.expressions import ArraySubquery

        from .texts import ResolutionText

        texts = ResolutionText.objects.filter(resolution=OuterRef("pk")).order_by("language")
        return (
            self.select_related("session")
            .only(*SUMMARY_SHOWN)
            .annotate(
                held_languages=ArraySubquery(texts.values("language")),
                held_titles=ArraySubquery(texts.values("title")),
            )
        )

    def for_reading_page(self):
        """The resolution a reading page is about; its texts' structure is fetched per language, with
        `ResolutionText.objects.for_reading()`."""
        return self.with_titles()

    def with_series_neighbours(self):
        """Annotate `previous_in_series` and `next_in_series`: a symbol or None, worked out once per
        resolution."""
        return self.annotate(
            # the latest of those it cites sharing a title or agenda item; the earliest of those citing it
            previous_in_series=_series_neighbour(later=False),
            next_in_series=_series_neighbour(later=True),
        )

    def for_session_page(self, session):
        return self.filter(session=session).with_titles().order_by("number")

    def version_of(self, symbol: str, *, lock: bool = False):
        """`(id, content_version, content_changed_at)` of the resolution `symbol`, or None: one indexed
        query, what a conditional request or a cached page needs before anything is rendered. With `lock`
        (in a transaction), its row is locked until the transaction ends: a write's If-Match compared with
        it cannot be overtaken by another writer (who waits, then reads the version written). The symbol is
        unique: no ordering by the Meta's four columns to compile and sort (`first()` orders by id)."""
        found = self.filter(symbol=symbol).order_by()
        if lock:
            found = found.select_for_update()
        return found.values_list("id", "content_version", "content_changed_at").first()

    def version_summary(self):
        """The version of an answer summing these resolutions up (the API's sessions: counts per session and
        language), or None if there are none (`content_versions`). One aggregate query."""
        return version_total([self.order_by().aggregate(**version_aggregates())])

    def with_neighbours(self, citing: bool = True):
        """These resolutions and those whose pages show something of theirs: the resolutions they cite
        (whose "Cited by" lists their titles and paragraphs) and, if `citing`, those citing them (whose
        links, pinpoints and "previous in series" read their titles)."""
        from .citations import Citation

        ids = self.values("pk")
        cited = Citation.objects.filter(text__resolution__in=ids, target_resolution__isnull=False)
        neighbours = Q(pk__in=ids) | Q(pk__in=cited.values("target_resolution"))
        if citing:
            neighbours |= Q(
                pk__in=Citation.objects.filter(target_resolution__in=ids).values("text__resolution")
            )
        return Resolution.objects.filter(neighbours)

    def showing(self, obj: models.Model):
        """The resolutions whose pages show `obj`, as the admin edits it: a resolution, a text, a paragraph or
        a footnote with the resolution's neighbours (`with_neighbours`); a Member State's vote, a separate
        vote, a State's vote in it or an official file on its resolution only; a Member State's names on the
        resolutions it voted on, as a whole or in part."""
        from .catalogue import OfficialFile, SeparateStateVote, SeparateVote
        from .members import MemberState, MemberStateVote
        from .texts import ResolutionText

        if isinstance(obj, (MemberStateVote, SeparateVote, OfficialFile)):
            return self.filter(pk=obj.resolution_id)
        if isinstance(obj, SeparateStateVote):
            return self.filter(separate_votes=obj.separate_vote_id)
        if isinstance(obj, MemberState):
            on_parts = obj.separate_votes.values("separate_vote__resolution")
            voted = MemberStateVote.objects.filter(member_state=obj).values("resolution")
            return self.filter(Q(pk__in=voted) | Q(pk__in=on_parts))
        if isinstance(obj, Resolution):
            return self.filter(pk=obj.pk).with_neighbours()
        if isinstance(obj, ResolutionText):
            return self.filter(pk=obj.resolution_id).with_neighbours()
        return self.filter(texts=obj.text_id).with_neighbours()  # a part of a text

    def lock(self) -> list[int]:
        """Lock these resolutions' rows until the transaction ends, in the order of their ids (so that
        writers locking overlapping sets cannot deadlock); return the ids."""
        return list(self.order_by("pk").select_for_update().values_list("pk", flat=True))

    def touch(self, **also) -> int:
        """A new content version for these resolutions (what their pages show changed), writing the fields
        `also` as well: their rows locked in the order of their ids (`lock()`), then one UPDATE."""
        with transaction.atomic(using=self.db, savepoint=False):
            ids = self.lock()
            return Resolution.objects.filter(pk__in=ids).update(
                content_version=F("content_version") + 1,
                content_changed_at=Now(),
                content_changed_xid=CurrentTransactionId(),
                **also,
            )

    def changes_after(self, xid: int | None, symbol: str = ""):
        """These resolutions, annotated `xid` and `at` (the transaction of their last change, and when) and
        `change` ("created" if added after the point, else "changed"), changed after the point (`xid`,
        `symbol`) of the change feed's order; all of them, each "created", without `xid`."""
        from .changes import after

        created = Value("created")
        entries = self.annotate(xid=F("content_changed_xid"), at=F("content_changed_at"))
        if xid is None:
            return entries.annotate(change=created)
        added = Q(created_xid__gt=xid) | Q(created_xid=xid, symbol__gt=symbol)
        change = Case(When(added, then=created), default=Value("changed"))
        return entries.annotate(change=change).filter(after(xid, symbol))

    def recent(self, count: int):
        return self.with_titles().order_by("-created_at", "-id")[:count]

    def nearest(self, session_kind: str, session_number: int, number: int | None, count: int):
        """Resolutions of a session, nearest to `number` first: suggestions for a symbol not found."""
        same_session = self.filter(session__kind=session_kind, session__number=session_number)
        if number is None:
            return same_session.order_by("number")[:count]
        nearest_first = same_session.annotate(distance=Abs(F("number") - number))
        return nearest_first.order_by("distance", "number")[:count]

    # --- building blocks of the REST API's resolution filters ---
    def in_session(self, kind: str, number: int):
        return self.filter(session__kind=kind, session__number=number)

    def in_language(self, language: str):
        """Resolutions with a text in `language` (one text per language: no duplicates)."""
        return self.filter(texts__language=language)

    def with_recorded_vote(self, recorded: bool = True):
        recorded_vote = models.Q(vote=self.model.Vote.RECORDED)
        return self.filter(recorded_vote) if recorded else self.exclude(recorded_vote)

    # --- the admin's filters ---
    def with_warnings(self, present: bool = True):
        """Resolutions with (or without) a text the parser warned about."""
        from .texts import ResolutionText

        warned = Exists(ResolutionText.objects.filter(resolution=OuterRef("pk")).exclude(warnings=[]))
        return self.filter(warned if present else ~warned)

    def with_unresolved_citations(self, present: bool = True):
        """Resolutions citing (or not) a resolution the archive does not hold."""
        from .citations import Citation

        unresolved = Exists(
            Citation.objects.filter(
                text__resolution=OuterRef("pk"), kind=Citation.Kind.RESOLUTION, target_resolution=None
            )
        )
        return self.filter(unresolved if present else ~unresolved)

    def citing(self, symbol: str):
        """Resolutions whose texts cite the resolution `symbol` (canonical), in the archive or not."""
        from .citations import Citation

        cites = Citation.objects.filter(kind=Citation.Kind.RESOLUTION, target=symbol)
        return self.filter(pk__in=cites.values("text__resolution"))

    def cited_by(self, symbol: str):
        """Resolutions in the archive that the resolution `symbol` (canonical) cites."""
        from .citations import Citation

        cited = Citation.objects.filter(text__resolution__symbol=symbol, target_resolution__isnull=False)
        return self.filter(pk__in=cited.values("target_resolution"))

    def with_votes(self):
        """Each Member State's vote in their recorded votes and their separate votes with each State's,
        ordered by the States' codes: what a dump's line holds beside the export. Three more queries."""
        from .catalogue import SeparateVote
        from .members import MemberStateVote

        return self.prefetch_related(
            Prefetch(
                "state_votes",
                queryset=MemberStateVote.objects.select_related("member_state").order_by(
                    "member_state__code"
                ),
            ),
            Prefetch("separate_votes", queryset=SeparateVote.objects.with_states().order_by("undl_record")),
        )

    def for_export(self):
        """Everything `export` renders, in a fixed number of queries whatever the resolution's size."""
        from .catalogue import OfficialFile
        from .citations import Citation
        from .texts import Footnote, FootnoteRef, Paragraph, ResolutionText

        return self.select_related("session").prefetch_related(
            Prefetch("official_files", queryset=OfficialFile.objects.order_by("language")),
            Prefetch(
                "texts",
                queryset=ResolutionText.objects.defer(
                    "source_bytes", "extracted_text", "search_vector"
                ).prefetch_related(
                    Prefetch("paragraphs", queryset=Paragraph.objects.order_by("position")),
                    "annexes",
                    Prefetch("footnotes", queryset=Footnote.objects.order_by("position")),
                    # Grouped by paragraph id when read: no join back to the paragraphs.
                    Prefetch(
                        "footnote_refs", queryset=FootnoteRef.objects.order_by("paragraph_id", "position")
                    ),
                    Prefetch("citations", queryset=Citation.objects.order_by("position")),
                ),
            ),
        )


def for_text_page(symbol: str) -> ResolutionQuerySet:
    """The resolution `symbol` as its reading page needs it: with its session, its neighbours in its series
    (`with_series_neighbours()`), whether it has separate votes (`has_separate_votes`: most have none, and
    their query is then not run) and its texts without their sources (the shown text's structure is
    fetched with `reading_prefetches()`). Two queries."""
    return _text_page_resolutions().filter(symbol=symbol)


@functools.cache
def _text_page_resolutions() -> ResolutionQuerySet:
    """Built once per process, copied by each `filter()`: resolving the neighbours' subqueries costs a page
    never rendered before more than PostgreSQL's running them. Orderings are the cheapest that give the same
    rows: the symbol is unique (`first()` orders by id, not by the Meta's four columns), and the texts of one
    resolution are ordered by language without joining the resolution for its Meta ordering."""
    from .catalogue import SeparateVote
    from .texts import ResolutionText

    texts = Prefetch("texts", queryset=ResolutionText.objects.without_sources().order_by("language"))
    return (
        Resolution.objects.order_by()
        .select_related("session")
        .with_series_neighbours()
        .annotate(has_separate_votes=Exists(SeparateVote.objects.filter(resolution=OuterRef("pk"))))
        .prefetch_related(texts)
    )


class Resolution(VoteTotals, models.Model):
    """A General Assembly resolution, identified by its canonical symbol (A/RES/59/190, A/RES/217(III))."""

    class Vote(models.TextChoices):
        UNKNOWN = "unknown", _("not recorded")
        WITHOUT_VOTE = "without_vote", _("adopted without a vote")
        RECORDED = "recorded", _("recorded vote")

    class Source(models.TextChoices):
        UPLOADED = "uploaded", _("uploaded")
        HARVESTED = "harvested", _("harvested from the UN Digital Library")

    symbol = models.CharField(max_length=40, verbose_name=_("symbol"))
    session = models.ForeignKey(
        "archive.Session",
        on_delete=models.PROTECT,
        related_name="resolutions",
        db_index=False,  # indexed by resolution_session_number, which leads with it
        verbose_name=_("session"),
    )
    number = models.PositiveIntegerField(verbose_name=_("number"))
    parts = models.CharField(
        max_length=20,
        blank=True,
        help_text=_("Part letters printed with the symbol: A, C, A-B"),
        verbose_name=_("parts"),
    )
    old_era = models.BooleanField(
        default=False, help_text=_("Numbered serially, as 217 (III)"), verbose_name=_("old era")
    )
    adopted_on = models.DateField(null=True, blank=True, verbose_name=_("adopted on"))
    meeting = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("Plenary meeting number"), verbose_name=_("meeting")
    )
    agenda_items = ArrayField(
        models.CharField(max_length=40),
        default=list,
        blank=True,
        help_text=_("In one form for every language: 105 (b) (each text keeps them as it prints them)"),
        verbose_name=_("agenda items"),
    )
    basis = models.TextField(
        blank=True,
        help_text=_("The line in square brackets under the cover, as the first text stored prints it"),
        verbose_name=_("basis"),
    )
    draft_symbols = ArrayField(
        models.CharField(max_length=60), default=list, blank=True, verbose_name=_("draft symbols")
    )
    vote = models.CharField(max_length=12, choices=Vote.choices, default=Vote.UNKNOWN, verbose_name=_("vote"))
    # The catalogue record (the UN Digital Library's, or what an upload printed): a resolution may be
    # known by its record, and its vote, before any text of it is in the archive.
    catalogue_title = models.TextField(
        blank=True,
        help_text=_("The catalogue's title (each text has its own)"),
        verbose_name=_("catalogue title"),
    )
    agenda_titles = models.JSONField(
        default=dict,
        blank=True,
        help_text=_("Agenda item number → its title, as catalogued"),
        verbose_name=_("agenda item titles"),
    )
    report_symbols = ArrayField(
        models.CharField(max_length=60), default=list, blank=True, verbose_name=_("report symbols")
    )
    subjects = ArrayField(
        models.CharField(max_length=200), default=list, blank=True, verbose_name=_("subjects")
    )

    source = models.CharField(
        max_length=10, choices=Source.choices, default=Source.UPLOADED, verbose_name=_("source")
    )
    undl_record = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text=_("The record's id in the UN Digital Library"),
        verbose_name=_("Digital Library record"),
    )
    checked_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("When the harvester last read its record"),
        verbose_name=_("checked at"),
    )
    votes_yes = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("votes in favour"))
    votes_no = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("votes against"))
    votes_abstain = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("abstentions"))
    votes_non_voting = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("not voting"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))
    # One more (and now) whenever what the resolution's pages show changes: the services and the admin
    # that write it, its texts and their parts, its votes, or a resolution it cites or that cites it call
    # `touch()`. Pages and API answers are validated (ETag) and cached by it; its "Last changed".
    content_version = models.BigIntegerField(db_default=1, editable=False)
    content_changed_at = models.DateTimeField(db_default=Now(), editable=False)
    # The ids of the transactions that created it and last gave it a content version: the change feed's
    # order (`archive.models.transaction_ids`).
    created_xid = models.BigIntegerField(db_default=CurrentTransactionId(), editable=False)
    content_changed_xid = models.BigIntegerField(db_default=CurrentTransactionId(), editable=False)
    # The session's kind and number, copied by `save()` (and `Session.save()`): lists in the default order
    # (session kind, session number descending, number) read one index of this table, with no join.
    session_kind = models.CharField(max_length=10, db_default="", editable=False)
    session_number = models.PositiveSmallIntegerField(db_default=0, editable=False)

    history = HistoricalRecords(
        excluded_fields=[
            "content_version",
            "content_changed_at",
            "created_xid",
            "content_changed_xid",
            "session_kind",
            "session_number",
        ]
    )
    objects = ResolutionQuerySet.as_manager()

    class Meta:
        verbose_name = _("resolution")
        verbose_name_plural = _("resolutions")
        # The sessions' order, then the number; the id makes it unique (so paging yields each row once).
        ordering = ["session_kind", "-session_number", "number", "id"]
        constraints = [
            models.UniqueConstraint(fields=["symbol"], name="resolution_symbol_unique"),
            models.UniqueConstraint(
                fields=["undl_record"],
                condition=models.Q(undl_record__isnull=False),
                name="resolution_undl_unique",
            ),
            models.CheckConstraint(
                condition=models.Q(symbol__startswith="A/RES/"), name="resolution_symbol_prefix"
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(
                        vote="recorded",
                        votes_yes__isnull=False,
                        votes_no__isnull=False,
                        votes_abstain__isnull=False,
                    )
                    | (
                        ~models.Q(vote="recorded")
                        & models.Q(votes_yes__isnull=True, votes_no__isnull=True, votes_abstain__isnull=True)
                    )
                ),
                name="resolution_vote_counts_iff_recorded",
            ),
        ]
        indexes = [
            # A session's page lists its resolutions: WHERE session_id = … ORDER BY number.
            models.Index(fields=["session", "number"], name="resolution_session_number"),
            # Recent additions on the home page: ORDER BY created_at DESC LIMIT n.
            models.Index(fields=["-created_at"], name="resolution_created_desc"),
            # The API's list in its default order, a page of ids at a time (an index-only scan):
            # SELECT id, content_version … ORDER BY session_kind, session_number DESC, number, id LIMIT n
            # OFFSET m (the versions make the page's ETag before its rows are read). Also the archive's
            # version (`archive.pages.versions.archive_version`: a Member State's page and API, the
            # citations, the search), an index-only scan of every resolution: SELECT count(*),
            # sum(content_version), max(content_changed_at).
            models.Index(
                fields=["session_kind", "-session_number", "number", "id"],
                include=["content_version", "content_changed_at"],
                name="resolution_list_order",
            ),
            # A Member State's latest votes (its page; its votes in the API, by pages): the resolutions in
            # the order of their adoption, latest first, each looked up in the index of the State's votes
            # until enough are found (a few hundred, not the State's ~6,000 votes sorted): ORDER BY
            # adopted_on DESC, session_number DESC, number DESC LIMIT n.
            models.Index(
                fields=["-adopted_on", "-session_number", "-number"], name="resolution_adoption_order"
            ),
            # The list's `updated_since`: WHERE content_changed_at > …; the Atom feed of changes: ORDER BY
            # content_changed_at DESC.
            models.Index(fields=["content_changed_at", "symbol"], name="resolution_change_order"),
            # The change feed, in its order: WHERE (content_changed_xid, symbol) > (…) AND
            # content_changed_xid < xmin ORDER BY content_changed_xid, symbol.
            models.Index(fields=["content_changed_xid", "symbol"], name="resolution_feed_order"),
        ]

    def __str__(self) -> str:
        return self.symbol

    def save(self, *args, **kwargs):
        self.session_kind, self.session_number = self.session.kind, self.session.number
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "session_kind", "session_number"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return route_path("pages:resolution", self.symbol)
