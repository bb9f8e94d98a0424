"""Words and numbers in the admin's language: labels, dates, durations, errors."""
