"""dump_archive and load_archive: everything round-trips, byte for byte, through an empty database."""

import datetime
import json

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.core.management.color import no_style
from django.db import connection

from archive.backup.layout import dumped_models, label, sha256_of, sign
from archive.models import MemberStateVote, Paragraph, Resolution, Session
from archive.services.ingestion import ingest
from tests.factories import (
    ParagraphFactory,
    ResolutionTextFactory,
    SessionFactory,
    api_key,
    shipped_member_state,
)

from .conftest import SAMPLES

EMPTY_ONLY = "load_archive loads into an empty database only (a new one, after migrate)"


@pytest.fixture
def full_archive(transactional_db, django_user_model):
    """The sample corpus, an editor with an API token, an edited paragraph, a recorded vote, a log entry."""
    ContentType.objects.clear_cache()  # transactional tests before this one flushed the content types
    for path in sorted(SAMPLES.rglob("*")):
        if path.suffix in {".txt", ".pdf"}:  # what `manage.py ingest` reads (not the README)
            ingest(data=path.read_bytes(), filename=path.name)
    editor = django_user_model.objects.create_user("editor", password="a-long-password", is_staff=True)
    api_key(editor)
    paragraph = Paragraph.objects.order_by("pk").first()
    paragraph.body += " (corrected)"
    paragraph._history_user = editor
    paragraph.save()
    resolution = Resolution.objects.get(symbol="A/RES/80/1")
    # Transactional tests before this one flushed the Member States that migration 0003 loads.
    france = shipped_member_state("FRA")
    MemberStateVote.objects.create(resolution=resolution, member_state=france, vote="yes")
    LogEntry.objects.log_actions(
        editor.pk, [resolution], CHANGE, change_message="checked", single_object=True
    )
    assert ContentType.objects.exists()


@pytest.fixture
def small_archive(transactional_db):
    """A/RES/80/1 with its English text and one paragraph, made by the factories."""
    text = ResolutionTextFactory(
        resolution__session=SessionFactory(number=80),
        resolution__number=1,
        extracted_text="80/1. A resolution\n\n1. Decides to remain seized of the matter.\n",
    )
    ParagraphFactory(text=text)


def empty_database():
    tables = [model._meta.db_table for model in dumped_models()]
    with connection.cursor() as cursor:
        for sql in connection.ops.sql_flush(no_style(), tables, reset_sequences=True, allow_cascade=True):
            cursor.execute(sql)


def files_of(folder):
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def test_dump_load_dump_is_identical(full_archive, tmp_path, capsys):
    held = {label(model): model._base_manager.count() for model in dumped_models()}
    first, second = tmp_path / "first", tmp_path / "second"
    call_command("dump_archive", str(first))
    empty_database()
    assert not Resolution.objects.exists()
    schema = {key: value for key, value in database_state().items() if key in ("indexes", "constraints")}
    call_command("load_archive", str(first))
    # the indexes and foreign keys the load dropped for its rows are made again, as they were
    assert {key: value for key, value in database_state().items() if key in schema} == schema
    call_command("dump_archive", str(second))
    assert files_of(second) == files_of(first)

    manifest = json.loads((first / "manifest.json").read_text())
    rows = {entry["model"]: entry["rows"] for entry in manifest["files"].values()}
    assert rows == held
    assert rows["archive.resolutiontext"] == 33
    # France's vote, and 55/100's recorded vote where the Member States were there (not flushed) to match
    assert rows["archive.memberstatevote"] == rows["archive.historicalmemberstatevote"] in (1, 175)
    assert (rows["auth.user"], rows["archive.apitoken"], rows["admin.logentry"]) == (1, 1, 1)
    assert "authtoken.token" not in rows  # hashed tokens only: a key in a file would be a password
    assert " (corrected)" in (first / "archive.historicalparagraph.jsonl").read_text()
    assert manifest["sources"]["files"] == 33
    output = capsys.readouterr().out.splitlines()
    total = sum(rows.values())
    assert output == [
        f"dumped {total} rows of {len(rows)} tables and 33 source files to {first}",
        f"loaded {total} rows of {len(rows)} tables from {first}",
        f"dumped {total} rows of {len(rows)} tables and 33 source files to {second}",
    ]


