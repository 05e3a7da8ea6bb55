"""The REST interface of a Peppol access point (a provider's API): protocol, HTTP client and
a loopback simulator. See docs/einvoicing.md for connecting a real provider."""
