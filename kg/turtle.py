"""The project's one Turtle writer: exactly the bytes of rdflib's Turtle serializer over the
sorted graph (``kg.export.to_bytes(graph, "turtle")``), fast, from rdflib triples (a graph, or
the statements a build holds in memory: :mod:`kg.statements`) or from an Oxigraph N-Triples dump
(:func:`kg.store.write_turtle`); and an N-Triples writer with rdflib's bytes (:func:`ntriples_bytes`).

``to_bytes`` would copy the graph into a sorted rdflib graph and run rdflib's ``TurtleSerializer``
over it; the serializer asks the store for each subject's statements (sorting them again each
time) and looks every term's prefixed name up several times. This writer groups the statements
by subject once and reproduces the serializer's layout step by step: the prefix lines of the
namespaces used, subjects (``rdfs:Class`` members first, then by the number of references, then
by IRI), ``a`` and ``rdfs:label`` first, objects sorted by rdflib's term order, the same
indentation. Subjects and predicates are keyed by plain strings (from rdflib: an IRI is its
text; from a dump: their N-Triples text); each distinct IRI is rendered once: a node IRI that
:func:`kg.namespaces.mint` makes (``kgid:<kind>-<key>`` of ASCII letters and digits, ``-``, ``_``
and CJK ideographs) directly, any other IRI by rdflib's ``compute_qname``; literals with nothing to
escape (plain, ``@zh``, ``xsd:integer`` digits, booleans) directly, others by rdflib's
``Literal._literal_n3``. A statement given twice (by two named graphs) is written once. Python's
cycle collector is paused while a writer runs (:func:`kg.collector.paused`).

It covers graphs without blank nodes and without ``rdf:nil`` whose predicates all have a bound
prefix — every graph a build makes. For anything else :func:`turtle_bytes` returns ``None``
(:func:`write_ntriples_dump` raises :class:`Unsupported`) and the caller uses rdflib
(tests/test_turtle.py and tests/test_store.py check that both give the same bytes).
"""
from __future__ import annotations

import mmap
import os
import re
import tempfile
from collections import Counter
from contextlib import ExitStack
from typing import BinaryIO, Iterable, Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.plugins.serializers.nt import _quoteLiteral

from .collector import paused

_PCT = re.compile(r"%(?![0-9A-Fa-f]{2})")  # rdflib's LOCALNAME_PECRENT_CHARACTER_REQUIRING_ESCAPE_REGEX
#: The key of a node IRI minted by :func:`kg.namespaces.mint` from ASCII letters and digits, ``-``,
#: ``_`` and CJK ideographs: rdflib writes it ``kgid:<local>`` (checked against rdflib's writer
#: on every IRI of the test corpora and on random IRIs in tests/test_turtle.py).
_KGID_LOCAL = re.compile(r"[a-z][a-z0-9]*-[0-9A-Za-z_\-\u3400-\u4dbf\u4e00-\u9fff]+")
_ECHAR = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
#: Subjects (Turtle) or lines (N-Triples) encoded and written at a time.
_CHUNK = 4096
#: Bytes of Turtle blocks copied from :func:`write_turtle`'s temporary file at a time.
_CHUNK_BYTES = 1 << 20
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


class Unsupported(Exception):
    """The graph holds something this writer does not reproduce (blank nodes, ``rdf:nil``, a
    predicate with no bound prefix, …): write it with rdflib."""


def _plain(text: str) -> str:
    """The characters of a str subclass (an rdflib term) as a plain ``str``."""
    return str.__str__(text)


_TYPE, _LABEL, _CLASS, _NIL = map(_plain, (RDF.type, RDFS.label, RDFS.Class, RDF.nil))
_XSD_STRING, _RDF_LANG = _plain(XSD.string), _plain(RDF.langString)
#: Datatypes of literals rdflib writes bare (``use_plain``) when their lexical form is plain.
_PLAIN_WRITTEN = {_plain(XSD.integer): "integer", _plain(XSD.boolean): "boolean"}
_BOOLEANS = ("true", "false")
#: Datatypes whose N3 form writes INF and NaN in capitals (the N-Triples form keeps the lexical form).
_INF_NAN = frozenset(map(_plain, (XSD.float, XSD.double, XSD.decimal)))