def test_sources_are_kept_byte_for_byte(full_archive, tmp_path):
    call_command("dump_archive", str(tmp_path / "dump"))
    kept = {path.read_bytes() for path in (tmp_path / "dump" / "sources").iterdir()}
    assert kept == {path.read_bytes() for path in SAMPLES.rglob("*") if path.suffix in {".txt", ".pdf"}}


def test_times_keep_their_microseconds(small_archive, tmp_path):
    """A time under a millisecond past the second comes back as it was (not cut to the millisecond)."""
    exact = datetime.datetime(2026, 1, 31, 12, 0, 17, 345, tzinfo=datetime.UTC)
    Resolution.objects.filter(symbol="A/RES/80/1").update(updated_at=exact)
    call_command("dump_archive", str(tmp_path / "dump"))
    empty_database()
    call_command("load_archive", str(tmp_path / "dump"))
    assert Resolution.objects.get(symbol="A/RES/80/1").updated_at == exact


def test_loading_refuses_a_database_with_data(db, tmp_path):
    call_command("dump_archive", str(tmp_path / "dump"))
    Session.objects.create(kind=Session.Kind.REGULAR, number=80)
    with pytest.raises(CommandError) as refused:
        call_command("load_archive", str(tmp_path / "dump"))
    assert str(refused.value) == f"the database is not empty (it holds archive.session: 1): {EMPTY_ONLY}"


def test_loading_refuses_a_damaged_dump_and_writes_nothing(small_archive, tmp_path):
    dump = tmp_path / "dump"
    call_command("dump_archive", str(dump))
    empty_database()
    texts = dump / "archive.resolutiontext.jsonl"
    texts.write_text(texts.read_text().replace("Decides", "Refuses", 1))
    with pytest.raises(CommandError) as refused:
        call_command("load_archive", str(dump))
    assert str(refused.value) == f"{texts} is missing or damaged (its SHA-256 is not the manifest's)"
    assert not Resolution.objects.exists()


