"""What the end-to-end checkers share: the namespace of emscore documents
and its decimals read back exactly, as integer hundredths."""

NS = {"e": "urn:emscore:1"}


def hundredths(s):
    """'-4.05' as -405; None for 'na' or nothing."""
    if s is None or s == "na":
        return None
    neg = s.startswith("-")
    whole, frac = s.lstrip("-").split(".")
    v = int(whole) * 100 + int(frac)
    return -v if neg else v
