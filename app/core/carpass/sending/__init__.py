"""Sending Car-Pass readings: REST client, keyring credentials, durable outbox, simulator."""
