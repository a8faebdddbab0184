"""API tokens: an editor makes their own (the key shown once) and revokes them by deleting them; a
superuser sees everyone's."""

from django.contrib import admin, messages
from django.utils.translation import gettext as _

from archive.models import ApiToken
from archive.services.api_tokens import issue_token


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "key_prefix", "user", "created_at", "expires_at"]
    list_select_related = ["user"]
    fields = ["name", "expires_at"]
    search_fields = ["name", "key_prefix"]

    def get_queryset(self, request):
        tokens = super().get_queryset(request)
        return tokens if request.user.is_superuser else tokens.filter(user=request.user)

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        obj.user = request.user
        key = issue_token(token=obj)
        self.message_user(
            request,
            _("The key of the token, shown this once (only its hash is kept): %(key)s") % {"key": key},
            messages.WARNING,
        )
