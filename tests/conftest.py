"""Fixtures shared by several test modules."""

import urllib.request

import pytest


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a URL fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network call attempted: {args}")
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
