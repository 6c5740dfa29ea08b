"""parley.analysis"""
