"""Renderers: one module per output format, each turning view data into printable output."""
