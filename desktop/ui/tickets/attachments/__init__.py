"""Files on messages: picking, opening, saving, and images shown, viewed and pasted."""
