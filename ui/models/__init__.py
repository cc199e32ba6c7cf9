"""Qt item models over the repository's rows and the engine's determinations."""
