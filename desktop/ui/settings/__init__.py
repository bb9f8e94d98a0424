"""The admin's settings on this computer and the dialog that changes them."""
