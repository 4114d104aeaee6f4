"""RDF namespaces of Tupu graphs: the ontology (``kg:``) and the entity IRIs (``kgid:``).

The ontology namespace is fixed by ``CONTRACT.md``; :data:`KG` is the closed namespace of
the terms declared in the schema (:mod:`kg.schema`): ``KG.locatedln`` (a typo) raises
``AttributeError``. Entity IRIs live under :data:`ID` and are minted by :func:`mint` alone
(:func:`kg.graph.entity_iri` for entities): ``kgid:<kind>-<key>``, with no ``/`` after the
namespace, so that ``kgid:org-台州市公安局`` is a plain prefixed name in SPARQL and Turtle.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD

from .schema import KG  # the project's ontology terms (classes, properties), from kg.schema
#: Entity and evidence IRIs: ``ID + "<kind>-<key>"`` (:func:`mint`).
ID = Namespace("https://w3id.org/tupu/id/")
#: Joins the kind of a node (``org``, ``person``, ``evidence``, …) to its key. The kinds are
#: lower-case ASCII words without ``-``, so the first ``-`` after the namespace ends the kind.
KIND_SEP = "-"
_KIND = re.compile(r"[a-z][a-z0-9]*")


def _pn_char(ch: str) -> bool:
    """True for a non-ASCII letter or digit allowed anywhere in a SPARQL/Turtle local name.

    The ranges are ``PN_CHARS_BASE`` of SPARQL 1.1 and Turtle (grammar rule 164 / 163s).
    """
    o = ord(ch)
    return (0xC0 <= o <= 0xD6 or 0xD8 <= o <= 0xF6 or 0xF8 <= o <= 0x2FF or 0x370 <= o <= 0x37D
            or 0x37F <= o <= 0x1FFF or 0x2070 <= o <= 0x218F or 0x2C00 <= o <= 0x2FEF
            or 0x3001 <= o <= 0xD7FF or 0xF900 <= o <= 0xFDCF or 0xFDF0 <= o <= 0xFFFD
            or 0x10000 <= o <= 0xEFFFF)


def _iri_char(ch: str) -> str:
    if ch.isascii() and (ch.isalnum() or ch in "-_."):
        return ch
    if not ch.isascii() and unicodedata.category(ch)[0] in "LN" and _pn_char(ch):
        return ch
    return quote(ch, safe="")


def _name_char(ch: str) -> bool:
    """True for a non-ASCII character a SPARQL/Turtle local name may hold after its first one
    (``PN_CHARS`` beyond ASCII: :func:`_pn_char`, ``·`` U+00B7, combining marks, ``‿``, ``⁀``)."""
    o = ord(ch)
    return _pn_char(ch) or o == 0xB7 or 0x300 <= o <= 0x36F or 0x203F <= o <= 0x2040


#: Percent-encoded UTF-8 sequences of characters beyond ASCII (two, three or four bytes each).
_ENCODED = re.compile(r"(?:%[C-Fc-f][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){1,3})+")


def readable_local(local: str) -> str:
    """The local part of a ``kgid:`` IRI for a person to read: each character :func:`mint`
    percent-encoded although a prefixed name may hold it (:func:`_name_char`: the middle dot of
    柯远·买买提, written ``%C2%B7`` in the IRI) shown as itself; ASCII escapes (``%2F``) kept.
    ``kg query`` reads a name written so as the IRI (:func:`minted_local`), and so do decisions.

    Args:
        local: the part after ``kgid:`` (``person-柯远%C2%B7买买提_青川县公安局``).

    Returns:
        ``local`` with those characters decoded (``person-柯远·买买提_青川县公安局``).
    """
    if "%" not in local:
        return local

    def decoded(m: re.Match) -> str:
        try:
            chars = unquote(m.group(0), errors="strict")
        except UnicodeDecodeError:
            return m.group(0)
        return "".join(c if _name_char(c) else quote(c, safe="") for c in chars)

    return _ENCODED.sub(decoded, local)


def minted_local(local: str) -> str:
    """The local part of a ``kgid:`` name as :func:`mint` writes it: each non-ASCII character a
    prefixed name may hold but :func:`mint` percent-encodes (``·``) encoded; the inverse of
    :func:`readable_local` (other characters as they are)."""
    return "".join(_iri_char(c) if not c.isascii() and _name_char(c) else c for c in local)


def mint(kind: str, key: str) -> URIRef:
    """The IRI of a node of the graph: ``https://w3id.org/tupu/id/<kind>-<key>``.

    Every IRI under ``kgid:`` is made here, so ``kgid:<kind>-<key>`` is a valid prefixed name
    in SPARQL 1.1 and Turtle with no escape: letters and digits (CJK included) are kept,
    ``-``, ``_`` and ``.`` too (a final ``.`` excepted), everything else (``/``, space, ``<``,
    brackets, …) is percent-encoded as UTF-8.

    Args:
        kind: a lower-case ASCII word (``"person"``, ``"org"``, ``"place"``, ``"honor"``,
            ``"article"``, ``"evidence"``, ``"role"``, ``"membership"``, an extension's class).
        key: the canonical key (name, adcode, document id or hash); not empty.

    Returns:
        The IRI (deterministic: the same kind and key give the same IRI).

    Raises:
        ValueError: ``kind`` is not a lower-case ASCII word, or ``key`` is empty.
    """
    if not _KIND.fullmatch(kind):
        raise ValueError(f"not an IRI kind (a lower-case ASCII word): {kind!r}")
    if not key:
        raise ValueError(f"empty key for a {kind} IRI")
    local = "".join(_iri_char(c) for c in key)
    if local.endswith("."):  # a local name may not end with "."
        local = local[:-1] + "%2E"
    return ID[kind + KIND_SEP + local]


#: A node IRI, full or as a ``kgid:`` prefixed name: kind and (encoded) key.
_NODE_IRI = re.compile(r"^(?:kgid:|" + re.escape(str(ID)) + r")([a-z][a-z0-9]*)" + KIND_SEP + r"(.+)$")


def split_iri(iri: str) -> tuple[str, str] | None:
    """``(kind, key)`` of a node IRI made by :func:`mint` (or written ``kgid:<kind>-<key>``).

    Args:
        iri: a full IRI (optionally in ``<…>``) or a ``kgid:`` prefixed name.

    Returns:
        The kind and the decoded key (``("org", "台州市公安局")``), or None when ``iri`` is
        not under ``kgid:`` in that form.
    """
    m = _NODE_IRI.match(iri.strip().removeprefix("<").removesuffix(">"))
    return (m.group(1), unquote(m.group(2))) if m else None

#: schema.org, with the https scheme as rdflib binds it.
SCHEMA = SDO

PREFIXES = {
    "kg": KG,
    "kgid": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "prov": PROV,
    "org": ORG,
    "schema": SCHEMA,
    "dcterms": DCTERMS,
    "xsd": XSD,
}

__all__ = ["KG", "ID", "KIND_SEP", "mint", "minted_local", "readable_local", "split_iri", "SCHEMA", "PREFIXES", "RDF", "RDFS", "SKOS", "PROV", "ORG", "DCTERMS", "XSD"]
