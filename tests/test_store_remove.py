"""``kg build --append --remove PATH|ID`` (user 6, finding 6): an input of the store taken out
without its file, the output set then a full build's without it, byte for byte; invented texts."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("pyoxigraph")

from kg.cli import main  # noqa: E402
from kg.store import MANIFEST  # noqa: E402

IDENTITY = Path(__file__).parent / "data" / "identity" / "texts"
POLICE = "巡逻记\n\n湖南省新宁县公安局交警大队民警柏川屿在集市疏导交通。\n"
JUDGE = "巡回审判\n\n福建省安溪县人民法院审判员柏川屿带领合议庭进村开庭。\n"
NO_CONTEXT = "夜市见闻\n\n“多巡一圈，大家就多一分安心。”柏川屿说。\n"
PAGE = ("法治日报 2024年5月6日 星期一 第6版\n\n巡逻记\n\n□ 本报记者 罗一鸣\n\n"
        "湖南省新宁县公安局交警大队民警柏川屿在集市疏导交通。他说，多巡一圈，大家就多一分安心。\n\n"
        "巡回审判\n\n□ 本报记者 祁思远\n\n福建省安溪县人民法院审判员苗若溪带领合议庭进村开庭。当天审结案件三件。\n")
FILES = ("graph.ttl", "graph.nt", "graph.trig", "graph.html")


def _kg(*args: str, code: int = 0):
    res = CliRunner().invoke(main, ["build", "--format", "nt", "--format", "trig", *args])
    assert res.exit_code == code, res.output
    return res


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def _records(*rows: tuple[str, str]) -> str:
    return "".join(json.dumps({"id": i, "title": "通讯", "text": t}, ensure_ascii=False) + "\n" for i, t in rows)


def _same_files(a: Path, b: Path) -> None:
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_removing_inputs_gives_the_files_of_a_full_build_without_them(tmp_path):
    """The identity corpus (joins across articles: short-unit, sole-candidate, shared-body),
    appended in two pieces, two of its files then removed by path after they were deleted from
    disk, and a JSON Lines record by its id: every file equals a full build of the rest."""
    files = sorted(IDENTITY.glob("*.txt"))
    inbox = tmp_path / "in"
    inbox.mkdir()
    for f in files:
        shutil.copy(f, inbox / f.name)
    _write(tmp_path / "j", "a.jsonl", _records(("r1", POLICE), ("r2", JUDGE)))
    out = str(tmp_path / "out")
    _kg(*(str(inbox / f.name) for f in files[:7]), "-o", out, "--append")
    _kg(str(inbox), str(tmp_path / "j" / "a.jsonl"), "-o", out, "--append")
    gone = [inbox / files[2].name, inbox / files[9].name]
    for f in gone:
        f.unlink()
    res = _kg("-o", out, "--append", "--remove", str(gone[0]), "--remove", str(gone[1]), "--remove", "r2")
    assert res.stdout.splitlines()[0] == "inputs: 0 given, 0 unchanged (skipped), 0 new or changed (read), 3 removed"
    assert ", 0 added, 3 removed; entities graph replaced" in res.stdout  # (articles joined to them: replaced)
    _write(tmp_path / "j", "a.jsonl", _records(("r1", POLICE)))
    _kg(str(inbox), str(tmp_path / "j" / "a.jsonl"), "-o", str(tmp_path / "full"))
    _same_files(tmp_path / "out", tmp_path / "full")
    keys = [u["key"] for u in json.loads((tmp_path / "out" / ".kg-store" / MANIFEST).read_text("utf-8"))["units"]]
    assert len(keys) == len(files) - 1 and not any(k.endswith(("#r2", files[2].name, files[9].name)) for k in keys)


def test_removing_an_article_undoes_what_it_changed_in_the_others(tmp_path):
    """sole-candidate: an unplaced 柏川屿 joins the police officer, and stays apart while a judge
    柏川屿 is in the store; the judge's article removed (by its IRI), he joins the officer again,
    as in a full build of the other two."""
    a, b, c = (_write(tmp_path / "in", n, t) for n, t in (("a.txt", POLICE), ("b.txt", NO_CONTEXT), ("c.txt", JUDGE)))
    out = str(tmp_path / "out")
    _kg(str(a), str(b), str(c), "-o", out, "--append")
    assert "sole-candidate 0" in _kg(str(a), str(b), str(c), "-o", out, "--append").stdout
    manifest = json.loads((tmp_path / "out" / ".kg-store" / MANIFEST).read_text("utf-8"))
    judge = next(u["docs"][0] for u in manifest["units"] if u["key"].endswith("c.txt"))
    res = _kg("-o", out, "--append", "--remove", f"kgid:article-{judge}")
    assert "sole-candidate 1" in res.stdout
    _kg(str(a), str(b), "-o", str(tmp_path / "full"))
    _same_files(tmp_path / "out", tmp_path / "full")


def test_a_folder_removed_takes_every_input_under_it_and_is_not_read_when_given(tmp_path):
    """--remove news/2023 drops the inputs under the folder; given with the inputs of the same
    build (kg build news/ --append --remove news/2023), the removed ones are not read back in."""
    _write(tmp_path / "news" / "2023", "a.txt", POLICE)
    _write(tmp_path / "news" / "2023", "b.jsonl", _records(("r1", JUDGE)))
    _write(tmp_path / "news" / "2024", "c.txt", NO_CONTEXT)
    out = str(tmp_path / "out")
    _kg(str(tmp_path / "news"), "-o", out, "--append")
    res = _kg(str(tmp_path / "news"), "-o", out, "--append", "--remove", str(tmp_path / "news" / "2023"))
    assert res.stdout.splitlines()[0] == "inputs: 1 given, 1 unchanged (skipped), 0 new or changed (read), 2 removed"
    _kg(str(tmp_path / "news" / "2024"), "-o", str(tmp_path / "full"))
    for name in FILES:  # (kg:sourceFile: 2024/c.txt in the store, c.txt in the full build of 2024/)
        assert (tmp_path / "out" / name).read_bytes().replace(b'"2024/c.txt"', b'"c.txt"') == \
            (tmp_path / "full" / name).read_bytes(), name


@pytest.mark.parametrize("args, message", [
    (["--append", "--remove", "nowhere.txt"],
     "error: --remove nowhere.txt: no input or article of the store {out}/.kg-store has this path or id"),
    (["--append", "--remove", "article-nobody"],
     "error: --remove article-nobody: no input or article of the store {out}/.kg-store has this path or id"),
    (["--append", "--remove", "{page}"], None),
    (["--remove", "{a}"], "error: --remove takes articles out of the store of earlier --append builds: "
                          "give --append too"),
])
def test_a_remove_that_names_nothing_of_the_store_is_one_line_and_writes_nothing(tmp_path, args, message):
    """Unknown path or id, one article of a page of several, --remove without --append: one error
    line naming it, exit 2, the store's manifest and every file unchanged."""
    a = _write(tmp_path / "in", "a.txt", POLICE)
    page = _write(tmp_path / "in", "page.txt", PAGE)
    out = tmp_path / "out"
    _kg(str(tmp_path / "in"), "-o", str(out), "--append")
    manifest = json.loads((out / ".kg-store" / MANIFEST).read_text("utf-8"))
    before = {n: (out / n).read_bytes() for n in FILES} | {MANIFEST: (out / ".kg-store" / MANIFEST).read_bytes()}
    if args[-1] == "{page}":
        doc = next(u["docs"][1] for u in manifest["units"] if u["key"].endswith("page.txt"))
        args = [*args[:-1], doc]
        message = (f"error: --remove {doc}: one of the 2 articles of {page}; an input is removed whole: "
                   f"give --remove {page} to remove all its articles")
    args = [x.format(a=a) for x in args]
    res = CliRunner().invoke(main, ["build", "-o", str(out), *args])
    assert res.exit_code == 2, res.output
    assert res.output.splitlines() == [message.format(out=out)]
    after = {n: (out / n).read_bytes() for n in FILES} | {MANIFEST: (out / ".kg-store" / MANIFEST).read_bytes()}
    assert after == before


