"""Loading a JSON Lines dump (`archive.dumps`) into an archive: each line's texts are written as the API's
JSON writes are (`writes.write_json`: the text, as JSON, is kept as its source), then its catalogue record
(which creates a resolution known by its record only), its vote, and each Member State's vote in it and in
its separate votes (a dump of an earlier format, without them, loads with none)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext_noop
from rest_framework.exceptions import ValidationError

from archive.messages import Message
from archive.models import Resolution
from archive.serializers import CatalogueSerializer, ExportSerializer
from archive.services.catalogue import restore_record
from archive.services.errors import IngestError
from archive.services.votes import OF_RESOLUTION, restore_votes

from .writes import write_json

VOTE_FIELDS = {
    "yes": "votes_yes",
    "no": "votes_no",
    "abstentions": "votes_abstain",
    "non_voting": "votes_non_voting",
}


@transaction.atomic
def load_jsonl(*, lines: Iterable[bytes], user=None) -> int:
    """Store every resolution of the dump's `lines`; all or nothing: IngestError naming the line of the
    first that cannot be stored. Returns how many resolutions were read."""
    count = 0
    for number, line in enumerate(lines, 1):
        try:
            data = json.loads(line)
            for language, text in data["texts"].items():
                one = {**data, "texts": {language: text}}
                write_json(body=json.dumps(one, ensure_ascii=False).encode(), data=one, user=user)
            if "catalogue" in data:
                _restore_record(data)
            vote = data.get("vote") or {"kind": Resolution.Vote.UNKNOWN}
            fields = {field: vote.get(key) for key, field in VOTE_FIELDS.items()}
            Resolution.objects.filter(symbol=data["symbol"]).touch(vote=vote["kind"], **fields)
            restore_votes(
                symbol=data["symbol"],
                state_votes=data.get("state_votes", {}),
                separate_votes=data.get("separate_votes", []),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            problem = Message(gettext_noop("not a resolution of a JSON Lines dump: %(problem)s"), problem=exc)
            raise IngestError(problem, line=number) from None
        except ValidationError as exc:  # the API's InputError among them
            problem = Message(OF_RESOLUTION, symbol=data.get("symbol"), problem=exc)
            raise IngestError(problem, line=number) from None
        count += 1
    return count


# What a resolution known by its record only takes from its line (with texts, they come with them).
KNOWN_FIELDS = ("parts", "adopted_on", "meeting", "agenda_items", "draft_symbols", "basis")


def _restore_record(data: dict) -> None:
    catalogue = CatalogueSerializer(data=data["catalogue"])
    catalogue.is_valid(raise_exception=True)
    record = dict(catalogue.validated_data)
    fields = ExportSerializer().fields
    known = {name: fields[name].run_validation(data.get(name)) for name in KNOWN_FIELDS}
    known["parts"], known["basis"] = known["parts"] or "", known["basis"] or ""
    restore_record(
        symbol=data["symbol"], record=record, official_files=record.pop("official_files"), known=known
    )
