"""Start-up: the QApplication, the qasync loop, paths, settings, and wiring it all together."""
