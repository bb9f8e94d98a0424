"""What the window tells the admin: banners, message boxes, the connection, answers."""
