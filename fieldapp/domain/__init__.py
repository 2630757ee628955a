"""Plain domain objects, validators and text normalisation. Imports nothing of the project."""
