"""Browser tests (make test-browser); see conftest.py."""
