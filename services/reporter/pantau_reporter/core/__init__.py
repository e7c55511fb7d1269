"""The reporter's pure core: the document model, numbering, dates and dashboard figures.

Imports nothing but the standard library, Babel and the shared contracts.
"""
