"""A Turtle writer that gives exactly the bytes of ``kg.export.to_bytes(graph, "turtle")``, faster.

``to_bytes`` copies the graph into a sorted rdflib graph and runs rdflib's ``TurtleSerializer``
over it; the serializer asks the store for each subject's statements (sorting them again each
time) and looks every term's prefixed name up several times. This writer walks the statements
once, sorted by the same key, and reproduces the serializer's layout step by step: the prefix
lines of the namespaces used, subjects (``rdfs:Class`` members first, then by the number of
references, then by term order), ``a`` and ``rdfs:label`` first, objects sorted by rdflib's
term order, the same indentation. Prefixed names and literals are still written by rdflib's
own routines (``compute_qname``, ``Literal._literal_n3``), once per distinct term.

It covers graphs without blank nodes and without ``rdf:nil`` whose predicates all have a bound
prefix — every graph a build makes. For anything else :func:`turtle_bytes` returns ``None`` and
the caller uses rdflib (tests/test_turtle.py checks both paths give the same bytes).
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

_TYPE, _LABEL, _CLASS, _NIL = RDF.type, RDFS.label, RDFS.Class, RDF.nil
_PCT = re.compile(r"%(?![0-9A-Fa-f]{2})")  # rdflib's LOCALNAME_PECRENT_CHARACTER_REQUIRING_ESCAPE_REGEX


class _Fallback(Exception):
    """The graph holds something this writer does not reproduce: use rdflib."""


def turtle_bytes(triples: Iterable[tuple], namespaces: Graph) -> bytes | None:
    """Write ``triples`` as rdflib's Turtle serializer would write the sorted graph of them.

    Args:
        triples: the statements (each once), in any order.
        namespaces: an empty graph binding exactly the prefixes the sorted copy would bind
            (:func:`kg.export._new_graph`); its namespace manager computes the prefixed names.

    Returns:
        The UTF-8 document, or ``None`` when the graph is outside what this writer covers
        (blank nodes, ``rdf:nil``, a predicate with no bound prefix, a base IRI).
    """
    try:
        return _Writer(namespaces).write(triples)
    except _Fallback:
        return None


class _Writer:
    """One Turtle document; mirrors ``rdflib.plugins.serializers.turtle.TurtleSerializer``."""

    def __init__(self, namespaces: Graph) -> None:
        if namespaces.base is not None:
            raise _Fallback
        self.g = namespaces
        self.namespaces: dict[str, URIRef] = {}
        self.rewrite: dict[str, str] = {}
        self.pnames: dict[URIRef, str | None] = {}
        self.labels: dict = {}
        self.keys: dict = {}

    # ------------------------------------------------------------------ names
    def _add_namespace(self, prefix: str, namespace: URIRef) -> str:
        """TurtleSerializer.addNamespace (prefixes starting with ``_`` are rewritten)."""
        if (prefix > "" and prefix[0] == "_") or self.namespaces.get(prefix, namespace) != namespace:
            if prefix not in self.rewrite:
                p = "p" + prefix
                while p in self.namespaces:
                    p = "p" + p
                self.rewrite[prefix] = p
            prefix = self.rewrite.get(prefix, prefix)
        if prefix in self.namespaces and self.namespaces[prefix] != namespace:
            raise _Fallback  # rdflib raises here; let it
        self.namespaces[prefix] = namespace
        return prefix

    def pname(self, uri: URIRef, predicate: bool = False) -> str | None:
        """TurtleSerializer.get_pname, without generating prefixes (a predicate that would
        need one sends the graph to rdflib)."""
        if uri in self.pnames:
            out = self.pnames[uri]
            if out is None and predicate:
                raise _Fallback
            return out
        try:
            parts = self.g.compute_qname(uri, generate=False)
        except KeyError:
            if predicate:
                raise _Fallback from None
            parts = self._namespace_itself(uri)
        except Exception:  # noqa: BLE001 - rdflib's get_pname catches everything here too
            parts = self._namespace_itself(uri)
        out = None
        if parts is not None:
            prefix, namespace, local = parts
            local = _PCT.sub("\\%", local.replace("(", r"\(").replace(")", r"\)"))
            if not local.endswith("."):
                out = "%s:%s" % (self._add_namespace(prefix, namespace), local)
        if out is None and predicate:
            raise _Fallback
        self.pnames[uri] = out
        return out

    def _namespace_itself(self, uri: URIRef):
        pfx = self.g.store.prefix(uri)
        return (pfx, uri, "") if pfx is not None else None

    def label(self, node) -> str:
        """TurtleSerializer.label of a subject or object (predicates: :meth:`verb`)."""
        out = self.labels.get(node)
        if out is None:
            if isinstance(node, Literal):
                out = node._literal_n3(use_plain=True, qname_callback=lambda dt: self.pname(dt))
            else:
                out = self.pname(node) or node.n3()
            self.labels[node] = out
        return out

    def verb(self, node: URIRef) -> str:
        """TurtleSerializer.label of a predicate (``a`` for ``rdf:type``)."""
        if node == _TYPE:
            return "a"
        return self.pname(node, predicate=True) or node.n3()

    def key(self, term) -> str:
        """``term.n3()``, once per term (the sort key of :func:`kg.export._triple_key`)."""
        out = self.keys.get(term)
        if out is None:
            out = self.keys[term] = term.n3()
        return out

    # ------------------------------------------------------------------ document
    def write(self, triples: Iterable[tuple]) -> bytes:
        """The document (see :func:`turtle_bytes`)."""
        rows = []
        key = self.key
        for s, p, o in triples:
            if isinstance(s, BNode) or isinstance(o, BNode) or isinstance(p, BNode) \
                    or s == _NIL or p == _NIL or o == _NIL:
                raise _Fallback
            rows.append(((key(s), key(p), key(o)), s, p, o))
        rows.sort(key=lambda r: r[0])
        refs: dict = defaultdict(int)
        by_subject: dict = {}
        classes = []
        for _, s, p, o in rows:  # TurtleSerializer.preprocess, in the same order
            refs[o] += 1
            by_subject.setdefault(s, []).append((p, o))
            self.pname(s)
            if p != _TYPE:
                self.pname(p, predicate=True)
            if isinstance(o, Literal):
                if o.datatype:
                    self.pname(o.datatype)
            else:
                self.pname(o)
            if p == _TYPE and o == _CLASS:
                classes.append(s)
        classes.sort()
        top = set(classes)
        rest = [(False, refs[s], s) for s in by_subject if s not in top]
        rest.sort()
        order = classes + [s for _, _, s in rest]

        out: list[str] = ["@prefix %s: <%s> .\n" % item for item in sorted(self.namespaces.items())]
        for s in order:
            props: dict = {}
            for p, o in by_subject[s]:
                props.setdefault(p, []).append(o)
            for objects in props.values():
                objects.sort()
            plist = [p for p in (_TYPE, _LABEL) if p in props]
            plist += sorted(p for p in props if p != _TYPE and p != _LABEL)
            out.append("\n" + self.label(s))
            for i, p in enumerate(plist):
                out.append((" " if i == 0 else " ;\n    ") + self.verb(p))
                objects = props[p]
                out.append(" " + self.label(objects[0]))
                for o in objects[1:]:
                    out.append(",\n        " + self.label(o))
            out.append(" .\n")
        out.append("\n")
        return "".join(out).encode("utf-8", "replace")


__all__ = ["turtle_bytes"]
