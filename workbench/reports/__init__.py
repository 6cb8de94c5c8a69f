"""Printed reports: build_*_data functions and their reportlab renderers. No Qt."""
