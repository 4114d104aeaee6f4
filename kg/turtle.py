"""The project's one Turtle writer: exactly the bytes of rdflib's Turtle serializer over the
sorted graph (``kg.export.to_bytes(graph, "turtle")``), fast, from rdflib triples or from an
Oxigraph N-Triples dump (``kg build --store``).

``to_bytes`` would copy the graph into a sorted rdflib graph and run rdflib's ``TurtleSerializer``
over it; the serializer asks the store for each subject's statements (sorting them again each
time) and looks every term's prefixed name up several times. This writer groups the statements
by subject once and reproduces the serializer's layout step by step: the prefix lines of the
namespaces used, subjects (``rdfs:Class`` members first, then by the number of references, then
by IRI), ``a`` and ``rdfs:label`` first, objects sorted by rdflib's term order, the same
indentation. Terms are keyed by plain strings (from rdflib: an IRI is its text, a literal
``(lexical form, language, datatype IRI)``; from a dump: their N-Triples text) and each
distinct term is rendered once: a node
IRI that :func:`kg.namespaces.mint` makes (``kgid:<kind>-<key>`` of ASCII letters and digits,
``-``, ``_`` and CJK ideographs) directly, any other IRI by rdflib's ``compute_qname`` and
literals by rdflib's ``Literal._literal_n3``.

It covers graphs without blank nodes and without ``rdf:nil`` whose predicates all have a bound
prefix — every graph a build makes. For anything else :func:`turtle_bytes` returns ``None``
(:func:`write_ntriples_dump` raises :class:`Unsupported`) and the caller uses rdflib
(tests/test_turtle.py and tests/test_store.py check that both give the same bytes).
"""
from __future__ import annotations

import re
import tempfile
from collections import Counter
from typing import BinaryIO, Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

_PCT = re.compile(r"%(?![0-9A-Fa-f]{2})")  # rdflib's LOCALNAME_PECRENT_CHARACTER_REQUIRING_ESCAPE_REGEX
#: The key of a node IRI minted by :func:`kg.namespaces.mint` from ASCII letters and digits, ``-``,
#: ``_`` and CJK ideographs: rdflib writes it ``kgid:<local>`` (checked against rdflib's writer
#: on every IRI of the test corpora and on random IRIs in tests/test_turtle.py).
_KGID_LOCAL = re.compile(r"[a-z][a-z0-9]*-[0-9A-Za-z_\-\u3400-\u4dbf\u4e00-\u9fff]+")
_ECHAR = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


class Unsupported(Exception):
    """The graph holds something this writer does not reproduce (blank nodes, ``rdf:nil``, a
    predicate with no bound prefix, …): write it with rdflib."""


def _plain(text: str) -> str:
    """The characters of a str subclass (an rdflib term) as a plain ``str``."""
    return str.__str__(text)


_TYPE, _LABEL, _CLASS, _NIL = map(_plain, (RDF.type, RDFS.label, RDFS.Class, RDF.nil))
_XSD_STRING, _RDF_LANG = _plain(XSD.string), _plain(RDF.langString)


def turtle_bytes(triples: Iterable[tuple], namespaces: Graph) -> bytes | None:
    """Write ``triples`` as rdflib's Turtle serializer would write the sorted graph of them.

    Args:
        triples: the statements ``(s, p, o)`` as rdflib terms, each once, in any order.
        namespaces: an empty graph binding exactly the prefixes the sorted copy would bind
            (:func:`kg.export._new_graph`); its namespace manager computes the prefixed names.

    Returns:
        The UTF-8 document, or ``None`` when the graph is outside what this writer covers
        (blank nodes, ``rdf:nil``, a predicate with no bound prefix, a base IRI).
    """
    try:
        w = _Writer(namespaces)
        body = [(w.is_class(props), i_s, w.block(i_s, props)) for i_s, props in w.read_terms(triples).items()]
        body.sort(key=w.order_key)
        return (w.prefix_lines() + "".join(item[-1] for item in body) + "\n").encode("utf-8", "replace")
    except Unsupported:
        return None


