"""Tests of axis_report.model."""