def _turtle_parts(triples: Iterable[tuple], namespaces: Graph) -> tuple[str, list] | None:
    """The prefix lines and the subjects' blocks ``(class?, subject, text)`` in rdflib's order
    (see :func:`turtle_bytes`), or ``None``."""
    try:
        with paused():
            w = _Writer(namespaces)
            body = [w.term_block(i_s, props) for i_s, props in w.read_triples(triples).items()]
            body.sort(key=w.order_key)
            return w.prefix_lines(), body
    except Unsupported:
        return None


def turtle_bytes(triples: Iterable[tuple], namespaces: Graph) -> bytes | None:
    """Write ``triples`` as rdflib's Turtle serializer would write the sorted graph of them.

    Args:
        triples: the statements ``(s, p, o)`` as rdflib terms, in any order; a statement given
            more than once (the same triple in several named graphs) is written once.
        namespaces: an empty graph binding exactly the prefixes the sorted copy would bind
            (:func:`kg.export._new_graph`); its namespace manager computes the prefixed names.

    Returns:
        The UTF-8 document, or ``None`` when the graph is outside what this writer covers
        (blank nodes, ``rdf:nil``, a predicate with no bound prefix, a base IRI).
    """
    parts = _turtle_parts(triples, namespaces)
    if parts is None:
        return None
    head, body = parts
    return (head + "".join([item[-1] for item in body]) + "\n").encode("utf-8", "replace")


def write_turtle(triples: Iterable[tuple], namespaces: Graph, fh: BinaryIO, more: "Blocks | None" = None) -> bool:
    """Write the bytes of :func:`turtle_bytes` to ``fh``; the document is never in memory.

    Each subject's block is rendered in the order the statements come, as :func:`turtle_bytes`
    renders them (so the prefixes a block brings in are met in the same order), encoded and put
    into a temporary file beside ``fh`` (or in the temporary folder), and its statements are
    dropped at once; then the prefix lines and the blocks, in the serializer's order of subjects
    (known once every reference is counted), are copied to ``fh``. Memory holds the statements
    grouped by subject, shrinking as the blocks are written out, and a small index: not every
    block's text beside them.

    Args:
        triples, namespaces: as for :func:`turtle_bytes`.
        fh: a binary file open for writing.
        more: the blocks of more statements, whose subjects ``triples`` do not have, rendered
            elsewhere (:func:`render_blocks`, in another process) while these are: the document
            is that of ``triples`` and ``more.triples()`` together. When ``more.result()`` gives
            None (that process failed), ``more.triples()`` are rendered here.

    Returns:
        False, with nothing written, when the graph is outside what this writer covers.

    Raises:
        OSError: the temporary file or ``fh`` cannot be written.
    """
    name = getattr(fh, "name", None)
    folder = os.path.dirname(name) if isinstance(name, str) and os.path.dirname(name) else None
    with tempfile.TemporaryFile(dir=folder) as spool:
        try:
            with paused():
                w = _Writer(namespaces)
                index, offset = _spool_blocks(w, w.read_triples(triples), spool, 0)
                spools = [spool]
                done = more.result() if more is not None else None
                if done is not None:  # (the other process's refs and prefixes join these)
                    theirs, refs, used = done
                    w.refs.update(refs)
                    for prefix, namespace in used.items():
                        w._add_namespace(prefix, namespace)
                    index += [(is_class, i_s, at, size, 1) for is_class, i_s, at, size in theirs]
                    spools.append(more.spool)
                elif more is not None:
                    theirs, offset = _spool_blocks(w, w.read_triples(more.triples()), spool, offset)
                    index += theirs
                index.sort(key=w.order_key)
                head = w.prefix_lines()
        except Unsupported:
            return False
        fh.write(head.encode("utf-8", "replace"))
        # the blocks sliced out of maps of the spools: a seek and a read per block (tens of
        # thousands of calls) cost more than writing them
        with ExitStack() as maps:
            views = [maps.enter_context(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)) if _size(f) else None
                     for f in spools]
            pieces, held = [], 0
            for _, _, at, size, which in index:
                pieces.append(views[which][at:at + size])
                held += size
                if held >= _CHUNK_BYTES:
                    fh.write(b"".join(pieces))
                    pieces, held = [], 0
            fh.write(b"".join(pieces))
    fh.write(b"\n")
    return True


