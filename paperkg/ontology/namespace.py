"""The paperkg ontology namespace ``PKG``, mirroring ``paperkg.ttl``, and the vocabularies it reuses."""

from __future__ import annotations

from rdflib import DC, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "BASE_IRI",
    "BIBO",
    "FABIO",
    "LEXVO",
    "LVONT",
    "NIF",
    "ONTOLOGY_IRI",
    "PKG",
    "PREFIXES",
    "SCHEMA",
    "SHAPES_IRI",
    "WD",
]

#: Data IRIs are ``BASE_IRI`` + node id, e.g. ``https://w3id.org/paperkg/model/llama-2``.
BASE_IRI = "https://w3id.org/paperkg/"
#: The ontology document; its terms live under ``ONTOLOGY_IRI + "#"``.
ONTOLOGY_IRI = BASE_IRI + "ontology"
#: The SHACL shapes document; shape names live under ``SHAPES_IRI + "#"``.
SHAPES_IRI = BASE_IRI + "shapes"

FABIO = Namespace("http://purl.org/spar/fabio/")
BIBO = Namespace("http://purl.org/ontology/bibo/")
SCHEMA = Namespace("https://schema.org/")
LVONT = Namespace("http://lexvo.org/ontology#")
LEXVO = Namespace("http://lexvo.org/id/iso639-3/")
WD = Namespace("http://www.wikidata.org/entity/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


class PKG(DefinedNamespace):
    """The paperkg ontology terms (``paperkg.ttl`` is the source; a test keeps both in step).

    >>> PKG.uses
    rdflib.term.URIRef('https://w3id.org/paperkg/ontology#uses')
    """

    _fail = True

    # Classes
    Paper: URIRef  # A scholarly article: a research paper, preprint or technical report.
    Entity: URIRef  # Something papers mention: a model, dataset, technique or language.
    Model: URIRef  # A machine-learning model or model family.
    Dataset: URIRef  # A dataset or benchmark.
    Technique: URIRef  # A method, algorithm or training technique.
    Language: URIRef  # A natural or programming language that papers study or use.
    NaturalLanguage: URIRef  # A human language.
    ProgrammingLanguage: URIRef  # A language for writing computer programs.
    Link: URIRef  # A paper-to-entity link as a statement node, with its provenance.
    Evidence: URIRef  # One mention behind a link: where the paper's text names the entity.
    SourceRecord: URIRef  # An input record that a paper was read from.
    Extractor: URIRef  # A software component that finds entity mentions in text.

    # Paper -> entity links
    mentions: URIRef  # The paper mentions the entity.
    introduces: URIRef  # The paper introduces the entity.
    uses: URIRef  # The paper uses the entity.
    evaluatesOn: URIRef  # The paper evaluates on the entity.
    comparesWith: URIRef  # The paper compares with the entity.

    # Provenance
    evidence: URIRef  # A mention that supports the link.
    role: URIRef  # The role one mention gives the link.
    confidence: URIRef  # How sure the extraction is, from 0 to 1.
    supportCount: URIRef  # The number of mentions behind a link.
    index: URIRef  # The position, from 1, of an evidence node or source record in its list.
    field: URIRef  # The paper field that holds the mention.
    sentence: URIRef  # The sentence that contains the mention.
    origin: URIRef  # Where an entity or mention comes from.
    source: URIRef  # An input record that the paper was read from.
    file: URIRef  # The name of the input file that a record was read from.
    record: URIRef  # The number of the record in its input file.

    # Metadata and order
    huggingFaceId: URIRef  # The Hugging Face Hub id of a model or dataset.
    generic: URIRef  # True for an umbrella term (fine-tuning, Transformer, attention).
    url: URIRef  # A URL that the paper's abstract gives.
    aliasList: URIRef  # The aliases of an entity in their order.
    subjectList: URIRef  # The subjects of a paper in their order.
    urlList: URIRef  # The URLs of a paper in their order.
    attributes: URIRef  # Attributes of a node, link, evidence or source that have no RDF mapping yet.

    _NS = Namespace(ONTOLOGY_IRI + "#")


#: Prefixes of the exports and queries (prefix -> namespace IRI), in a fixed order.
PREFIXES: dict[str, str] = {
    "pkg": str(PKG),
    "paper": BASE_IRI + "paper/",
    "model": BASE_IRI + "model/",
    "dataset": BASE_IRI + "dataset/",
    "technique": BASE_IRI + "technique/",
    "language": BASE_IRI + "language/",
    "extractor": BASE_IRI + "extractor/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "dc": str(DC),
    "prov": str(PROV),
    "fabio": str(FABIO),
    "bibo": str(BIBO),
    "schema": str(SCHEMA),
    "nif": str(NIF),
    "lvont": str(LVONT),
    "lexvo": str(LEXVO),
    "wd": str(WD),
    "void": str(VOID),
}
