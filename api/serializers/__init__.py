"""The API's serializers, a module per what they serialise; `export` is the archive's JSON of a resolution."""
