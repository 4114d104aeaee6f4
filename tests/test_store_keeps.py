"""What a store keeps for later ``--append`` builds (user 8, finding 5 and the ux8b leftover): the
user's ``--decisions`` and ``--replace-ids`` hold until the user says otherwise (``--decisions FILE``
replaces them, ``--no-decisions`` / ``--no-replace-ids`` drop them), and appending in pieces equals a
full build given the same decisions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402

# one invented person removed from one post and appointed to another body of the same county: two
# nodes by the rules, one by the user's decision
REMOVED = "人事任免\n\n青川县人大常委会决定：免去柯远舟的青川县公安局副局长职务。\n"
APPOINTED = "人事任命\n\n青川县人大常委会决定：任命柯远舟为青川县司法局局长。\n"
LATER = "表彰会\n\n广元市公安局民警林晓岚获评优秀民警。\n"
SAME = "same kgid:person-柯远舟_青川县公安局 kgid:person-柯远舟_青川县司法局\n"


def _kg(*args) -> object:
    return CliRunner().invoke(main, ["build", "--no-html", *map(str, args)])


def _ttl(folder: Path) -> bytes:
    return (folder / "graph.ttl").read_bytes()


def _persons(folder: Path) -> set[str]:
    return {w.split(",")[0].split(";")[0] for w in _ttl(folder).decode().split() if w.startswith("kgid:person-")}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(REMOVED, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(APPOINTED, encoding="utf-8")
    (tmp_path / "decisions.txt").write_text(SAME, encoding="utf-8")
    return tmp_path


def test_an_append_without_decisions_applies_those_the_store_keeps(archive):
    out, decisions = archive / "out", archive / "decisions.txt"
    assert _kg(archive / "in", "-o", out, "--append", "--decisions", decisions).exit_code == 0
    assert _persons(out) == {"kgid:person-柯远舟_青川县公安局"}
    (archive / "in" / "c.txt").write_text(LATER, encoding="utf-8")
    res = _kg(archive / "in", "-o", out, "--append")
    assert res.exit_code == 0, res.output
    assert res.stderr == (f"note: {out}/.kg-store: applies the 1 decision(s) it keeps from an earlier --decisions "
                          "(--decisions FILE replaces them, --no-decisions drops them)\n")
    assert "user-same 1" in res.stdout and "1 new or changed (read)" in res.stdout
    # in pieces, the decisions given once: the files of a full build given them
    full = _kg(archive / "in", "-o", archive / "full", "--decisions", decisions)
    assert full.exit_code == 0 and _ttl(out) == _ttl(archive / "full")
    # and the decisions file need not be kept: the store holds its lines
    decisions.unlink()
    assert _kg(archive / "in", "-o", out, "--append").exit_code == 0 and _ttl(out) == _ttl(archive / "full")


def test_no_decisions_drops_them_and_a_new_file_replaces_them(archive):
    out, decisions = archive / "out", archive / "decisions.txt"
    assert _kg(archive / "in", "-o", out, "--append", "--decisions", decisions).exit_code == 0
    dropped = _kg(archive / "in", "-o", out, "--append", "--no-decisions")
    assert dropped.exit_code == 0, dropped.output
    assert f"note: {out}/.kg-store: drops the 1 decision(s) it kept from an earlier --decisions (none given now)" \
        in dropped.stderr
    assert len(_persons(out)) == 2
    assert _kg(archive / "in", "-o", archive / "plain").exit_code == 0 and _ttl(out) == _ttl(archive / "plain")
    again = _kg(archive / "in", "-o", out, "--append")  # nothing kept now: nothing applied, nothing said
    assert again.exit_code == 0 and again.stderr == "" and len(_persons(out)) == 2
    # a file given replaces the kept decisions (here: none applied after it, as the file is empty)
    assert _kg(archive / "in", "-o", out, "--append", "--decisions", decisions).exit_code == 0
    other = archive / "other.txt"
    other.write_text("# nothing to join\n", encoding="utf-8")
    res = _kg(archive / "in", "-o", out, "--append", "--decisions", other)
    assert res.exit_code == 0 and "drops the 1 decision(s) it kept from an earlier --decisions" in res.stderr
    assert _ttl(out) == _ttl(archive / "plain")


def test_both_options_at_once_are_refused(archive):
    res = _kg(archive / "in", "-o", archive / "out", "--append", "--decisions", archive / "decisions.txt",
              "--no-decisions")
    assert res.exit_code == 2 and not (archive / "out").exists()
    assert res.stderr == "error: give --decisions FILE (the decisions to apply and keep) or --no-decisions (none), not both\n"


def test_a_kept_decision_that_names_no_node_any_more_says_how_to_drop_it(archive):
    out = archive / "out"
    assert _kg(archive / "in", "-o", out, "--append", "--decisions", archive / "decisions.txt").exit_code == 0
    res = _kg("-o", out, "--append", "--remove", archive / "in" / "b.txt")
    assert res.exit_code == 2
    assert res.stderr == (f"error: {archive / 'decisions.txt'}:1 (kept by {out}/.kg-store): "
                          "kgid:person-柯远舟_青川县司法局 names no person or organization of the build (decisions join "
                          "and split persons and organizations); --decisions FILE replaces the decisions the store "
                          "keeps, --no-decisions drops them\n")
    assert _kg("-o", out, "--append", "--remove", archive / "in" / "b.txt", "--no-decisions").exit_code == 0


def test_a_build_without_append_keeps_nothing_of_an_earlier_one(archive):
    """Without --append a build is given all it applies: a store's kept decisions are not applied."""
    out = archive / "out"
    assert _kg(archive / "in", "-o", out, "--append", "--decisions", archive / "decisions.txt").exit_code == 0
    assert _kg(archive / "in", "-o", out).exit_code == 0 and len(_persons(out)) == 2
    res = _kg(archive / "in", "-o", out, "--append")  # the rebuild recorded none
    assert res.exit_code == 0 and res.stderr == "" and len(_persons(out)) == 2


