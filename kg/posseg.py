"""A faster, output-identical ``jieba.posseg.POSTokenizer.cut(text, HMM=True)``.

jieba's POS tagger runs a Viterbi search over 256 (position, tag) states for every run of
characters its dictionary does not know; written as nested generator expressions over every
pair of states, that search was about three quarters of a build. This module computes the same
thing with the same floating-point operations in the same order, so every word and tag is the
one jieba gives (tests/test_posseg.py compares them on the corpora and on random text):

* the Viterbi step looks only at the states that can precede a state (``trans_P``), and settles
  a step where every candidate is ``-inf`` as jieba does (the largest state wins the tie);
* the dictionary pass (DAG and best route, :meth:`jieba.Tokenizer.calc`) reuses one
  ``log(freq) - log(total)`` per word instead of recomputing it;
* the result of each block (a run of Han characters, letters and digits between punctuation or
  spaces) is cached, so a clause that comes back (a window around a name, a repeated byline, a
  sentence read by several extractors) is segmented once.

Only ``cut`` with ``HMM=True`` is provided; the object wraps (and never changes) a
``jieba.posseg.POSTokenizer``.

One optional departure, off by default: ``long_run=N`` skips the HMM for a run of more than
``N`` Han characters that no dictionary word covers, giving each character alone with its
dictionary tag. jieba's HMM costs milliseconds per character on such runs (random or rare
characters take all 256 states), so a long line of them took hours; in real text these runs are
a few characters long (names, rare words), so output there is unchanged.
"""
from __future__ import annotations

import re
from functools import lru_cache
from math import log

#: jieba.posseg's own patterns (the same strings; see ``jieba/posseg/__init__.py``).
_RE_HAN_DETAIL = re.compile("([\u4E00-\u9FD5]+)")
_RE_SKIP_DETAIL = re.compile(r"([\.0-9]+|[a-zA-Z0-9]+)")
_RE_HAN_INTERNAL = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_RE_SKIP_INTERNAL = re.compile(r"(\r\n|\s)")
_RE_ENG = re.compile("[a-zA-Z0-9]+")
_RE_NUM = re.compile(r"[\.0-9]+")
_MIN_FLOAT = -3.14e100
_MIN_INF = float("-inf")
#: Blocks whose segmentation is kept (a block is a clause, typically 5–30 characters): 4,096
#: keep the hits of 65,536 (39,313 of 39,361 on a 5 MB page; repeats are near one another), in
#: a few megabytes where 65,536 took about 65 MB.
BLOCK_CACHE = 1 << 12
#: Viterbi steps kept (:class:`_Tables`): a step from a set of states to a character.
STEP_CACHE = 1 << 12


