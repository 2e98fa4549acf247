"""Rendering results for people and machines: JSON, text, Markdown, HTML, ClaimReview."""