def _size(f: BinaryIO) -> int:
    """Bytes in file ``f`` (flushed first)."""
    f.flush()
    return os.fstat(f.fileno()).st_size


def _spool_blocks(w: "_Writer", by_subject: dict, spool: BinaryIO, offset: int) -> tuple[list, int]:
    """Render the blocks of ``by_subject`` (:meth:`_Writer.read_triples`, emptied as they are
    rendered) into ``spool`` from byte ``offset`` on: ``([(class?, subject, offset, length, 0), …],
    offset after them)``."""
    index = []
    for i_s in list(by_subject):
        is_class, _, text = w.term_block(i_s, by_subject.pop(i_s))
        data = text.encode("utf-8", "replace")
        spool.write(data)
        index.append((is_class, i_s, offset, len(data), 0))
        offset += len(data)
    return index, offset


def render_blocks(triples: Iterable[tuple], namespaces: Graph, spool: BinaryIO) -> tuple[list, dict, dict] | None:
    """Render the blocks of ``triples`` into ``spool`` for :func:`write_turtle`'s ``more`` (the
    part another process renders): ``([(class?, subject, offset, length), …], {IRI: times an
    object}, {prefix: namespace used})``, or None when the graph is outside what this writer
    covers (:class:`Unsupported`).

    Args:
        triples, namespaces: as for :func:`turtle_bytes`; no subject of ``triples`` may have
            statements among those of the :func:`write_turtle` they join.
        spool: a binary file open for writing, empty.
    """
    try:
        with paused():
            w = _Writer(namespaces)
            index, _ = _spool_blocks(w, w.read_triples(triples), spool, 0)
    except Unsupported:
        return None
    spool.flush()
    return [item[:4] for item in index], dict(w.refs), dict(w.namespaces)


class Blocks:
    """What :func:`write_turtle` asks of its ``more``: ``result()``, the blocks of
    :func:`render_blocks` in the file ``spool`` (or None: render ``triples()`` here instead)."""

    spool: BinaryIO

    def result(self) -> tuple[list, dict, dict] | None:  # pragma: no cover - an interface
        raise NotImplementedError

    def triples(self) -> Iterable[tuple]:  # pragma: no cover - an interface
        raise NotImplementedError


def _ntriples_rows(triples: Iterable[tuple]) -> list[bytes] | None:
    """The lines of :func:`ntriples_bytes`, sorted, as UTF-8 (which sorts as the text does)."""
    plain, uri, lit = str.__str__, URIRef, Literal
    iris: dict = {}

    def iri(term) -> str:
        key = plain(term)
        out = iris.get(key)
        if out is None:
            out = iris[key] = term.n3()  # (rdflib's check of the IRI)
        return out

    rows: set = set()
    keyed: dict = {}  # row → its sort key, for rows whose literal's N3 form is not its N-Triples form
    last_s = s3 = None
    with paused():
        for s, p, o in triples:
            if s is not last_s:
                if type(s) is not uri:
                    return None
                last_s, s3 = s, iri(s)
            if type(p) is not uri:
                return None
            head = s3 + " " + iri(p) + " "
            kind = type(o)
            if kind is uri:
                rows.add((head + iri(o) + " .\n").encode())
                continue
            if kind is not lit:
                return None
            lex = plain(o)
            dt = o.datatype
            if '"' in lex or "\\" in lex or "\n" in lex or "\r" in lex or (dt is not None and plain(dt) in _INF_NAN):
                row = (head + _quoteLiteral(o) + " .\n").encode()
                keyed[row] = (head + o.n3()).encode()
                rows.add(row)
                continue
            lang = o.language
            if lang:
                rows.add((head + '"' + lex + '"@' + lang + " .\n").encode())
            else:
                rows.add((head + '"' + lex + ('" .\n' if dt is None else '"^^<' + plain(dt) + "> .\n")).encode())
        # "<s> <p> <o>" orders as the tuple of N3 forms (an IRI holds no ">" or space); a row is that
        # text and " .\n" (which sorts the same) unless its literal's N-Triples and N3 forms differ
        return sorted(rows, key=lambda row: keyed.get(row) or row[:-3]) if keyed else sorted(rows)


