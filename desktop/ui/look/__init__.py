"""The design system: colours and text roles, icons, the focus ring, chart legends."""
