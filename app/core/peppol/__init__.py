"""Peppol and EN 16931 building blocks shared by any module that sends e-invoices: code
lists, participant identifiers, the UBL validator and the access-point client, protocol
and simulator. Nothing here knows Atelier's business tables."""
