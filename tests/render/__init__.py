"""Tests of axis_report.render."""
