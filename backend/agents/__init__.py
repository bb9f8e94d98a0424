"""The vendor's side: agents answering, and the built-in demo agent."""
