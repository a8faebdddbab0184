"""Dumps of the corpus: listed, streamed with their SHA-256, rebuilt when the archive changes, valid Akoma
Ntoso; a JSON Lines dump loads into an empty archive and exports as it was dumped."""

import datetime
import gzip
import hashlib
import io
import json
import tarfile

import pytest
from django.core.management import call_command
from test_akn import NS, validate

from archive.dumps import dump_line
from archive.models import (
    MemberState,
    MemberStateVote,
    OfficialFile,
    Resolution,
    SeparateStateVote,
    Session,
)
from archive.services.deletion import delete_resolutions
from archive.services.ingestion import ingest
from tests.factories import ResolutionFactory, ResolutionTextFactory, SeparateVoteFactory, SessionFactory

API = "http://testserver/api/v1/dumps"


@pytest.fixture(autouse=True)
def dump_dir(settings, tmp_path):
    settings.ARCHIVE_DUMP_DIR = tmp_path / "dumps"
    return settings.ARCHIVE_DUMP_DIR


@pytest.fixture
def two_sessions(db):
    ResolutionTextFactory(resolution=ResolutionFactory(number=101))
    ResolutionTextFactory(
        resolution=ResolutionFactory(session=SessionFactory(kind="special", number=27), number=2)
    )


def download(client, path: str):
    response = client.get(path)
    assert response.status_code == 200, getattr(response, "content", b"")[:300]
    assert response.streaming  # from disk, never held whole in memory
    return response, b"".join(response.streaming_content)