def ntriples_bytes(triples: Iterable[tuple]) -> bytes | None:
    """Write ``triples`` as rdflib's N-Triples serializer writes the sorted graph of them
    (:func:`kg.export.to_bytes` with ``"nt"``): one line a statement, in the order of the N3
    forms of subject, predicate and object.

    Args:
        triples: the statements ``(s, p, o)`` as rdflib terms, in any order; a statement given
            more than once is written once.

    Returns:
        The UTF-8 document, or ``None`` for a graph with blank nodes (rdflib relabels them).

    Raises:
        Exception: an IRI rdflib cannot write (``<``, ``>``, a space, …), as rdflib raises.
        UnicodeEncodeError: a lone surrogate in a literal, as rdflib raises.
    """
    rows = _ntriples_rows(triples)
    return None if rows is None else b"".join(rows)


def write_ntriples(triples: Iterable[tuple], fh: BinaryIO) -> bool:
    """Write the bytes of :func:`ntriples_bytes` to ``fh``, a few thousand lines at a time.

    Returns:
        False, with nothing written, for a graph with blank nodes.

    Raises:
        As :func:`ntriples_bytes`.
    """
    rows = _ntriples_rows(triples)
    if rows is None:
        return False
    for i in range(0, len(rows), _CHUNK):
        fh.write(b"".join(rows[i:i + _CHUNK]))
    return True


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
    with paused():
        _write_dump(dump, _NTWriter(namespaces), fh)


