"""wildwatch's Chinese/English wildlife-trade classifier.

Pure functions of text + lexicon: no Redis, no database, no network.

    from classifiers import load_classifier
    clf = load_classifier()                 # lexicon from config/keywords, model from model.json
    a = clf.assess({"title": "...", "description": "...", "price": "¥2800"})
    a.score, a.label, a.flagged, a.categories, a.matches, a.cues, a.contacts, a.explanation
"""
from .assessment import LABELS, Assessment, Contact, Match
from .engine import Classifier, load_classifier
from .lexicon import CATEGORIES, Lexicon, LexiconError, load_lexicon
from .model import Model, load_model
from .normalize import normalize

__all__ = [
    "LABELS", "CATEGORIES", "Assessment", "Match", "Contact", "Classifier", "load_classifier",
    "Lexicon", "LexiconError", "load_lexicon", "Model", "load_model", "normalize",
]
