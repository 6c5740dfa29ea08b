"""parley.nlp"""
