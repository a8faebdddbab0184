from django.contrib import admin

from archive.models import Session


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "number", "start_year", "end_year"]
    list_filter = ["kind"]
