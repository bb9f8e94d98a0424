"""Live chats (R15) in windows of their own."""