# -- --replace-ids

FIRST = {"id": "jc-2026-1101", "title": "江城市公安局召开年度总结会议", "date": "2026-11-01",
         "text": "江城市公安局召开年度总结会议。江城市公安局局长柯远舟出席会议并讲话。\n通讯员 林晓兰"}
FIXED = {**FIRST, "text": FIRST["text"].replace("林晓兰", "林晓岚")}
FIXED_AGAIN = {**FIRST, "text": FIRST["text"].replace("林晓兰", "林晓澜")}


def _batch(folder: Path, name: str, *records: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return folder / name


def test_the_store_keeps_replace_ids_until_no_replace_ids(tmp_path):
    """The weekly routine: a second correction of one record, a week after the first, is
    appended by the plain command; --no-replace-ids takes the choice back."""
    batches, out = tmp_path / "batches", tmp_path / "out"
    _batch(batches, "2026-w45.jsonl", FIRST)
    assert _kg(batches, "-o", out, "--append").exit_code == 0
    _batch(batches, "2026-w47.jsonl", FIXED)
    assert _kg(batches, "-o", out, "--append", "--replace-ids").exit_code == 0
    w48 = _batch(batches, "2026-w48.jsonl", FIXED_AGAIN)
    res = _kg(batches, "-o", out, "--append")
    assert res.exit_code == 0, res.output
    assert f"replaced by {w48}:1, a later record of id 'jc-2026-1101' (--replace-ids)" in res.stderr
    assert "林晓澜".encode() in _ttl(out) and "林晓岚".encode() not in _ttl(out)
    assert _kg(batches, "-o", tmp_path / "full", "--replace-ids").exit_code == 0
    assert _ttl(out) == _ttl(tmp_path / "full")
    _batch(batches, "2026-w49.jsonl", FIRST)  # the first text again, in a later week: the plain clash again
    refused = _kg(batches, "-o", out, "--append", "--no-replace-ids")
    assert refused.exit_code == 2 and "give --replace-ids" in refused.stderr
    assert json.loads((out / ".kg-store" / "tupu-store.json").read_text(encoding="utf-8"))["replace_ids"] is True
