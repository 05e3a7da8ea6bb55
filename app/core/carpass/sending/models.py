"""Tables of Car-Pass sending (filled by its issue)."""
