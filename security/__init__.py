"""What stands between the app and untrusted input or readers: private files, typed callback
input, the callback guard, response headers, safe spreadsheet cells, capped log records."""
