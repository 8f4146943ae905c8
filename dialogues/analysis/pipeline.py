"""build_nlp(): spacy.blank("nl") with sentences, lemmas, markers, context and turn rules."""

from functools import cache

import spacy

from .components import (  # noqa: F401 (factories)
    context,
    lemmatizer,
    marker_ruler,
    sentences,
    turn_rules,
)

COMPONENTS = ("nl_sentences", "nl_lemmatizer", "marker_ruler", "marker_context", "turn_rules")


@cache
def build_nlp():
    nlp = spacy.blank("nl")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def make_doc(text, role):
    """Run the pipeline on one turn; the role selects which patterns apply."""
    nlp = build_nlp()
    doc = nlp.make_doc(text)
    doc.user_data["role"] = role
    return nlp(doc)


def make_docs(items, batch_size=64):
    """Run the pipeline on (text, role) pairs, in order."""
    nlp = build_nlp()
    docs = []
    for text, role in items:
        doc = nlp.make_doc(text)
        doc.user_data["role"] = role
        docs.append(doc)
    return nlp.pipe(docs, batch_size=batch_size)
