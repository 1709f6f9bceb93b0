"""Tests of axis_report.figures."""
