"""My tickets and Team tickets: the table, its filters, search, sorting and export."""
