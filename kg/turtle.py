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
        self.pnames: dict[str, str | None] = {}
        self.labels: dict = {}

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
        plain = _plain(uri)
        if plain in self.pnames:
            out = self.pnames[plain]
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
        self.pnames[plain] = out
        return out

    def _namespace_itself(self, uri: URIRef):
        pfx = self.g.store.prefix(uri)
        return (pfx, uri, "") if pfx is not None else None

    def label(self, ident, node) -> str:
        """TurtleSerializer.label of a subject or object (predicates: :meth:`verb`)."""
        out = self.labels.get(ident)
        if out is None:
            if type(node) is Literal:
                out = node._literal_n3(use_plain=True, qname_callback=lambda dt: self.pname(dt))
            else:
                out = self.pname(node) or node.n3()
            self.labels[ident] = out
        return out

    def verb(self, ident: str, node: URIRef) -> str:
        """TurtleSerializer.label of a predicate (``a`` for ``rdf:type``)."""
        if ident == _TYPE_PLAIN:
            return "a"
        return self.pname(node, predicate=True) or node.n3()

    def register(self, ident, term, predicate: bool = False) -> None:
        """First sight of a term: check it as ``n3()`` would and note its prefix (as
        TurtleSerializer.preprocess does for every node)."""
        if ident == _NIL_PLAIN:
            raise _Fallback
        if type(term) is Literal:
            if term.datatype:
                self.pname(term.datatype)
            return
        try:
            term.n3()  # an invalid IRI: rdflib's writer raises, let it
        except Exception:  # noqa: BLE001
            raise _Fallback from None
        self.pname(term, predicate=predicate)

    # ------------------------------------------------------------------ document
    def write(self, triples: Iterable[tuple]) -> bytes:
        """The document (see :func:`turtle_bytes`).

        The statements are grouped by subject, not sorted as a whole: the serializer's output
        depends on the sorted order only through the order of equal-ranking literals in one
        object list, which is kept by sorting such a list by ``n3()`` first.
        """
        by_subject: dict = {}
        refs: dict = {}
        seen: set = set()
        preds: set = set()
        classes = []
        register = self.register
        for s, p, o in triples:
            if type(s) is not URIRef or type(p) is not URIRef:
                raise _Fallback  # blank nodes, variables, subclasses: rdflib's business
            i_s, ip = _plain(s), _plain(p)
            kind = type(o)
            if kind is URIRef:
                io = _plain(o)
            elif kind is Literal:
                dt = o.datatype
                io = ("L", _plain(o), o.language, None if dt is None else _plain(dt))
            else:
                raise _Fallback
            refs[io] = refs.get(io, 0) + 1
            group = by_subject.get(i_s)
            if group is None:
                group = by_subject[i_s] = [s]
                if i_s not in seen:
                    seen.add(i_s)
                    register(i_s, s)
            group.append((ip, io, p, o))
            if ip not in preds:
                preds.add(ip)
                if ip != _TYPE_PLAIN:  # rdf:type is written "a": no prefix needed for it
                    if ip in seen:  # seen as a subject or object: its prefixed name is known
                        self.pname(p, predicate=True)
                    else:
                        seen.add(ip)
                        register(ip, p, predicate=True)
            if io not in seen:
                seen.add(io)
                register(io, o)
            if ip == _TYPE_PLAIN and io == _CLASS_PLAIN:
                classes.append(i_s)
        if self.rewrite:
            raise _Fallback  # prefixes renamed in the order they were met: leave it to rdflib
        classes.sort()  # URIRefs: rdflib orders them as strings
        top = set(classes)
        rest = sorted((refs.get(i_s, 0), i_s) for i_s in by_subject if i_s not in top)
        order = classes + [i_s for _, i_s in rest]

        out: list[str] = ["@prefix %s: <%s> .\n" % item for item in sorted(self.namespaces.items())]
        label, verb = self.label, self.verb
        for i_s in order:
            group = by_subject[i_s]
            props: dict = {}
            verbs: dict = {}
            for ip, io, p, o in group[1:]:
                objs = props.get(ip)
                if objs is None:
                    objs = props[ip] = []
                    verbs[ip] = p
                objs.append((io, o))
            plist = [ip for ip in (_TYPE_PLAIN, _LABEL_PLAIN) if ip in props]
            plist += sorted(ip for ip in props if ip != _TYPE_PLAIN and ip != _LABEL_PLAIN)
            out.append("\n" + label(i_s, group[0]))
            first = True
            for ip in plist:
                out.append((" " if first else " ;\n    ") + verb(ip, verbs[ip]))
                first = False
                objs = props[ip]
                if len(objs) > 1:
                    if all(type(o) is URIRef for _, o in objs):
                        objs.sort()  # distinct plain strings: the order rdflib gives URIRefs
                    else:  # the sorted graph's order (n3), then rdflib's stable term sort
                        objs.sort(key=lambda item: item[1].n3())
                        objs = [objs[j] for j in sorted(range(len(objs)), key=lambda j: objs[j][1])]
                out.append(" " + label(*objs[0]))
                for io, o in objs[1:]:
                    out.append(",\n        " + label(io, o))
            out.append(" .\n")
        out.append("\n")
        return "".join(out).encode("utf-8", "replace")


def _plain(text: str) -> str:
    """The characters of a str subclass (an rdflib term) as a plain ``str``."""
    return str.__str__(text)


_TYPE_PLAIN, _LABEL_PLAIN, _CLASS_PLAIN, _NIL_PLAIN = map(_plain, (_TYPE, _LABEL, _CLASS, _NIL))


__all__ = ["turtle_bytes"]
