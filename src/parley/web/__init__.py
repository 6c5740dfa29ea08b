"""The web face: a FastAPI app serving the JSON API (``/api/v1``) and server-rendered pages.

Example::

    >>> from parley.settings import Settings
    >>> from parley.web import create_app
    >>> app = create_app(Settings(db="sqlite:///:memory:"))
"""

from parley.web.app import create_app

__all__ = ["create_app"]
