"""parley.report"""
