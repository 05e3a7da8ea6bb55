"""Car-Pass: repair dossiers, workshop clock-in, the Car-Pass list and sending readings."""
