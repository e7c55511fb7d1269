"""Infrastructure shared by the Pantau services: settings, PostgreSQL, Kafka, outbox relay.

Adapters only; the pure cores live in each service and in ``pantau_contracts``.
"""
