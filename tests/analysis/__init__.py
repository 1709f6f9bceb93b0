"""Tests of axis_report.analysis."""
