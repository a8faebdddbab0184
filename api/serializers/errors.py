"""Error bodies, as `api.errors.exception_handler` writes them (for the schema)."""

from rest_framework import serializers


class ErrorItemSerializer(serializers.Serializer):
    field = serializers.CharField(
        allow_null=True,
        help_text='Where: a path into the input ("file", '
        '"texts.en.operative[2].number"), or null for the input as a whole',
    )
    message = serializers.CharField(help_text="What is wrong, for a person")
    line = serializers.IntegerField(allow_null=True, help_text="Line of the source, for parse errors")


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong")


class ValidationErrorSerializer(ErrorSerializer):
    errors = ErrorItemSerializer(many=True, help_text="Each problem found")
