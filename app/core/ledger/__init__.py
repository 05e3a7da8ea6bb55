"""Tamper evidence: legal records (invoices, credit notes, payments, journal entries,
acknowledged Car-Pass readings) chained by SHA-256 per site and kind, and the check that
names the first record whose content or link no longer matches.

The package knows the chained tables by name only (like :mod:`app.core.repair_link`): it
imports no business module; the business modules call :func:`app.core.ledger.chain.append`
in the transaction that writes the record.
"""