class FastPOS:
    """``jieba.posseg.POSTokenizer.cut(text, HMM=True)``, faster, with identical output.

    Args:
        pos: the ``jieba.posseg.POSTokenizer`` to reproduce (its dictionary, frequencies and
            tags are read, never changed, except that its pending user tags are merged the way
            jieba merges them, on the first cut).
        long_run: None (jieba's output everywhere), or the longest run of unknown Han
            characters given to the HMM; a longer run is tagged one character at a time.
    """

    def __init__(self, pos, long_run: int | None = None) -> None:
        from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

        self.pos = pos
        self.tk = pos.tokenizer
        self.long_run = long_run
        self._states, self._start, self._trans, self._emit = char_state_tab_P, start_P, trans_P, emit_P
        pred: dict = {}
        for y0, nexts in trans_P.items():
            for y, p in nexts.items():
                pred.setdefault(y, []).append((y0, p))
        self._pred = pred
        self._words: dict[str, float] = {}  # (see _route)
        self._logtotal: float | None = None
        self._block = lru_cache(maxsize=BLOCK_CACHE)(self._block_uncached)
        self._hmm = lru_cache(maxsize=BLOCK_CACHE)(self._hmm_uncached)
        self._tables: _Tables | None = None

    # ------------------------------------------------------------------ public
    def cut(self, sentence: str) -> list[tuple[str, str]]:
        """Segment and tag ``sentence``: ``[(word, flag), …]`` exactly as jieba.posseg's ``cut``."""
        self._sync()
        out: list[tuple[str, str]] = []
        for blk in _RE_HAN_INTERNAL.split(sentence):
            if _RE_HAN_INTERNAL.match(blk):
                out += self._block(blk)
            else:
                for x in _RE_SKIP_INTERNAL.split(blk):
                    if _RE_SKIP_INTERNAL.match(x):
                        out.append((x, "x"))
                    else:
                        for xx in x:
                            if _RE_NUM.match(xx):
                                out.append((xx, "m"))
                            elif _RE_ENG.match(x):
                                out.append((xx, "eng"))
                            else:
                                out.append((xx, "x"))
        return out

    # ------------------------------------------------------------------ internals
    def _sync(self) -> None:
        """Merge pending user tags as jieba does on every cut; drop caches when anything changed."""
        tk = self.tk
        if tk.user_word_tag_tab or self._logtotal != tk.total:
            self.pos.makesure_userdict_loaded()
            self._block.cache_clear()
            self._words.clear()
            self._logtotal = tk.total

    def _route(self, sentence: str) -> list[tuple[float, int]]:
        """jieba's ``get_DAG`` + ``calc``: the best route, with the same arithmetic.

        One pass from the end: the dictionary words starting at a position are found (as
        ``get_DAG`` walks them) and scored at once against the route already known after
        them; the best is the largest ``(score, end)``, as ``calc``'s ``max`` takes it. A
        fragment of the dictionary met once is looked up in one dict after (``_words``: its
        ``log(freq) - log(total)``, or 0 for a prefix that is no word: a word's is never 0),
        and the scores and ends are kept apart until the end (no tuple made or compared per
        candidate).

        Returns:
            ``route[k] = (score, end)`` of the best segmentation of ``sentence[k:]``, whose
            first word is ``sentence[k:end + 1]`` (``route[len(sentence)] = (0, 0)``).
        """
        freq = self.tk.FREQ
        words = self._words
        logtotal = log(self.tk.total)
        n = len(sentence)
        scores: list = [0] * (n + 1)
        ends = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best = None
            end = i = k
            frag = sentence[k]
            while True:
                lw = words.get(frag)
                if lw is None:
                    f = freq.get(frag)
                    if f is None:
                        break  # no word starts with frag
                    lw = words[frag] = log(f) - logtotal if f else 0
                if lw:  # frag is a word (else only the prefix of one)
                    score = lw + scores[i + 1]
                    if best is None or score > best or (score == best and i > end):
                        best, end = score, i
                i += 1
                if i >= n:
                    break
                frag = sentence[k:i + 1]
            if best is None:  # no word starts here: the character alone
                best = log(freq.get(sentence[k]) or 1) - logtotal + scores[k + 1]
                end = k
            scores[k] = best
            ends[k] = end
        return list(zip(scores, ends))

    def _block_uncached(self, blk: str) -> tuple[tuple[str, str], ...]:
        """jieba.posseg's ``__cut_DAG`` on one block (Han characters, letters, digits)."""
        route = self._route(blk)
        tags = self.pos.word_tag_tab
        freq = self.tk.FREQ
        out: list[tuple[str, str]] = []
        x, buf, n = 0, "", len(blk)

        def flush(buf: str) -> None:
            if len(buf) == 1:
                out.append((buf, tags.get(buf, "x")))
            elif not freq.get(buf):
                out.extend(self._detail(buf))
            else:
                out.extend((c, tags.get(c, "x")) for c in buf)

        while x < n:
            y = route[x][1] + 1
            word = blk[x:y]
            if y - x == 1:
                buf += word
            else:
                if buf:
                    flush(buf)
                    buf = ""
                out.append((word, tags.get(word, "x")))
            x = y
        if buf:
            flush(buf)
        return tuple(out)

    def _detail(self, sentence: str) -> list[tuple[str, str]]:
        """jieba.posseg's ``__cut_detail``: unknown runs through the HMM, the rest by pattern."""
        out: list[tuple[str, str]] = []
        for blk in _RE_HAN_DETAIL.split(sentence):
            if _RE_HAN_DETAIL.match(blk):
                if self.long_run is not None and len(blk) > self.long_run:
                    tags = self.pos.word_tag_tab
                    out += [(c, tags.get(c, "x")) for c in blk]
                else:
                    out += self._hmm(blk)
            else:
                for x in _RE_SKIP_DETAIL.split(blk):
                    if x:
                        if _RE_NUM.match(x):
                            out.append((x, "m"))
                        elif _RE_ENG.match(x):
                            out.append((x, "eng"))
                        else:
                            out.append((x, "x"))
        return out

    def _hmm_uncached(self, sentence: str) -> tuple[tuple[str, str], ...]:
        """jieba.posseg's ``__cut``: words and tags of a Han run from the Viterbi path."""
        pos_list = self._viterbi(sentence)
        out: list[tuple[str, str]] = []
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                out.append((sentence[begin:i + 1], pos_list[i][1]))
                nexti = i + 1
            elif pos == "S":
                out.append((char, pos_list[i][1]))
                nexti = i + 1
        if nexti < len(sentence):
            out.append((sentence[nexti:], pos_list[nexti][1]))
        return tuple(out)

    def _viterbi(self, obs: str) -> list[tuple[str, str]]:
        """jieba.posseg.viterbi.viterbi with the same sums, maxima and ties; returns the route.

        Each step is a few array operations over the states (:class:`_Tables`): the same
        additions in the same order (``V[y0] + trans + emit``, IEEE doubles), the best
        predecessor of each state the largest of those tied at the maximum, as in
        :meth:`_viterbi_py`, which a step with no state to come from is handed back to."""
        t = self._tables
        if t is None:
            t = self._tables = _Tables(self._states, self._start, self._trans, self._emit)
        route = t.viterbi(obs)
        return route if route is not None else self._viterbi_py(obs)

    def _viterbi_py(self, obs: str) -> list[tuple[str, str]]:
        """jieba.posseg.viterbi.viterbi with the same sums, maxima and ties; returns the route
        (a Python loop over the states that can follow each other)."""
        states, start_p, trans_p, emit_p, pred = self._states, self._start, self._trans, self._emit, self._pred
        all_states = trans_p.keys()
        V: dict = {}
        for y in states.get(obs[0], all_states):
            V[y] = start_p[y] + emit_p[y].get(obs[0], _MIN_FLOAT)
        mem_path: list[dict] = [dict.fromkeys(V, "")]
        for t in range(1, len(obs)):
            ch = obs[t]
            prev = [x for x in V if trans_p[x]]
            expect: set = set()
            for x in prev:
                expect.update(trans_p[x])
            obs_states = set(states.get(ch, all_states)) & expect
            if not obs_states:
                obs_states = expect if expect else all_states
            newV: dict = {}
            mem: dict = {}
            for y in obs_states:
                em = emit_p[y].get(ch, _MIN_FLOAT)
                best_p = best_s = None
                cands = pred.get(y, ())
                if len(prev) < len(cands):
                    for y0 in prev:
                        tp = trans_p[y0].get(y)
                        if tp is None:
                            continue
                        p = V[y0] + tp + em
                        if best_p is None or p > best_p or (p == best_p and y0 > best_s):
                            best_p, best_s = p, y0
                else:
                    for y0, tp in cands:
                        v0 = V.get(y0)
                        if v0 is None:
                            continue
                        p = v0 + tp + em
                        if best_p is None or p > best_p or (p == best_p and y0 > best_s):
                            best_p, best_s = p, y0
                if best_p is None or best_p == _MIN_INF:  # every candidate -inf: the largest state wins
                    best_p, best_s = _MIN_INF, max(prev)
                newV[y] = best_p
                mem[y] = best_s
            V = newV
            mem_path.append(mem)
        _, state = max((V[y], y) for y in mem_path[-1])
        route = [None] * len(obs)
        for i in range(len(obs) - 1, -1, -1):
            route[i] = state
            state = mem_path[i][state]
        return route



