"""Figures about the conversation, computed from its typed events: how long each answer took
to be heard (`latency`), and how many tokens it used and what they cost (`tokens`,
`pricing`, `cost`). Qt-free: each figure-keeper is one more `handle(event)` subscriber, and
the window only shows the snapshots they hand out."""
