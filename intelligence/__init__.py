"""Company detection and deal extraction: text in, facts out.

Knows companies and deals, never stories: `analysis.analyse_story()` is the one entry point
the admin, the commands and the API share; applying its facts to stories is the stories'
app's business.
"""