class _Tables:
    """jieba.posseg's HMM as arrays over its states, sorted (so a larger index is a larger
    state, the one jieba keeps among equal scores): transitions ``trans[y0, y]`` (``-inf``
    where jieba has none), start scores, and per character its emission scores and the
    states it may take (built once per character met)."""

    def __init__(self, char_states, start_p, trans_p, emit_p) -> None:
        import numpy as np

        self.np = np
        self.names = sorted(trans_p)
        index = {y: i for i, y in enumerate(self.names)}
        n = len(self.names)
        self.index = index
        self.trans = np.full((n, n), _MIN_INF)
        for y0, nexts in trans_p.items():
            for y, p in nexts.items():
                self.trans[index[y0], index[y]] = p
        self.follows = np.isfinite(self.trans)  # (y0, y): jieba has a transition y0 → y
        self.leaves = self.follows.any(axis=1)  # y0 has some transition out
        self.start = np.array([start_p[y] for y in self.names])
        self.char_states = char_states
        self.emit_p = [emit_p[y] for y in self.names]
        self.everywhere = np.ones(n, dtype=bool)
        self._columns = np.arange(n)  # 0…n-1, sliced for each step's states
        self._any, self._min = np.logical_or.reduce, np.minimum.reduce  # ndarray.any / .min without wrappers
        self._chars: dict[str, tuple] = {}
        self._firsts: dict[str, tuple] = {}
        self._steps: dict[tuple, tuple] = {}

    def _char(self, ch: str) -> tuple:
        """``(emission scores, states allowed)`` of a character (all states when jieba lists none)."""
        got = self._chars.get(ch)
        if got is None:
            np = self.np
            em = np.array([scores.get(ch, _MIN_FLOAT) for scores in self.emit_p])
            listed = self.char_states.get(ch)
            if listed is None:
                allowed = self.everywhere
            else:
                allowed = np.zeros(len(self.names), dtype=bool)
                allowed[[self.index[y] for y in listed]] = True
            got = self._chars[ch] = (em, allowed)
        return got

    def _first(self, ch: str) -> tuple:
        """The first step of a run starting with ``ch``: ``(states, scores)``."""
        got = self._firsts.get(ch)
        if got is None:
            em, allowed = self._char(ch)
            active = allowed.nonzero()[0]
            got = self._firsts[ch] = (active, self.start[active] + em[active])
        return got

    def _step(self, active, ch: str) -> tuple | None:
        """What a step from the states ``active`` to the character ``ch`` needs, which depends
        only on them: ``(positions in V of the states to come from, largest first; those
        states; the states reached; their transition scores; their emission scores; 0…n-1)``,
        or None when no state of ``active`` has a transition out."""
        key = (active.tobytes(), ch)
        got = self._steps.get(key)
        if got is None:  # (the array methods themselves, not numpy's Python wrappers: most steps are new)
            keep = self.leaves[active].nonzero()[0][::-1]
            if not len(keep):
                return None
            prev = active[keep]
            expect = self._any(self.follows[prev], axis=0)
            em, allowed = self._char(ch)
            states = (allowed & expect).nonzero()[0]
            if not len(states):
                states = expect.nonzero()[0]
            if len(self._steps) >= STEP_CACHE:
                self._steps.clear()
            got = self._steps[key] = (keep, prev, states, self.trans[prev[:, None], states], em[states],
                                      self._columns[:len(states)])
        return got

    def viterbi(self, obs: str) -> list[tuple[str, str]] | None:
        """The best route of ``obs`` (a state per character), or None when a step has no
        state with a transition out to come from (left to :meth:`FastPOS._viterbi_py`)."""
        np = self.np
        active, V = self._first(obs[0])
        back: list = []
        for ch in obs[1:]:
            step = self._step(active, ch)
            if step is None:
                return None
            keep, prev, states, trans, em, columns = step
            scores = (V[keep][:, None] + trans) + em
            best = scores.argmax(axis=0)  # the first maximum: the largest state among ties
            V = scores[best, columns]
            best_s = prev[best]
            if self._min(V) == _MIN_INF:  # every candidate -inf: jieba keeps the largest state
                best_s = np.where(V == _MIN_INF, prev[0], best_s)
            back.append((states, best_s))
            active = states
        # the last step: the largest score, ties to the largest state
        state = int(active[len(V) - 1 - int(V[::-1].argmax())])
        names = self.names
        route = [None] * len(obs)
        route[-1] = names[state]
        for i in range(len(obs) - 1, 0, -1):
            states, best_s = back[i - 1]
            state = int(best_s[int(states.searchsorted(state))])
            route[i - 1] = names[state]
        return route


__all__ = ["FastPOS", "BLOCK_CACHE"]
