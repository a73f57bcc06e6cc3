"""The thin Qt layer: renders the flow's state and forwards events. Nothing here decides."""
