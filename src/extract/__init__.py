"""extract: source-grounded records from Japanese and English documents."""

__version__ = "0.1.0"
