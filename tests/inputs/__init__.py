"""Tests of axis_report.inputs."""
