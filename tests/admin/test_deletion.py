"""Deleting resolutions in the admin goes through the deletion service: the change feed records it."""

from django.contrib.auth.models import User

from archive.models import Resolution, ResolutionDeletion
from tests.factories import ResolutionFactory, ResolutionTextFactory


def test_deleting_in_the_admin_records_the_deletions(client, db):
    admin = User.objects.create_superuser("root", password="password")
    client.force_login(admin)
    one, two, kept = (
        ResolutionTextFactory(resolution=ResolutionFactory(number=n)).resolution for n in (1, 2, 3)
    )

    response = client.post(f"/admin/archive/resolution/{one.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    response = client.post(
        "/admin/archive/resolution/",
        {"action": "delete_selected", "_selected_action": [two.pk], "post": "yes"},
    )
    assert response.status_code == 302

    assert list(Resolution.objects.values_list("symbol", flat=True)) == [kept.symbol]
    assert list(ResolutionDeletion.objects.values_list("symbol", flat=True)) == ["A/RES/80/1", "A/RES/80/2"]
