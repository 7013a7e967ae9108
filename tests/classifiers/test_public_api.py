import classifiers


def test_public_api_is_pinned():
    assert sorted(classifiers.__all__) == sorted([
        "LABELS", "CATEGORIES", "Assessment", "Match", "Contact", "Classifier", "load_classifier",
        "Lexicon", "LexiconError", "load_lexicon", "Model", "load_model", "normalize",
    ])
    for name in classifiers.__all__:
        assert getattr(classifiers, name) is not None


def test_classifiers_import_only_config_of_ours():
    import ast
    from pathlib import Path

    ours = {"crawler", "workers", "review", "cli", "web"}  # config sits above classifiers: allowed
    for path in Path(classifiers.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                assert node.module.split(".")[0] not in ours, f"{path.name} imports {node.module}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    assert alias.name.split(".")[0] not in ours, f"{path.name} imports {alias.name}"
