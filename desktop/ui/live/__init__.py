"""Keeping up with the service: the event stream and the network's state."""
