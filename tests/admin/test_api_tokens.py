"""API tokens in the admin: an editor makes one (its key shown once, only its hash kept), sees only their
own, and revokes it by deleting it; staff without the permissions cannot."""

import hashlib
import re

from django.contrib.messages import get_messages

from archive.models import ApiToken
from tests.factories import EditorFactory, api_key

ADD = "/admin/archive/apitoken/add/"


def test_an_editor_makes_a_token_whose_key_is_shown_once(as_alice, alice):
    response = as_alice.post(ADD, {"name": "my script", "expires_at_0": "", "expires_at_1": ""})

    assert response.status_code == 302
    shown = re.compile(r"The key of the token, shown this once \(only its hash is kept\): ([0-9a-f]{40})")
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    [key] = [match[1] for match in map(shown.fullmatch, messages) if match]
    assert len(messages) == 2  # and the admin's "was added successfully"
    token = ApiToken.objects.get()
    assert (token.user, token.name, token.expires_at) == (alice, "my script", None)
    assert (token.key_hash, token.key_prefix) == (hashlib.sha256(key.encode()).hexdigest(), key[:8])
    assert as_alice.get("/api/v1/sessions/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 200


def test_an_editor_sees_and_revokes_only_their_own_tokens(as_alice, alice):
    api_key(alice, name="alice's")
    theirs = ApiToken.objects.get(pk=ApiToken.objects.get(name="alice's").pk)
    other = EditorFactory(username="dora")
    api_key(other, name="dora's")
    dora = ApiToken.objects.get(name="dora's")

    listing = as_alice.get("/admin/archive/apitoken/").content.decode()
    assert "alice&#x27;s" in listing and "dora&#x27;s" not in listing
    assert as_alice.get(f"/admin/archive/apitoken/{dora.pk}/delete/").status_code == 302  # not theirs
    as_alice.post(f"/admin/archive/apitoken/{theirs.pk}/delete/", {"post": "yes"})
    assert list(ApiToken.objects.values_list("name", flat=True)) == ["dora's"]


def test_staff_without_the_permission_cannot_make_tokens(client, bob):
    client.force_login(bob)

    assert client.get(ADD).status_code == 403
    assert not ApiToken.objects.exists()
