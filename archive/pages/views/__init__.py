"""The reading pages' views, one small module per page."""
