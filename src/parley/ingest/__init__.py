"""parley.ingest: raw news in (files, directories, globs, stdin, URLs, feeds), clean documents out.

``read_documents`` reads and cleans without storing (the NLP stage builds on it).

Example::

    from parley.ingest import read_documents
    from parley.settings import Settings

    docs = [d for d in read_documents(["news/"], Settings()) if not isinstance(d, Exception)]
"""

from __future__ import annotations

from parley.ingest.reader import read_documents

__all__ = ["read_documents"]
