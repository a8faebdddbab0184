"""Loading a JSON Lines dump (`archive.dumps`) into an archive: each line's texts are written as the API's
JSON writes are (`writes.write_json`: the text, as JSON, is kept as its source), then its vote."""

from __future__ import annotations

import json
from collections.abc import Iterable

from django.db import transaction
from rest_framework.exceptions import ValidationError

from archive.models import Resolution
from archive.services.errors import IngestError

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
            vote = data.get("vote") or {"kind": Resolution.Vote.UNKNOWN}
            fields = {field: vote.get(key) for key, field in VOTE_FIELDS.items()}
            Resolution.objects.filter(symbol=data["symbol"]).touch(vote=vote["kind"], **fields)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise IngestError(f"not a resolution of a JSON Lines dump: {exc}", line=number) from None
        except ValidationError as exc:  # the API's InputError among them
            raise IngestError(f"{data.get('symbol')}: {exc}", line=number) from None
        count += 1
    return count
