"""Telling people: e-mail (SMTP, from a durable outbox) and the live event stream."""