def write_ntriples_dump(dump: BinaryIO, namespaces: Graph, fh: BinaryIO) -> None:
    """Write the statements of an N-Triples document as Turtle to ``fh`` (the bytes of
    :func:`turtle_bytes` for the same statements), in a stream: each subject's block is rendered
    once into a temporary file and the blocks are copied out in rdflib's order, so memory holds
    the subjects and the distinct terms, not the statements.

    Args:
        dump: a binary file of N-Triples as Oxigraph writes them (one statement a line, each
            triple once, ``xsd:string`` literals plain or typed); best with each subject's
            lines together (an on-disk store dumps so), else the statements are gathered in
            memory first.
        namespaces: as for :func:`turtle_bytes`.
        fh: a binary file open for writing; nothing is written to it before the whole document
            is ready.

    Raises:
        Unsupported: a blank node, ``rdf:nil``, a predicate with no bound prefix, …
            (write the graph with rdflib).
    """
    w = _NTWriter(namespaces)
    for grouped in (True, False):
        dump.seek(0)
        try:
            with tempfile.TemporaryFile() as body:
                blocks = []   # (class?, subject, offset, length in ``body``)
                offset = 0
                pending: list[bytes] = []
                for i_s, props in _nt_subjects(dump, w, grouped):
                    block = w.block(i_s, props).encode("utf-8", "replace")
                    blocks.append((w.is_class(props), i_s, offset, len(block)))
                    offset += len(block)
                    pending.append(block)
                    if len(pending) >= 4096:
                        body.write(b"".join(pending))
                        pending.clear()
                body.write(b"".join(pending))
                del pending
                blocks.sort(key=w.order_key)
                fh.write(w.prefix_lines().encode("utf-8"))
                out = []
                for _, _, start, length in blocks:
                    body.seek(start)
                    out.append(body.read(length))
                    if len(out) >= 4096:
                        fh.write(b"".join(out))
                        out.clear()
                fh.write(b"".join(out))
                fh.write(b"\n")
                return
        except _NotGrouped:
            w.refs.clear()
            continue


class _Cache(dict):
    """A dict that computes a missing value with ``make(key)`` and keeps it."""

    def __init__(self, make) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key):
        out = self[key] = self.make(key)
        return out


class _NotGrouped(Exception):
    """The N-Triples dump does not give each subject's statements together."""


