"""Renderers: records in, text out."""
