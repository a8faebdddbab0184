"""A client generated from the live schema by openapi-python-client (configured by
tests/api/openapi-python-client.yaml) calls every operation of the API on the live server, each answer
parsed into the type the schema gives."""

import gzip
import hashlib
import importlib
import io
import json
import pkgutil
import subprocess
import sys
import tarfile
from pathlib import Path

import httpx
import pytest
from api_helpers import CITING

from archive.models import OfficialFile, Resolution
from tests.factories import UserFactory, api_key, shipped_member_state

PDF = "https://digitallibrary.un.org/record/537947/files/A_RES_59_190-ZH.pdf"
CONFIG = Path(__file__).with_name("openapi-python-client.yaml")
GENERATOR = Path(sys.executable).parent / "openapi-python-client"
PATH_VALUES = {
    "symbol": "A/RES/59/190",
    "eid": "para_1",
    "kind": "regular",
    "number": 59,
    "code": "USA",
    "other": "CUB",
    "scope": "all",
}


@pytest.fixture
def generated(live_server, tmp_path, monkeypatch):
    """The client package `unga_client`, generated from the live server's schema."""
    (tmp_path / "schema.yaml").write_bytes(httpx.get(f"{live_server.url}/api/schema/").content)
    subprocess.run(
        [GENERATOR, "generate", "--path", tmp_path / "schema.yaml", "--meta", "none", "--config", CONFIG]
        + ["--output-path", tmp_path / "unga_client"],
        check=True,
        capture_output=True,
    )
    # openapi-python-client 0.29 types a body of several media types `A | B | Unset` without importing
    # `Unset` when the operation has no optional parameter (POST /resolutions/): add the import.
    for module in (tmp_path / "unga_client" / "api").rglob("*.py"):
        code = module.read_text()
        if "| Unset" in code and "import Response, UNSET\n" in code:
            module.write_text(code.replace("import Response, UNSET\n", "import Response, UNSET, Unset\n"))
    monkeypatch.syspath_prepend(str(tmp_path))
    yield importlib.import_module("unga_client")
    for name in [name for name in sys.modules if name.startswith("unga_client")]:
        del sys.modules[name]


def operations(package) -> dict:
    """Every operation module of the client, by operation id."""
    api = importlib.import_module(f"{package.__name__}.api")
    found = {}
    for tag in pkgutil.iter_modules(api.__path__):
        group = importlib.import_module(f"{api.__name__}.{tag.name}")
        for module in pkgutil.iter_modules(group.__path__):
            found[module.name] = importlib.import_module(f"{group.__name__}.{module.name}")
    return found


