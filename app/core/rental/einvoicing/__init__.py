"""E-invoicing of rental invoices: Peppol BIS Billing 3.0 UBL documents, their validation,
and their sending through the site's Peppol access point (see docs/einvoicing.md)."""
