"""One ticket: its header, thread, reply box, followers and rating."""
