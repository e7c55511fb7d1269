"""The reporter's pure core: the document model, numbering, dates, dashboard and register figures.

Imports nothing but the standard library, Babel and the shared contracts.
"""
