"""Renderers: adapters that lay the document model out as HTML, PDF and DOCX."""
