"""kg build --dask: the per-article extraction on a Dask cluster, byte-identical to --jobs 1.

The test starts its own local cluster of two worker processes on 127.0.0.1 (no network)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

distributed = pytest.importorskip("distributed")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of two single-threaded worker processes, closed after the module."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as c:
        yield c


def _inputs(tmp_path: Path) -> list[str]:
    texts = sorted((ROOT / "tests/data/invented/texts").glob("*.txt"))[:8]
    news = tmp_path / "news.jsonl"
    records = [{"id": "qs-1", "title": "某县公安局表彰先进", "date": "2024-05-12",
                "text": "某县公安局交警大队民警王某某荣获个人三等功。"},
               {"id": "qs-2", "title": "", "text": ""}]  # skipped: no text
    news.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return [str(p) for p in texts] + [str(news)]


def test_dask_cluster_of_two_workers_gives_byte_identical_files(tmp_path, cluster):
    inputs = _inputs(tmp_path)
    with distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
    outs, summaries = {}, {}
    for name, extra in (("jobs1", ["--jobs", "1"]), ("dask", ["--dask", cluster.scheduler_address])):
        out = tmp_path / name
        res = CliRunner().invoke(main, ["build", *inputs, "-o", str(out), "--format", "trig", *extra])
        assert res.exit_code == 0, res.output
        outs[name] = {p.name: p.read_bytes() for p in out.iterdir()}
        summaries[name] = [line for line in res.output.splitlines() if not line.startswith("wrote")]
    assert set(outs["jobs1"]) == {"graph.ttl", "graph.trig", "graph.html", ".kg-set.json"}
    assert outs["dask"] == outs["jobs1"]
    assert summaries["dask"] == summaries["jobs1"] and "1 skipped" in summaries["dask"][0]


def test_dask_work_runs_on_the_workers(cluster):
    """The extraction task runs in the worker processes (each loads its tables once)."""
    from kg.batch import extract_units_dask
    from kg.sources import iter_units

    units = list(iter_units(sorted((ROOT / "tests/data/invented/texts").glob("*.txt"))[:4]))
    got = list(extract_units_dask(units, cluster.scheduler_address))
    assert [r.unit.path for r in got] == [u.path for u in units]
    assert all(r.results and not r.failed for r in got)
    with distributed.Client(cluster) as client:
        loaded = client.run(lambda: __import__("kg.batch").batch._extractors is not None)
    assert any(loaded.values())


def test_dask_and_jobs_together_are_refused(tmp_path):
    res = CliRunner().invoke(main, ["build", "--jobs", "2", "--dask", "local:2", "-o", str(tmp_path / "o")])
    assert res.exit_code == 2 and "not both" in res.output


def test_dask_local_needs_a_number(tmp_path):
    res = CliRunner().invoke(main, ["build", "--dask", "local:zwei", "-o", str(tmp_path / "o")])
    assert res.exit_code == 2 and "local:N" in res.output


def test_dask_sends_a_large_page_in_batches_with_the_results_of_jobs_1(tmp_path, cluster, monkeypatch):
    """A page file read in a stream goes to the workers a batch of items at a time (not the whole
    file's documents at once); the unit's results are those of an extraction here, in order."""
    import kg.batch as batch
    import kg.ingest as ingest
    from kg.sources import iter_units

    monkeypatch.setattr(ingest, "STREAM_MIN_SIZE", 0)
    monkeypatch.setattr(batch, "DASK_BATCH_CHARS", 2000)
    texts = sorted((ROOT / "tests/data/invented/texts").glob("*.txt"))[:12]
    page = tmp_path / "page.txt"
    page.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in texts), encoding="utf-8")
    sent: list[int] = []
    submit = distributed.Client.submit

    def counting(self, fn, docs, *args, **kwargs):
        sent.append(len(docs))
        return submit(self, fn, docs, *args, **kwargs)

    monkeypatch.setattr(distributed.Client, "submit", counting)
    (got,) = list(batch.extract_units_dask(list(iter_units([page])), cluster.scheduler_address))
    (here,) = list(batch.extract_units(iter_units([page])))
    assert len(sent) > 2 and sum(sent) == len(here.results) + len(here.failed)
    assert [r.doc for r in got.results] == [r.doc for r in here.results]
    assert got.results == here.results and got.failed == here.failed
