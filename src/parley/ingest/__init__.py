"""parley.ingest"""
