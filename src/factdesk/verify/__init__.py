"""Claim verification: stance of evidence towards a claim."""
