"""Shared fixtures: the bundled sample page built once per session, and small helpers
to run the extractors on invented sentences and to read built graphs."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespaces import KG

ROOT = Path(__file__).resolve().parents[1]


# ----------------------------------------------------------------------------- extraction helpers
class Extracted:
    """Mentions and statements of every document of a text, with easy look-ups."""

    def __init__(self, text: str, source: str = "x.txt"):
        from kg.extract.base import extract_document
        from kg.ingest import documents_from_text

        self.text = text
        self.docs = documents_from_text(text, source)
        self.contexts = [extract_document(d) for d in self.docs]
        self.mentions = [m for c in self.contexts for m in c.mentions]
        self.statements = [s for c in self.contexts for s in c.statements]

    def names(self, cls: str) -> set[str]:
        """Canonical names of the mentions of class ``cls``."""
        return {m.name for m in self.mentions if m.cls == cls}

    def mention(self, cls: str, name: str):
        found = [m for m in self.mentions if m.cls == cls and m.name == name]
        assert found, f"no {cls} mention named {name!r}; have {sorted(self.names(cls))}"
        return found[0]

    def rels(self, predicate: str | None = None) -> set[tuple[str, str, str]]:
        """``(subject name, predicate, object name or literal)`` of the statements."""
        out = set()
        for s in self.statements:
            if predicate is not None and s.predicate != predicate:
                continue
            obj = s.object if isinstance(s.object, str) else s.object.name
            out.add((s.subject.name, s.predicate, obj))
        return out

    def statements_of(self, predicate: str, obj: str):
        return [s for s in self.statements if s.predicate == predicate
                and (s.object if isinstance(s.object, str) else s.object.name) == obj]


@pytest.fixture(scope="session")
def extract():
    """``extract(text)`` → :class:`Extracted` (ingest + all registered extractors)."""
    return Extracted


# ----------------------------------------------------------------------------- graph helpers
def labels(g: Graph, cls: str) -> set[str]:
    """``rdfs:label`` strings of the nodes typed ``kg:<cls>``."""
    return {str(lab) for n in g.subjects(RDF.type, KG[cls]) for lab in g.objects(n, RDFS.label)}


def node(g: Graph, cls: str, label: str) -> URIRef:
    """The single node of class ``cls`` labelled ``label``."""
    found = [n for n in g.subjects(RDF.type, KG[cls]) if Literal(label, lang="zh") in set(g.objects(n, RDFS.label))]
    assert len(found) == 1, f"expected one {cls} labelled {label!r}, found {found}; have {sorted(labels(g, cls))}"
    return found[0]


def alt_labels(g: Graph, n: URIRef) -> set[str]:
    return {str(x) for x in g.objects(n, SKOS.altLabel)}


def label_of(g: Graph, n) -> str:
    return str(next(g.objects(n, RDFS.label), n))


def rel_labels(g: Graph, predicate: str) -> set[tuple[str, str]]:
    """``(subject label, object label or literal)`` pairs of ``kg:<predicate>``."""
    return {(label_of(g, s), str(o) if isinstance(o, Literal) else label_of(g, o))
            for s, o in g.subject_objects(KG[predicate])}


def evidence_nodes(g: Graph, s, p, o) -> list:
    return [e for e in g.subjects(RDF.subject, s)
            if (e, RDF.predicate, p) in g and (e, RDF.object, o) in g]


@pytest.fixture(scope="session")
def gh():
    """Graph helpers: labels, node, alt_labels, label_of, rel_labels, evidence_nodes."""
    return SimpleNamespace(labels=labels, node=node, alt_labels=alt_labels, label_of=label_of,
                           rel_labels=rel_labels, evidence_nodes=evidence_nodes)


# ----------------------------------------------------------------------------- the bundled page
@pytest.fixture(scope="session")
def sample_build():
    """``kg.pipeline.run()`` of the bundled sample page (built once per session)."""
    from kg.pipeline import run

    return run()


@pytest.fixture(scope="session")
def sample_graph(sample_build) -> Graph:
    return sample_build.graph


@pytest.fixture(scope="session")
def sample_text() -> str:
    from kg.ingest import read_text
    from kg.pipeline import sample_path

    return read_text(sample_path())


@pytest.fixture(scope="session")
def sample_ttl(sample_graph, tmp_path_factory) -> Path:
    """The sample graph written as Turtle to a temporary folder."""
    from kg.export import serialize

    path = tmp_path_factory.mktemp("sample") / "graph.ttl"
    serialize(sample_graph, path, format="turtle")
    return path


@pytest.fixture
def any_png_font(monkeypatch):
    """PNG tests of geometry, not of glyphs: on a machine with no font that has Chinese
    characters (where kg view -o g.png refuses, see kg.view.image._cjk_font) they draw with
    matplotlib's own font instead of being skipped."""
    try:
        from matplotlib import font_manager
    except ImportError:  # the PNG tests skip on their own
        return
    import kg.view.image as image

    try:
        image._cjk_font(font_manager)
    except RuntimeError:
        monkeypatch.setattr(image, "_cjk_font", lambda manager: "DejaVu Sans")
