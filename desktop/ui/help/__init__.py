"""What team members (not admins) see: the standard way to get help (R6)."""