class _Writer:
    """One Turtle document; mirrors ``rdflib.plugins.serializers.turtle.TurtleSerializer``.

    Terms are keys: an IRI its plain string, a literal ``(lexical, language, datatype)``
    (:class:`_NTWriter`: their N-Triples text).
    """

    TYPE, LABEL, CLASS = _TYPE, _LABEL, _CLASS
    #: Sort key of an IRI key (``None``: the key itself).
    iri_order = None

    def __init__(self, namespaces: Graph) -> None:
        if namespaces.base is not None:
            raise Unsupported
        self.g = namespaces
        self.namespaces: dict[str, URIRef] = {}
        self.pnames: dict[str, str | None] = {}
        self.labels = _Cache(self._label)      # key → its text (rendered on first use)
        self.verbs = _Cache(self._verb)        # predicate → its text
        self.verbs[self.TYPE] = "a"
        self.terms: dict = {}      # literal key → its rdflib Literal (as given, or made from the key)
        self.refs: Counter = Counter()   # IRI → times it is an object
        kgid = self.g.store.namespace("kgid")
        self.kgid = None if kgid is None else _plain(kgid)
        if any(_plain(ns) != self.kgid and _plain(ns).startswith(self.kgid or "\0") for _, ns in self.g.namespaces()):
            self.kgid = None  # a longer namespace inside kgid: rdflib's choice, not this shortcut

    # ------------------------------------------------------------------ reading
    def read_terms(self, triples: Iterable[tuple]) -> dict:
        """``{subject: {predicate: [objects]}}`` of rdflib triples (keys as in the class doc);
        counts the IRI objects in :attr:`refs`."""
        by_subject: dict = {}
        terms = self.terms
        iri_objects: list = []
        plain = str.__str__  # (a C method: no Python call per term)
        uri, lit = URIRef, Literal
        last_s = props = None
        for s, p, o in triples:
            if s is not last_s:
                if type(s) is not uri:
                    raise Unsupported  # blank nodes, variables, subclasses: rdflib's business
                last_s = s
                i_s = plain(s)
                props = by_subject.get(i_s)
                if props is None:
                    props = by_subject[i_s] = {}
            if type(p) is not uri:
                raise Unsupported
            kind = type(o)
            if kind is uri:
                io = plain(o)
                iri_objects.append(io)
            elif kind is lit:
                dt = o.datatype
                io = (plain(o), o.language, None if dt is None else plain(dt))
                if io not in terms:
                    terms[io] = o
            else:
                raise Unsupported
            ip = plain(p)
            objs = props.get(ip)
            if objs is None:
                props[ip] = [io]
            else:
                objs.append(io)
        self.refs.update(iri_objects)
        return by_subject

    def is_class(self, props: dict) -> bool:
        """Is the subject of ``props`` an ``rdfs:Class`` (written first)?"""
        return self.CLASS in props.get(self.TYPE, ())

    def order_key(self, item: tuple) -> tuple:
        """Sort key of ``(class?, subject, …)``: ``rdfs:Class`` members first (by IRI), then the
        others by the number of references (:attr:`refs`, complete once every statement is
        read), then by IRI."""
        iri = item[1] if self.iri_order is None else self.iri_order(item[1])
        return (0, 0, iri) if item[0] else (1, self.refs.get(item[1], 0), iri)

    # ------------------------------------------------------------------ names
    def _add_namespace(self, prefix: str, namespace: URIRef) -> str:
        """TurtleSerializer.addNamespace; a prefix rdflib would rename (``_…``, or one bound
        twice) is left to rdflib."""
        if (prefix > "" and prefix[0] == "_") or self.namespaces.get(prefix, namespace) != namespace:
            raise Unsupported
        self.namespaces[prefix] = namespace
        return prefix

    def pname(self, uri: str, predicate: bool = False) -> str | None:
        """TurtleSerializer.get_pname of an IRI, without generating prefixes (a predicate that
        would need one is left to rdflib); an IRI rdflib's writer refuses, and ``rdf:nil``, too."""
        if uri in self.pnames:
            out = self.pnames[uri]
            if out is None and predicate:
                raise Unsupported
            return out
        if uri == _NIL:
            raise Unsupported
        node = URIRef(uri)
        try:
            node.n3()  # an invalid IRI: rdflib's writer raises, let it
        except Exception:  # noqa: BLE001
            raise Unsupported from None
        kgid = self.kgid
        if kgid is not None and uri.startswith(kgid) and _KGID_LOCAL.fullmatch(uri, len(kgid)):
            out = "%s:%s" % (self._add_namespace("kgid", URIRef(kgid)), uri[len(kgid):])
        else:
            out = self._compute(node, predicate)
        self.pnames[uri] = out
        return out

    def _compute(self, node: URIRef, predicate: bool) -> str | None:
        try:
            parts = self.g.compute_qname(node, generate=False)
        except KeyError:
            if predicate:
                raise Unsupported from None
            parts = self._namespace_itself(node)
        except Exception:  # noqa: BLE001 - rdflib's get_pname catches everything here too
            parts = self._namespace_itself(node)
        out = None
        if parts is not None:
            prefix, namespace, local = parts
            local = _PCT.sub("\\%", local.replace("(", r"\(").replace(")", r"\)"))
            if not local.endswith("."):
                out = "%s:%s" % (self._add_namespace(prefix, namespace), local)
        if out is None and predicate:
            raise Unsupported
        return out

    def _namespace_itself(self, uri: URIRef):
        pfx = self.g.store.prefix(uri)
        return (pfx, uri, "") if pfx is not None else None

    def literal(self, key: tuple) -> Literal:
        """The rdflib Literal of a literal key."""
        term = self.terms.get(key)  # (the rdflib path keeps the literals given; others are made anew)
        if term is None:
            lexical, lang, dt = key
            term = Literal(lexical, lang=lang) if lang else Literal(lexical, datatype=None if dt is None else URIRef(dt))
        return term

    def _label(self, key) -> str:
        """TurtleSerializer.label of a subject or object (predicates: :meth:`_verb`)."""
        if type(key) is str:
            return self.pname(key) or "<%s>" % key
        if key[2] is not None:
            self.pname(key[2])  # rdflib declares a datatype's prefix even when it writes 1.5 or true
        return self.literal(key)._literal_n3(use_plain=True, qname_callback=lambda dt: self.pname(_plain(dt)))

    def _verb(self, key: str) -> str:
        """TurtleSerializer.label of a predicate other than ``rdf:type`` (written ``a``)."""
        return self.pname(key, predicate=True)

    def term(self, key):
        """The rdflib term of a key."""
        return URIRef(key) if type(key) is str else self.literal(key)

    @staticmethod
    def is_iri(key) -> bool:
        """Is ``key`` an IRI's?"""
        return type(key) is str


    # ------------------------------------------------------------------ document
    def prefix_lines(self) -> str:
        """The ``@prefix`` lines of the namespaces used by the blocks rendered so far."""
        return "".join("@prefix %s: <%s> .\n" % item for item in sorted(self.namespaces.items()))

    def block(self, i_s: str, props: dict) -> str:
        """One subject's statements, ``"\\n<subject> <verb> <object>, … ;\\n    … .\\n"``.

        The statements are not sorted as a whole: the serializer's output depends on the
        sorted order only through the order of equal-ranking literals in one object list,
        which is kept by sorting such a list by ``n3()`` first.
        """
        labels, verbs, order = self.labels, self.verbs, self.iri_order
        plist = sorted(props, key=order)
        if self.LABEL in props:
            plist.remove(self.LABEL)
            plist.insert(0, self.LABEL)
        if self.TYPE in props:
            plist.remove(self.TYPE)
            plist.insert(0, self.TYPE)
        subject = labels.get(i_s)  # (a subject's label is kept only when it is also an object)
        out = ["\n", subject if subject is not None else self._label(i_s)]
        first = True
        for ip in plist:
            out.append((" " if first else " ;\n    ") + verbs[ip])
            first = False
            objs = props[ip]
            if len(objs) > 1:
                if all(map(self.is_iri, objs)):
                    objs = sorted(objs, key=order)  # distinct IRIs: the order rdflib gives URIRefs
                else:  # the sorted graph's order (n3), then rdflib's stable term sort
                    term = self.term
                    keyed = sorted(((term(o), o) for o in objs), key=lambda item: item[0].n3())
                    keyed.sort(key=lambda item: item[0])
                    objs = [o for _, o in keyed]
                out.append(" " + ",\n        ".join([labels[o] for o in objs]))
            else:
                out.append(" " + labels[objs[0]])
        out.append(" .\n")
        return "".join(out)


