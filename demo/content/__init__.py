"""The demo portal's content, written for this project: Vietnamese first, English where the law asks for it.

Names of people are invented; numbers, licences and document symbols are sample data, marked as such.
"""
