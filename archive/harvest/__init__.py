"""Harvesting the UN Digital Library: reading its MARCXML answers (`marc`) and asking it politely
(`client`). Pure Python: the archive's services store what these read."""
