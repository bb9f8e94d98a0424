"""The demo world of shared/DEMO.md."""
