from rest_framework.metadata import SimpleMetadata


class Metadata(SimpleMetadata):
    """OPTIONS answers: name, description, renders and parses. The input forms DRF would add come from
    objects some views do not have (the schema at /api/schema/ describes every input)."""

    def determine_actions(self, request, view):
        return {}
