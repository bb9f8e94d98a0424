"""Queries, one module per aggregate; routers call these instead of building SQL."""
