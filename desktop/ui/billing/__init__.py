"""The Billing page (R3, R8–R11): buy, change and remove Premium Support, and what it includes."""