def test_a_generated_client_calls_every_operation(
    generated, live_server, transactional_db, ingest_sample, settings, tmp_path
):
    settings.ARCHIVE_DUMP_DIR = tmp_path / "dumps"  # the dumps are built on the first download
    seed = ingest_sample("A_RES_59_190.txt").text.resolution
    Resolution.objects.filter(pk=seed.pk).touch(catalogue_title="Human rights", subjects=["HUMAN RIGHTS"])
    OfficialFile.objects.create(resolution=seed, language="zh", url=PDF, size=81234)
    for code in ("USA", "CUB"):  # the States of PATH_VALUES, which a flush before this test may have removed
        shipped_member_state(code)
    # A superuser: transactional tests before this one flushed the Editors group the migrations make.
    key = api_key(UserFactory(username="client-editor", is_staff=True, is_superuser=True))
    anonymous = generated.Client(base_url=live_server.url)
    editor = generated.AuthenticatedClient(base_url=live_server.url, token=key, prefix="Token")
    models = importlib.import_module("unga_client.models")
    types = importlib.import_module("unga_client.types")
    ops = operations(generated)
    exported = ops["resolutions_retrieve"].sync_detailed("A/RES/59/190", client=anonymous)
    # The catalogue record, typed: its own model, its files theirs.
    catalogue = exported.parsed.catalogue
    assert (type(catalogue).__name__, catalogue.title, catalogue.subjects) == (
        "Catalogue",
        "Human rights",
        ["HUMAN RIGHTS"],
    )
    [file] = catalogue.official_files
    assert (type(file).__name__, file.language.value, file.url, file.size) == (
        "OfficialFile",
        "zh",
        PDF,
        81234,
    )
    listed = ops["resolutions_list"].sync_detailed(client=anonymous).parsed.results
    assert [(r.catalogue_title, r.subjects) for r in listed] == [("Human rights", ["HUMAN RIGHTS"])]
    bodies = {
        "resolutions_create": models.UploadRequest(
            file=types.File(payload=CITING.encode(), file_name="A_RES_80_99.txt")
        ),
        "resolutions_update": models.ResolutionRequest.from_dict(exported.parsed.to_dict()),
    }
    queries = {"search_retrieve": {"q": "人权领域"}}

    answers, files = {}, {}
    for name, module in sorted(ops.items()):
        signature = module.sync_detailed.__code__.co_varnames[: module.sync_detailed.__code__.co_argcount]
        arguments = [PATH_VALUES[parameter] for parameter in signature]
        client = editor if name in bodies else anonymous
        extra = {"body": bodies[name]} if name in bodies else queries.get(name, {})
        response = module.sync_detailed(*arguments, client=client, **extra)
        answers[name] = (response.status_code, type(response.parsed).__name__)
        if name.startswith("dumps_"):
            files[name] = response.parsed

    # The dumps of the whole archive, built by the first download, with their checksums.
    assert [(dump.scope, dump.format_) for dump in files["dumps_list"]] == [
        ("all", "jsonl"),
        ("all", "akn"),
        ("59", "jsonl"),
        ("59", "akn"),
    ]
    jsonl, akn = files["dumps_jsonl_retrieve"].payload.read(), files["dumps_akn_retrieve"].payload.read()
    # (the operations run in the order of their names: the dumps before the POST)
    assert [json.loads(line)["symbol"] for line in gzip.decompress(jsonl).splitlines()] == ["A/RES/59/190"]
    with tarfile.open(fileobj=io.BytesIO(akn), mode="r:gz") as archive:
        assert archive.getnames() == ["akn/un/statement/deliberation/unga/2004-12-20/59-190/zho@.xml"]
    assert (files["dumps_jsonl_checksum"], files["dumps_akn_checksum"]) == (
        f"{hashlib.sha256(jsonl).hexdigest()}  unga-resolutions-all.jsonl.gz\n",
        f"{hashlib.sha256(akn).hexdigest()}  unga-resolutions-all.akn.tar.gz\n",
    )

    assert answers == {
        "citations_list": (200, "PaginatedCitationList"),
        "changes_feed": (200, "ChangeFeed"),
        "documents_list": (200, "PaginatedDocumentList"),
        "dumps_akn_checksum": (200, "str"),
        "dumps_akn_retrieve": (200, "File"),
        "dumps_jsonl_checksum": (200, "str"),
        "dumps_jsonl_retrieve": (200, "File"),
        "dumps_list": (200, "list"),
        "member_states_agreement_list": (200, "list"),
        "member_states_list": (200, "PaginatedMemberStateList"),
        "member_states_retrieve": (200, "MemberStateDetail"),
        "member_states_separate_votes_list": (200, "PaginatedStateSeparateVoteList"),
        "member_states_votes_list": (200, "PaginatedStateVoteOnResolutionList"),
        "resolutions_akn_retrieve": (200, "File"),
        "resolutions_citations_list": (200, "list"),
        "resolutions_cited_by_list": (200, "PaginatedCitationList"),
        "resolutions_create": (201, "Resolution"),
        "resolutions_footnotes_list": (200, "list"),
        "resolutions_json_retrieve": (200, "Resolution"),
        "resolutions_list": (200, "PaginatedResolutionSummaryList"),
        "resolutions_paragraphs_list": (200, "list"),
        "resolutions_paragraphs_retrieve": (200, "Paragraph"),
        "resolutions_retrieve": (200, "Resolution"),
        "resolutions_text_retrieve": (200, "str"),
        "resolutions_update": (200, "Resolution"),
        "search_retrieve": (200, "Search"),
        "sessions_list": (200, "PaginatedSessionList"),
        "sessions_retrieve": (200, "Session"),
        "votes_retrieve": (200, "ResolutionVote"),
    }
