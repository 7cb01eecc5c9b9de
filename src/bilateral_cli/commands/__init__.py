"""The commands, one module per family (named as the family's views and renderers): `cli`
imports the module of the command a run names, so that a run declares that command's options
and enums only. `base` holds what they share."""