def test_the_list_names_each_dump_of_the_archive_and_of_each_session(
    client, two_sessions, django_assert_num_queries
):
    with django_assert_num_queries(1):  # the sessions held
        response = client.get("/api/v1/dumps/")
    assert response.status_code == 200
    assert response.json() == [
        {
            "scope": scope,
            "format": format,
            "media_type": media_type,
            "url": f"{API}/{scope}{suffix}",
            "checksum_url": f"{API}/{scope}{suffix}.sha256",
        }
        for scope in ("all", "80", "S-27")
        for format, media_type, suffix in [
            ("jsonl", "application/gzip", ".jsonl.gz"),
            ("akn", "application/gzip", ".akn.tar.gz"),
        ]
    ]
    assert client.get("/api/v1/dumps/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_a_dump_is_streamed_with_its_checksum(client, two_sessions):
    response, body = download(client, "/api/v1/dumps/all.jsonl.gz")

    sha256 = hashlib.sha256(body).hexdigest()
    assert response["Content-Type"] == "application/gzip"
    assert response["Content-Disposition"] == 'attachment; filename="unga-resolutions-all.jsonl.gz"'
    assert response["ETag"] == f'"{sha256}"'
    assert response["Repr-Digest"].startswith("sha-256=:") and len(body) == int(response["Content-Length"])
    checksum = client.get("/api/v1/dumps/all.jsonl.gz.sha256")
    assert (checksum["Content-Type"], checksum.content.decode()) == (
        "text/plain; charset=utf-8",
        f"{sha256}  unga-resolutions-all.jsonl.gz\n",
    )
    lines = gzip.decompress(body).decode().splitlines()
    assert [json.loads(line)["symbol"] for line in lines] == ["A/RES/80/101", "A/RES/S-27/2"]
    assert client.get("/api/v1/dumps/all.jsonl.gz", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_a_dump_is_rebuilt_when_the_archive_changes_and_only_then(client, two_sessions, dump_dir):
    _, first = download(client, "/api/v1/dumps/80.jsonl.gz")
    built = (dump_dir / "unga-resolutions-80.jsonl.gz").stat().st_mtime_ns
    _, again = download(client, "/api/v1/dumps/80.jsonl.gz")
    assert (again, (dump_dir / "unga-resolutions-80.jsonl.gz").stat().st_mtime_ns) == (first, built)

    text = Resolution.objects.get(symbol="A/RES/80/101").texts.get()
    text.title = "A new title"
    text.save()
    Resolution.objects.filter(pk=text.resolution_id).touch()
    _, changed = download(client, "/api/v1/dumps/80.jsonl.gz")
    assert json.loads(gzip.decompress(changed))["texts"]["en"]["title"] == "A new title"

    ResolutionTextFactory(resolution=ResolutionFactory(number=102))
    _, added = download(client, "/api/v1/dumps/80.jsonl.gz")
    assert len(gzip.decompress(added).splitlines()) == 2
    delete_resolutions(resolutions=Resolution.objects.filter(number=101))
    _, removed = download(client, "/api/v1/dumps/80.jsonl.gz")
    assert [json.loads(line)["symbol"] for line in gzip.decompress(removed).splitlines()] == ["A/RES/80/102"]


def test_the_akoma_ntoso_dump_holds_each_text_as_valid_xml(client, two_sessions):
    ResolutionTextFactory(resolution=Resolution.objects.get(number=101), language="fr")
    response, body = download(client, "/api/v1/dumps/all.akn.tar.gz")
    assert response["Content-Type"] == "application/gzip"

    with tarfile.open(fileobj=io.BytesIO(body), mode="r:gz") as archive:
        names = archive.getnames()
        assert names == [
            "akn/un/statement/deliberation/unga/2025-10-14/80-101/eng@.xml",
            "akn/un/statement/deliberation/unga/2025-10-14/80-101/fra@.xml",
            "akn/un/statement/deliberation/unga/2025-10-14/s-27-2/eng@.xml",
        ]
        for name in names:
            root = validate(archive.extractfile(name).read())
            [manifestation] = root.xpath("//a:FRBRManifestation/a:FRBRuri/@value", namespaces=NS)
            assert manifestation == "/" + name.removesuffix(".xml") + ".akn"


@pytest.mark.parametrize(
    ("path", "status", "detail"),
    [
        ("/api/v1/dumps/12.jsonl.gz", 404, "the archive holds no resolution of session 12"),
        ("/api/v1/dumps/ES-3.akn.tar.gz.sha256", 404, "the archive holds no resolution of session ES-3"),
        ("/api/v1/dumps/everything.jsonl.gz", 404, "no such API endpoint: see /api/schema/ or /api/docs/"),
    ],
)
def test_dumps_of_nothing_held_are_json_404s(client, two_sessions, path, status, detail):
    response = client.get(path)
    assert (response.status_code, response["Content-Type"], response.json()["detail"]) == (
        status,
        "application/json",
        detail,
    )


# 80/1 in French: its cover as the French text prints it, which the dump keeps beside the English one.
FRENCH_80_1 = """Point 7 de l’ordre du jour

Résolution adoptée par l’Assemblée générale le 19 septembre 2025

[sans renvoi à une grande commission (A/80/L.2/Rev.1)]

80/1. Participation de l’État de Palestine aux travaux de la quatre-vingtième session

L’Assemblée générale,

1. Décide que le Président de l’État de Palestine peut participer par vidéo.

3e séance plénière
19 septembre 2025
"""


def test_a_dump_loads_into_an_empty_archive_and_exports_as_it_was(client, ingest_sample, tmp_path, db):
    for name in ("A_RES_59_190.txt", "A_RES_80_3.txt", "A_RES_80_1.txt"):
        ingest_sample(name)
    ingest(data=FRENCH_80_1.encode(), filename="A_RES_80_1-FR.txt")
    Resolution.objects.filter(symbol="A/RES/80/1").touch(
        vote="recorded", votes_yes=2, votes_no=1, votes_abstain=1, votes_non_voting=1
    )
    voted = Resolution.objects.get(symbol="A/RES/80/1")
    state_votes = {"ARG": "abstain", "BRA": "yes", "FRA": "yes", "ISR": "no", "USA": "non_voting"}
    for code, vote in state_votes.items():
        MemberStateVote.objects.create(
            resolution=voted, member_state=MemberState.objects.get(code=code), vote=vote
        )
    SeparateVoteFactory(
        resolution=voted,
        undl_record=4091234,
        description="Operative paragraph 5",
        voted_on=datetime.date(2025, 9, 12),
        states={"BRA": "no", "FRA": "yes"},
    )
    catalogued(Resolution.objects.get(symbol="A/RES/59/190"), undl_record=537000)
    # Known by its catalogue record only, with its vote.
    catalogued(
        ResolutionFactory(
            number=7, parts="A-B", vote="without_vote", agenda_items=["12"], draft_symbols=["A/80/L.3"]
        )
    )
    _, body = download(client, "/api/v1/dumps/all.jsonl.gz")
    dumped = [json.loads(line) for line in gzip.decompress(body).splitlines()]
    path = tmp_path / "archive.jsonl.gz"
    path.write_bytes(body)

    delete_resolutions(resolutions=Resolution.objects.all())
    Session.objects.all().delete()
    assert not Resolution.objects.exists()
    out = io.StringIO()
    call_command("load_dump", str(path), stdout=out)

    assert out.getvalue() == f"4 resolutions loaded from {path}\n"
    loaded = [dump_line(r) for r in Resolution.objects.for_export().with_votes().order_by("symbol")]
    assert json.loads(json.dumps(loaded, default=str)) == sorted(dumped, key=lambda r: r["symbol"])
    [with_votes] = [line for line in dumped if line["symbol"] == "A/RES/80/1"]
    assert [(text["agenda_items"], text["basis"]) for text in with_votes["texts"].values()] == [
        (["7"], "without reference to a Main Committee (A/80/L.2/Rev.1)"),
        (["7"], "sans renvoi à une grande commission (A/80/L.2/Rev.1)"),
    ]
    assert (with_votes["vote"], with_votes["state_votes"], with_votes["separate_votes"]) == (
        {"kind": "recorded", "yes": 2, "no": 1, "abstentions": 1, "non_voting": 1},
        state_votes,
        [
            {
                "undl_record": 4091234,
                "description": "Operative paragraph 5",
                "voted_on": "2025-09-12",
                "votes_yes": 1,
                "votes_no": 1,
                "votes_abstain": 0,
                "votes_non_voting": None,
                "state_votes": {"BRA": "no", "FRA": "yes"},
            }
        ],
    )
    assert all(
        line["state_votes"] == {} and line["separate_votes"] == []
        for line in dumped
        if line is not with_votes
    )
    assert MemberStateVote.objects.count() == 5 and SeparateStateVote.objects.count() == 2
    record_only = next(r for r in dumped if r["symbol"] == "A/RES/80/7")
    assert (record_only["texts"], record_only["parts"], record_only["catalogue"]) == ({}, "A-B", CATALOGUE)


CATALOGUE = {
    "title": "Cooperation between the United Nations and the Economic Cooperation Organization",
    "agenda_titles": {"12": "Cooperation between the United Nations and regional organizations"},
    "report_symbols": ["A/80/500"],
    "subjects": ["REGIONAL COOPERATION", "ECONOMIC COOPERATION"],
    "source": "harvested",
    "undl_record": 4090000,
    "official_files": [
        {
            "language": "en",
            "url": "https://digitallibrary.un.org/record/4090000/files/A_RES_80_7-EN.pdf",
            "size": 164000,
        },
        {
            "language": "fr",
            "url": "https://digitallibrary.un.org/record/4090000/files/A_RES_80_7-FR.pdf",
            "size": None,
        },
    ],
}


def catalogued(resolution: Resolution, record: dict = CATALOGUE, undl_record: int = 4090000) -> None:
    """`resolution` given a catalogue record as the harvester stores one."""
    fields = {key: value for key, value in record.items() if key not in ("title", "official_files")}
    Resolution.objects.filter(pk=resolution.pk).touch(
        catalogue_title=record["title"], **{**fields, "undl_record": undl_record}
    )
    for file in record["official_files"]:
        OfficialFile.objects.create(resolution=resolution, **file)


def test_a_damaged_dump_loads_nothing(tmp_path, db):
    path = tmp_path / "damaged.jsonl"
    good = {"symbol": "A/RES/80/5", "agenda_items": [], "draft_symbols": [], "texts": {}}
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"damaged.jsonl, line 2: not a resolution of a JSON Lines dump"):
        call_command("load_dump", str(path))
    assert not Resolution.objects.exists()


RECORDED_ONE_TO_NONE = {"kind": "recorded", "yes": 1, "no": 0, "abstentions": 0, "non_voting": None}
PART = {
    "undl_record": 4091234,
    "description": "Operative paragraph 5",
    "voted_on": "2025-09-12",
    "votes_yes": 1,
    "votes_no": 0,
    "votes_abstain": 0,
    "votes_non_voting": None,
    "state_votes": {"FRA": "yes"},
}


@pytest.mark.parametrize(
    ("votes", "problem"),
    [
        ({"state_votes": {"XXX": "yes"}}, "no Member State has the code 'XXX'"),
        ({"state_votes": {"FRA": "maybe"}}, "FRA: 'maybe' is not a vote (yes, no, abstain, non_voting)"),
        (
            {"state_votes": {"FRA": "no"}},
            "A/RES/80/7: The Member States' votes do not add up to the totals: "
            "0 in favour but 1 in the totals; 1 against but 0 in the totals.",
        ),
        (
            {"separate_votes": [{**PART, "state_votes": {"FRA": "abstain"}}]},
            "A/RES/80/7, Operative paragraph 5: The Member States' votes do not add up to the totals: "
            "0 in favour but 1 in the totals; 1 abstaining but 0 in the totals.",
        ),
        (
            {"separate_votes": [{**PART, "description": "x" * 501}]},
            "A/RES/80/7, separate vote 4091234: "
            "{'description': ['Ensure this value has at most 500 characters (it has 501).']}",
        ),
    ],
)
def test_a_dump_whose_votes_cannot_be_stored_loads_nothing(tmp_path, db, votes, problem):
    line = {
        "symbol": "A/RES/80/7",
        "agenda_items": [],
        "draft_symbols": [],
        "vote": RECORDED_ONE_TO_NONE,
        "catalogue": CATALOGUE,
        "texts": {},
        **votes,
    }
    path = tmp_path / "votes.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(Exception) as raised:
        call_command("load_dump", str(path))
    assert str(raised.value) == f"{path}, line 1: not a resolution of a JSON Lines dump: {problem}"
    assert not Resolution.objects.exists()
