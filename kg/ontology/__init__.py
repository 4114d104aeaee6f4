"""The Tupu ontology (``kg.ttl``) and SHACL shapes (``shapes.ttl``), shipped as package data.

Read them with :func:`importlib.resources.files`, as :mod:`kg.validate` does; the copies
under the repository's ``ontology/`` folder are byte-identical (a test keeps them so).
"""
