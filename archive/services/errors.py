class IngestError(Exception):
    """Input the archive cannot ingest. The message is for the person who supplied it."""

    def __init__(self, message: str, *, filename: str | None = None, line: int | None = None):
        self.message = message
        self.filename = filename
        self.line = line
        super().__init__(message)

    def __str__(self) -> str:
        where = f" (line {self.line})" if self.line else ""
        return f"{self.message}{where}"
