"""The registry of Perangkat Daerah and their applications, shared by the checker's import and the web.

``model`` (the specs), ``validation`` (raw rows to specs, every error at its row and field),
``flat`` (documents and flat rows, both ways) and ``diff`` are pure; ``files`` reads and writes
YAML, CSV and Excel; ``store_pg`` is the PostgreSQL adapter.
"""