def _inner(text: str) -> str:
    """``<iri>`` → ``iri`` (as Oxigraph writes IRIs: no escapes)."""
    return text[1:-1]


class _NTWriter(_Writer):
    """A :class:`_Writer` whose keys are the N-Triples texts of the terms (``<iri>``,
    ``"lexical"@zh``, …), as Oxigraph dumps them: a line's terms are keys as they are."""

    TYPE, LABEL, CLASS = "<%s>" % _TYPE, "<%s>" % _LABEL, "<%s>" % _CLASS
    iri_order = staticmethod(_inner)

    def _label(self, key: str) -> str:
        if key[0] == "<":
            iri = _nt_unescape(key[1:-1])
            return self.pname(iri) or "<%s>" % iri
        if key[0] != '"':
            raise Unsupported  # a blank node
        return _Writer._label(self, _nt_key(key))

    def _verb(self, key: str) -> str:
        if key[0] != "<":
            raise Unsupported
        return self.pname(_nt_unescape(key[1:-1]), predicate=True)

    def term(self, key: str):
        return URIRef(_nt_unescape(key[1:-1])) if key[0] == "<" else self.literal(_nt_key(key))

    @staticmethod
    def is_iri(key: str) -> bool:
        return key[0] == "<"


# ---------------------------------------------------------------------------- N-Triples


