"""The audio engine: microphone, speaker and echo canceller in a process of their own.

See `client.py` (what the app talks to), `process.py` (what runs in the engine) and
`ring.py` (the shared-memory rings between them).
"""
