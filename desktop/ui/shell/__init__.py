"""The main window's chrome: the navigation, and the menus that mirror it."""
