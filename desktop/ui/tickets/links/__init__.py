"""premium-support-desk:// links that open a ticket in the app."""
