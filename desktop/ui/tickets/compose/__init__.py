"""Writing to support: Contact support, suggested articles, drafts and the outbox page."""
