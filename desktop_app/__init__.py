"""LiveDesk: real-time voice and video conversations with Gemini through the Live API.

The version lives here and only here: pyproject.toml, the command line, the packaged
bundles and the About box all read it.
"""

__version__ = "0.1.0"