def _write_dump(dump: BinaryIO, w: "_NTWriter", fh: BinaryIO) -> None:
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
        self.datatypes: dict = {}  # datatype IRI → its kind in _PLAIN_WRITTEN, or ""
        self.kgid_prefix: str | None = None  # "kgid:" once the prefix is declared
        kgid = self.g.store.namespace("kgid")
        self.kgid = None if kgid is None else _plain(kgid)
        if any(_plain(ns) != self.kgid and _plain(ns).startswith(self.kgid or "\0") for _, ns in self.g.namespaces()):
            self.kgid = None  # a longer namespace inside kgid: rdflib's choice, not this shortcut

    # ------------------------------------------------------------------ reading
    def read_triples(self, triples: Iterable[tuple]) -> dict:
        """``{subject: {predicate: object or [objects]}}`` of rdflib triples: subjects and
        predicates keyed by their plain strings, objects the rdflib terms as given, one object as
        itself and two or more in a list (a statement given twice is listed twice;
        :meth:`term_block` writes it once)."""
        by_subject: dict = {}
        plain = str.__str__  # (a C method: no Python call per term)
        uri = URIRef
        verbs: dict = {}  # predicate → its one plain string (not a copy per subject)
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
            ip = verbs.get(p)
            if ip is None:
                if type(p) is not uri:
                    raise Unsupported
                ip = verbs[p] = plain(p)
            objs = props.get(ip)
            if objs is None:
                props[ip] = o  # one object as itself: most predicates of a subject have one
            elif type(objs) is list:
                objs.append(o)
            else:
                props[ip] = [objs, o]
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
        kgid = self.kgid
        if kgid is not None and uri.startswith(kgid) and _KGID_LOCAL.fullmatch(uri, len(kgid)):
            # (a valid IRI: the pattern holds none of the characters rdflib refuses)
            if self.kgid_prefix is None:
                self.kgid_prefix = self._add_namespace("kgid", URIRef(kgid)) + ":"
            return self.kgid_prefix + uri[len(kgid):]
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
        out = self.pnames[uri] = self._compute(node, predicate)
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


    def term_block(self, i_s: str, props: dict) -> tuple:
        """``(class?, subject, text)``: one subject's block (as :meth:`block` writes it) from
        :meth:`read_triples`; a statement listed twice is written once, and each IRI object is
        counted in :attr:`refs` once per statement."""
        labels, verbs, refs, lit, plain, uri = self.labels, self.verbs, self.refs, self.literal_text, str.__str__, URIRef
        plist = sorted(props)
        if self.LABEL in props:
            plist.remove(self.LABEL)
            plist.insert(0, self.LABEL)
        is_class = False
        if self.TYPE in props:
            plist.remove(self.TYPE)
            plist.insert(0, self.TYPE)
        subject = labels.get(i_s)  # (a subject's label is kept only when it is also an object)
        out = ["\n", subject if subject is not None else self._label(i_s)]
        sep = " "
        for ip in plist:
            out.append(sep)
            out.append(verbs[ip])
            sep = " ;\n    "
            objs = props[ip]
            if type(objs) is not list:  # one object, kept as itself (read_triples)
                o = objs
                if type(o) is uri:
                    k = plain(o)
                    refs[k] = refs.get(k, 0) + 1
                    out.append(" " + labels[k])
                    if k == self.CLASS and ip == self.TYPE:
                        is_class = True
                else:
                    out.append(" " + lit(o))
                continue
            if set(map(type, objs)) == {uri}:  # distinct IRIs: the order rdflib gives URIRefs
                keys = sorted(set(map(plain, objs)))
                for k in keys:
                    refs[k] = refs.get(k, 0) + 1
                if ip == self.TYPE and self.CLASS in keys:
                    is_class = True
                out.append(" " + ",\n        ".join([labels[k] for k in keys]))
                continue
            distinct: dict = {}
            for o in objs:
                distinct.setdefault(plain(o) if type(o) is uri else (plain(o), o.language, o.datatype), o)
            terms = sorted(distinct.values(), key=_n3)  # the sorted graph's order (n3), then rdflib's term sort
            terms.sort()
            texts = []
            for o in terms:
                if type(o) is uri:
                    k = plain(o)
                    refs[k] = refs.get(k, 0) + 1
                    texts.append(labels[k])
                    if k == self.CLASS and ip == self.TYPE:
                        is_class = True
                else:
                    texts.append(lit(o))
            out.append(" " + ",\n        ".join(texts))
        out.append(" .\n")
        return is_class, i_s, "".join(out)

    def literal_text(self, o) -> str:
        """TurtleSerializer.label of an rdflib Literal: plain and language-tagged strings with
        nothing to escape, and ``xsd:integer`` digits and booleans, written here; others by rdflib.

        Raises:
            Unsupported: ``o`` is no Literal (a blank node).
        """
        if type(o) is not Literal:
            raise Unsupported
        lex = str.__str__(o)
        dt = o.datatype
        if dt is None:
            if '"' in lex or "\\" in lex or "\n" in lex or "\r" in lex:
                return self._rdflib_literal(o)
            lang = o.language
            return '"' + lex + '"@' + lang if lang else '"' + lex + '"'
        dt = str.__str__(dt)
        kind = self.datatypes.get(dt)
        if kind is None:
            kind = self.datatypes[dt] = _PLAIN_WRITTEN.get(dt, "")
            self.pname(dt)  # rdflib declares a datatype's prefix even when it writes 1.5 or true
        if (kind == "integer" and lex.isdigit() and lex.isascii()) or (kind == "boolean" and lex in _BOOLEANS):
            return lex
        return self._rdflib_literal(o)

    def _rdflib_literal(self, o: Literal) -> str:
        if o.datatype is not None:
            self.pname(str.__str__(o.datatype))
        return o._literal_n3(use_plain=True, qname_callback=lambda dt: self.pname(_plain(dt)))


def _n3(term) -> str:
    return term.n3()


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


__all__ = ["Unsupported", "ntriples_bytes", "turtle_bytes", "write_ntriples", "write_ntriples_dump", "write_turtle"]
