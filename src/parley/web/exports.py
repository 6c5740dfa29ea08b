"""Exports over HTTP: ``parley.report.export`` writes the tables into a temporary folder, which is
zipped into one download (the folder is removed at once, the zip after it was sent).

Example::

    path = export_archive(ctx, "csv", Filters())
    # -> /tmp/parley-export-.../parley-export-csv.zip holding articles.csv, positions.csv, ...
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from pathlib import Path

from parley.analysis.filters import Filters
from parley.report.export import ExportFormat, export
from parley.web.context import WebContext

__all__ = ["export_archive", "remove_export"]


def export_archive(ctx: WebContext, fmt: ExportFormat, filters: Filters) -> Path:
    """A zip of every exported table in ``fmt`` under ``filters``; the caller deletes it with
    :func:`remove_export`."""
    root = Path(tempfile.mkdtemp(prefix="parley-export-"))
    try:
        files = export(ctx.engine, root / "tables", fmt=fmt, filters=filters)
        archive = root / f"parley-export-{fmt}.zip"
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for path in files.values():
                zf.write(path, arcname=path.name)
        shutil.rmtree(root / "tables", ignore_errors=True)
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return archive


def remove_export(archive: Path) -> None:
    """Delete an archive made by :func:`export_archive` and its folder."""
    shutil.rmtree(archive.parent, ignore_errors=True)