def _nt_unescape(text: str) -> str:
    """Undo N-Triples string escapes (``\\n``, ``\\"``, ``\\uXXXX``, …)."""
    if "\\" not in text:
        return text
    return _ECHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if (m.group(1) or m.group(2))
                      else _ECHARS.get(m.group(3), m.group(3)), text)


def _nt_key(text: str):
    """An N-Triples term as Oxigraph writes it (``<iri>``, ``"lex"@lang``, ``"lex"^^<dt>``) → its
    key (see :class:`_Writer`); ``xsd:string`` literals are plain, as rdflib writes them."""
    if text[0] == "<":
        return _nt_unescape(text[1:-1])
    if text[0] != '"':
        raise Unsupported  # a blank node
    end = text.rindex('"')
    lexical, suffix = _nt_unescape(text[1:end]), text[end + 1:]
    if suffix.startswith("@"):
        return (lexical, suffix[1:], None)
    if suffix.startswith("^^<"):
        dt = suffix[3:-1]
        return (lexical, None, None if dt in (_XSD_STRING, _RDF_LANG) else dt)
    return (lexical, None, None)


def _lines(fh, size: int = 1 << 24) -> Iterator[str]:
    """The lines of a UTF-8 file without their line ends, read ``size`` bytes at a time."""
    rest = b""
    while chunk := fh.read(size):
        chunk = rest + chunk
        cut = chunk.rfind(b"\n") + 1
        rest = chunk[cut:]
        yield from chunk[:cut].decode("utf-8").split("\n")[:-1]  # (not splitlines: U+2028 may be in a literal)
    if rest:
        yield rest.decode("utf-8")


def _nt_subjects(dump, w: _NTWriter, grouped: bool) -> Iterator[tuple]:
    """``(subject, {predicate: [objects]})`` (N-Triples texts) from an N-Triples dump, counting
    in ``w.refs`` how often each IRI is an object. With ``grouped`` the dump must give each
    subject's lines together (else :class:`_NotGrouped`); without, all subjects are gathered in
    memory first."""
    subject, props, seen = None, None, set()
    gathered: dict = {}
    iri_objects: list = []
    counted = iri_objects.append
    for line in _lines(dump):
        s, _, rest = line.partition(" ")
        p, _, o = rest.partition(" ")
        o = o[:-2]  # " ."
        if o[0] == "<":
            counted(o)
            if len(iri_objects) >= 1 << 16:
                w.refs.update(iri_objects)
                iri_objects.clear()
        if s != subject:
            if s[0] != "<":
                raise Unsupported  # a blank node
            if not grouped:
                props = gathered.get(s)
                if props is None:
                    props = gathered[s] = {}
            else:
                if subject is not None:
                    yield subject, props
                    seen.add(subject)
                if s in seen:
                    raise _NotGrouped
                props = {}
            subject = s
        objs = props.get(p)
        if objs is None:
            props[p] = [o]
        else:
            objs.append(o)
    w.refs.update(iri_objects)
    if grouped and subject is not None:
        yield subject, props
    yield from gathered.items()


__all__ = ["Unsupported", "turtle_bytes", "write_ntriples_dump"]
