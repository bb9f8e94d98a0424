"""HTTP routers, one module per resource, and their schemas."""
