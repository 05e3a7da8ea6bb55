"""The durable outbox of Car-Pass readings.

Readings are written before any network call; every answer is recorded together with the
raw call, the reading's new state and its list entry's status and history, in ONE
transaction. Modules:

- :mod:`.decision`: the one rule "answer → reading state, entry status, history" (pure);
- :mod:`.statements`: the SQL every path runs, and their parameters;
- :mod:`.general`, :mod:`.sqlite`, :mod:`.postgres`: three ways of running them (the
  general SQLAlchemy path, and the two speed-tuned strategies, see
  docs/decisions/carpass-sending-outbox-strategies.md);
- :mod:`.run`: one sending run's hold on the outbox, with the strategy chosen once;
- :mod:`.schedule`: which readings are due, back-off;
- :mod:`.records`: entry status changes and raw calls written by the other services.
"""
