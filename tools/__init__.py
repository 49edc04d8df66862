"""Code and documentation generators (run by `make generate`)."""
