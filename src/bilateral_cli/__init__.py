"""bilateral: an offline reference to a country's bilateral relations, partners and trade."""

__version__ = "0.1.0"
