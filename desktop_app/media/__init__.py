"""Devices: microphone, speaker, camera and screen, Qt-free (threads, asyncio, numpy)."""
