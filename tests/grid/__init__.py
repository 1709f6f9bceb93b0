"""Tests of axis_report.grid."""
