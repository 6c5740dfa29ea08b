"""parley.packs"""
