"""Import and export of spreadsheets and data standards. No Qt."""
