"""The kinds and statuses of agreements (`bilateral agreements --kind/--status`)."""

from __future__ import annotations

from bilateral_cli.choice import StrChoice


class AgreementKind(StrChoice):
    """What kind of agreement: free trade, economic partnership, preferential, memorandum..."""

    FTA = "FTA"
    CEPA = "CEPA"
    EPA = "EPA"
    CEP = "CEP"
    PTA = "PTA"
    TIGA = "TIGA"
    ART = "ART"
    MOU = "MOU"


class AgreementStatus(StrChoice):
    """Where an agreement stands, in the order it gets there."""

    NEGOTIATING = "negotiating"
    CONCLUDED = "concluded"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    TERMINATED = "terminated"
