"""GUI of Car-Pass sending: send action, history, credentials."""
