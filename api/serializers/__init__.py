"""The API's serializers, a module per what they serialise. The archive's JSON of a resolution, which the
CLI and the admin print too, is `archive.serializers`."""