def test_dumping_refuses_a_folder_with_files(db, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(CommandError) as refused:
        call_command("dump_archive", str(tmp_path))
    assert str(refused.value) == f"{tmp_path} is not an empty folder: dump into a new or empty one"


def test_loading_a_folder_that_is_not_a_dump(db, tmp_path):
    with pytest.raises(CommandError) as refused:
        call_command("load_archive", str(tmp_path))
    assert str(refused.value) == f"{tmp_path} is not a dump: it has no manifest.json"


def test_a_dump_is_readable_by_its_owner_only(small_archive, tmp_path):
    dump = tmp_path / "dump"
    call_command("dump_archive", str(dump))
    modes = {str(path.relative_to(dump)): path.stat().st_mode & 0o777 for path in [dump, *dump.rglob("*")]}
    assert modes.pop(".") == modes.pop("sources") == 0o700
    assert set(modes.values()) == {0o600}
    assert "manifest.json.sig" in modes


def refused_load(dump) -> str:
    with pytest.raises(CommandError) as refused:
        call_command("load_archive", str(dump))
    assert not Resolution.objects.exists()
    return str(refused.value)


NOT_SIGNED = (
    "is not signed with this site's secret key (DJANGO_SECRET_KEY): the dump was changed, or made by another "
    "site; load it where DJANGO_SECRET_KEY (or one of DJANGO_SECRET_KEY_FALLBACKS) is the key of the site "
    "that made it"
)


def test_a_manifest_changed_or_signed_by_another_key_is_refused(small_archive, tmp_path, settings):
    dump = tmp_path / "dump"
    call_command("dump_archive", str(dump))
    empty_database()
    settings.SECRET_KEY = "another-site's-secret-key-" + "x" * 40
    assert refused_load(dump) == f"{dump / 'manifest.json'} {NOT_SIGNED}"
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    (dump / "manifest.json.sig").unlink()
    assert refused_load(dump) == f"{dump / 'manifest.json'} {NOT_SIGNED}"


def resign(dump) -> None:
    """What only a holder of the secret key can do: sign a changed manifest."""
    manifest = dump / "manifest.json"
    (dump / "manifest.json.sig").write_text(sign(manifest.read_bytes()))


def rewrite(dump, name: str, lines: list[str], *, rows: int | None = None) -> None:
    """What only a holder of the secret key can do: change a table's file, and the manifest to match."""
    path = dump / name
    path.write_text("".join(line + "\n" for line in lines))
    manifest = json.loads((dump / "manifest.json").read_text())
    manifest["files"][name]["sha256"] = sha256_of(path)
    manifest["files"][name]["rows"] = len(lines) if rows is None else rows
    (dump / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    resign(dump)


def rows_of(dump, name: str) -> list[dict]:
    return [json.loads(line) for line in (dump / name).read_text().splitlines()]


def test_a_superuser_hidden_in_another_tables_file_is_refused_even_if_re_signed(small_archive, tmp_path):
    dump = tmp_path / "dump"
    call_command("dump_archive", str(dump))
    empty_database()
    sessions = dump / "archive.session.jsonl"
    intruder = {
        "model": "auth.user",
        "pk": 99,
        "fields": {"username": "intruder", "password": "!", "is_superuser": True, "is_staff": True},
    }
    sessions.write_text(sessions.read_text() + json.dumps(intruder) + "\n")
    manifest = json.loads((dump / "manifest.json").read_text())
    manifest["files"]["archive.session.jsonl"]["sha256"] = sha256_of(sessions)
    manifest["files"]["archive.session.jsonl"]["rows"] += 1
    (dump / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    assert refused_load(dump) == f"{dump / 'manifest.json'} {NOT_SIGNED}"
    resign(dump)
    assert (
        refused_load(dump)
        == "archive.session.jsonl, line 2: a row of auth.user, not of archive.session: refused"
    )


SESSION_FIELDS = (
    "archive.session.jsonl, line 1: a row of archive.session has a primary key (pk) and the fields "
    "end_year, kind, number, start_year, no more, no fewer"
)


@pytest.mark.parametrize(
    ("name", "change", "refusal"),
    [
        # a field the model does not have, a field left out
        ("archive.session.jsonl", lambda row: row["fields"].update(is_superuser=True), SESSION_FIELDS),
        ("archive.session.jsonl", lambda row: row["fields"].pop("kind"), SESSION_FIELDS),
        ("archive.session.jsonl", lambda row: row.pop("pk"), SESSION_FIELDS),
        # a value the model's field refuses, a value the column refuses (as COPY names it)
        (
            "archive.session.jsonl",
            lambda row: row["fields"].update(number="eighty"),
            "archive.session.jsonl, line 1, number: “eighty” value must be an integer.",
        ),
        (
            "archive.session.jsonl",
            lambda row: row["fields"].update(kind="x" * 11),
            "archive.session.jsonl, line 1, column kind: value too long for type character varying(10)",
        ),
        # a value of another JSON type: refused by the field, or by psycopg as it sends the row
        (
            "archive.resolution.jsonl",
            lambda row: row["fields"].update(created_at=[2026]),
            "archive.resolution.jsonl, line 1, created_at: [2026] is not a value of it "
            "(fromisoformat: argument must be str)",
        ),
        (
            "archive.resolution.jsonl",
            lambda row: row["fields"].update(agenda_items={"item": 1}),
            "archive.resolution.jsonl, line 1: "
            "cannot adapt type 'dict' using placeholder '%t' (format: TEXT)",
        ),
    ],
)
def test_a_row_that_is_not_its_models_is_refused_naming_its_line(
    small_archive, tmp_path, name, change, refusal
):
    dump = tmp_path / "dump"
    call_command("dump_archive", str(dump))
    empty_database()
    [row] = rows_of(dump, name)
    change(row)
    rewrite(dump, name, [json.dumps(row, ensure_ascii=False)])
    assert refused_load(dump) == refusal


def test_a_row_twice_is_refused_naming_its_line(small_archive, tmp_path):
    dump = tmp_path / "dump"
    call_command("dump_archive", str(dump))
    empty_database()
    [session] = rows_of(dump, "archive.session.jsonl")
    rewrite(dump, "archive.session.jsonl", [json.dumps(session)] * 2)
    assert refused_load(dump) == (
        'archive.session.jsonl, line 2: duplicate key value violates unique constraint "archive_session_pkey"'
    )


def test_a_source_outside_the_dump_is_never_read(small_archive, tmp_path):
    """A text's source_sha256 names its file in sources/: one that is not a SHA-256 (`../../dev/zero`)
    is refused before any file is opened."""
    dump = tmp_path / "dump"
    call_command("dump_archive", str(dump))
    empty_database()
    [text] = rows_of(dump, "archive.resolutiontext.jsonl")
    text["fields"]["source_sha256"] = "../../../../dev/zero"
    rewrite(dump, "archive.resolutiontext.jsonl", [json.dumps(text, ensure_ascii=False)])
    assert refused_load(dump) == (
        "archive.resolutiontext.jsonl, line 1: source_sha256 is not a SHA-256 (64 hexadecimal digits)"
    )


def database_state() -> dict:
    """Every table's rows, and the schema a load changes for a while (indexes, foreign keys) or for good
    (where sequences stand)."""
    tables = sorted(connection.introspection.table_names())
    with connection.cursor() as cursor:
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1")
        indexes = cursor.fetchall()
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE connamespace = 'public'::regnamespace ORDER BY 1"
        )
        constraints = cursor.fetchall()
        cursor.execute("SELECT sequencename, last_value FROM pg_sequences ORDER BY 1")
        sequences = cursor.fetchall()
    return {"rows": counts, "indexes": indexes, "constraints": constraints, "sequences": sequences}


def test_a_load_that_fails_at_its_end_leaves_the_database_as_it_was(small_archive, tmp_path):
    """Every row COPYed, then a paragraph that refers to no text refused when the foreign keys are made
    again: the Member States and the Editors group (replaced by a load) are back, no row is left, the
    indexes and foreign keys are as they were, and no sequence moved."""
    dump = tmp_path / "dump"
    call_command("dump_archive", str(dump))
    empty_database()
    # Rows as the migrations seed them, which a load replaces: a Member State, the Editors group.
    shipped_member_state("FRA")
    editors = Group.objects.create(name="Editors")
    ContentType.objects.clear_cache()  # transactional tests before this one flushed the content types
    paragraphs = ContentType.objects.get_for_model(Paragraph)
    edit, _ = Permission.objects.get_or_create(
        codename="change_paragraph", content_type=paragraphs, defaults={"name": "Can change paragraph"}
    )
    editors.permissions.add(edit)
    before = database_state()
    assert (before["rows"]["archive_memberstate"], before["rows"]["auth_group_permissions"]) == (1, 1)
    assert len(before["indexes"]) > 70
    [paragraph] = rows_of(dump, "archive.paragraph.jsonl")
    paragraph["fields"]["text"] = 999
    rewrite(dump, "archive.paragraph.jsonl", [json.dumps(paragraph, ensure_ascii=False)])
    assert refused_load(dump) == (
        "the dump's rows do not refer to each other consistently: insert or update on table "
        '"archive_paragraph" violates foreign key constraint '
        '"archive_paragraph_text_id_18ec7ac8_fk_archive_resolutiontext_id"\n'
        'DETAIL:  Key (text_id)=(999) is not present in table "archive_resolutiontext".'
    )
    assert database_state() == before


def test_a_row_count_other_than_the_manifests_is_refused(small_archive, tmp_path):
    dump = tmp_path / "dump"
    call_command("dump_archive", str(dump))
    empty_database()
    manifest = json.loads((dump / "manifest.json").read_text())
    manifest["files"]["archive.session.jsonl"]["rows"] = 2
    (dump / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    resign(dump)
    assert refused_load(dump) == "archive.session.jsonl holds 1 rows, the manifest 2"


def test_a_symbolic_link_in_a_dump_is_refused_before_anything_is_read(small_archive, tmp_path):
    dump = tmp_path / "dump"
    call_command("dump_archive", str(dump))
    empty_database()
    sessions = dump / "archive.session.jsonl"
    sessions.unlink()
    sessions.symlink_to("/dev/zero")
    assert refused_load(dump) == f"{sessions} is a symbolic link: a dump holds plain files only"
