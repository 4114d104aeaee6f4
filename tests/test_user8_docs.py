"""What the README tells a user 8 checked (findings 8 and 12): how a JSON Lines record's evidence
offsets give back the sentence when the reading joined two lines, and that a typed literal goes
through STR() before GROUP_CONCAT (the README's query runs on a store and gives the dates)."""
from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8") + "\n" + (Path(__file__).parent.parent / "docs" / "manual.md").read_text(encoding="utf-8")
RECORD = {"id": "qc-2026-1101", "title": "青川县人大常委会任免名单", "date": "2026-11-02",
          "text": "　　青川县第十八届人民代表大会常务委员会第二十五次会议决定：  \n　　任命柯远舟为青川县公安局局长；\n"
                  "　　免去林晓岚的青川县司法局局长职务。"}
EVIDENCE = """PREFIX kg: <https://w3id.org/tupu/ontology#>
SELECT DISTINCT ?s ?a ?b ?x WHERE { ?e kg:sentence ?s ; kg:start ?a ; kg:end ?b ; kg:extractor ?x }"""


def _build(tmp_path: Path, *args: str) -> Path:
    src = tmp_path / "r.jsonl"
    src.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "out"), "--no-html", *args])
    assert res.exit_code == 0, res.output
    return tmp_path / "out"


def test_the_readme_rule_gives_back_every_sentence_of_a_record(tmp_path):
    rule = 're.sub(r"\\s*\\n\\s*", "", (title + "\\n"\n+ text.strip())[start:end]) == sentence'
    assert rule in README
    graph = rdflib.Graph().parse(_build(tmp_path) / "graph.ttl")
    full = RECORD["title"] + "\n" + RECORD["text"].strip()
    rows = [(str(s), full[int(a):int(b)]) for s, a, b, x in graph.query(EVIDENCE) if str(x) != "bylines"]
    joined = [(s, span) for s, span in rows if span != s]
    assert joined and all("\n" in span for _, span in joined)  # (the list's lead line and its first item)
    assert all(re.sub(r"\s*\n\s*", "", span) == s for s, span in rows)


def test_the_readme_group_concat_query_gives_the_dates_from_a_store(tmp_path):
    block = re.search(r"```sh\n\s*(kg query out/\.kg-store 'SELECT \?src \(GROUP_CONCAT.*?)```", README, flags=re.S)
    assert block, "the README's GROUP_CONCAT example"
    args = shlex.split(block.group(1).replace("\n", " "))
    _build(tmp_path, "--append")
    store = str(tmp_path / "out" / ".kg-store")
    res = CliRunner().invoke(main, ["query", store, *args[3:], "--format", "csv"])
    assert res.exit_code == 0 and res.output.splitlines() == ["src,dates", "r.jsonl,2026-11-02"], res.output
    plain = args[3].replace("STR(?d)", "?d")  # what the README warns of: an empty column, no error
    res = CliRunner().invoke(main, ["query", store, plain, "--format", "csv"])
    assert res.exit_code == 0 and res.output.splitlines() == ["src,dates", "r.jsonl,"], res.output
