"""The checker's pure core: classifiers and decisions, no network, no database."""
