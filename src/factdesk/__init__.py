"""factdesk: a fact desk in a box. Who said what, what deserves checking, and what the archive says."""
__version__ = "0.1.0"