def test_removing_a_removal_notice_gives_back_the_post_it_ended(tmp_path):
    """A post's status is resolved over the whole store: the notice that ended it removed (by its
    record id), the post is held again in every file, as a full build without the notice gives."""
    jsonl = _write(tmp_path / "in", "a.jsonl", _records(
        ("t1", "经研究决定：任命苗若溪为江城市公安局副局长。"), ("t2", "经研究决定：免去苗若溪的江城市公安局副局长职务。")))
    out = tmp_path / "out"
    _kg(str(jsonl), "-o", str(out), "--append")
    assert '"ended"' in (out / "graph.ttl").read_text("utf-8")
    _kg("-o", str(out), "--append", "--remove", "t2")
    assert '"ended"' not in (out / "graph.ttl").read_text("utf-8")
    _write(tmp_path / "full", "a.jsonl", _records(("t1", "经研究决定：任命苗若溪为江城市公安局副局长。")))
    _kg(str(tmp_path / "full" / "a.jsonl"), "-o", str(tmp_path / "fullout"))
    _same_files(out, tmp_path / "fullout")


def test_a_remove_by_the_end_of_an_inputs_path(tmp_path, monkeypatch):
    """``--remove 湖南/x.txt`` for the input ``corpus/湖南/x.txt`` (the path as the graph shows it,
    relative to the folder given; user11 #14): that input; the end of two inputs' paths is one
    clear line naming them."""
    corpus = tmp_path / "corpus"
    _write(corpus / "湖南", "x.txt", POLICE)
    _write(corpus / "福建", "x.txt", JUDGE)
    _write(corpus / "福建", "y.txt", NO_CONTEXT)
    out = str(tmp_path / "out")
    monkeypatch.chdir(tmp_path)
    _kg("corpus", "-o", out, "--append")
    res = _kg("-o", out, "--append", "--remove", "x.txt", code=2)
    assert "ends so" in res.output and "give the whole path" in res.output
    _kg("-o", out, "--append", "--remove", "湖南/x.txt")
    assert "新宁县" not in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "安溪县" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
