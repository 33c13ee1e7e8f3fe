"""Reproducible training recipe for claimx's compact offline Stanza models (en, ar).

Usage (CPU, one chain per language, in the background):

    OMP_NUM_THREADS=1 nice -n 10 python tools/train_models.py --lang en --scale 1.0
    OMP_NUM_THREADS=1 nice -n 10 python tools/train_models.py --lang ar --scale 1.0

``--scale`` multiplies every step/epoch count (e.g. ``--scale 10 --gpu`` on a GPU). ``--stages`` picks
a subset (prep,tokenize,mwt,pos,lemma,retag,depparse,ner), or adds ``charlm`` (forward and backward
character language models that a NER stage in the same checkpoint folder then reads). Each trained
model is copied into ``src/claimx/models/<lang>/`` and the manifest is updated as soon as the stage
finishes; wall times go to ``work_models/<lang>/timings.json``. Only Stanza's own trainers are used
(``python -m stanza.models.<trainer>``), with fixed seeds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_data as td

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMX_SHARED_DATA", ROOT.parent / "shared" / "data"))
WORK = ROOT / "work_models"
MODELS = ROOT / "src" / "claimx" / "models"
SEED = "1234"
PUD_HELD_OUT = 100  # the last 100 PUD sentences of each language are never trained on
PUD_DEV = 100       # the 100 before them are the dev set for early stopping
MANIFEST_VERSION = "2026.11-1"

STAGES = {"en": ["prep", "tokenize", "pos", "lemma", "retag", "depparse", "ner"],
          "ar": ["prep", "tokenize", "mwt", "pos", "lemma", "retag", "depparse", "ner"]}
# The stages that train a Stanza processor of the package (prep and retag only write data).
PROCESSORS = {lang: [s for s in stages if s not in ("prep", "retag")] for lang, stages in STAGES.items()}
# Not in the default chain: forward and backward character language models from the raw text prep
# writes (``charlm_train/``); a NER stage run in the same checkpoint folder afterwards reads them
# (``--stages charlm,ner --ckpt-name NAME``). With the bundled models' sizes they did not help NER
# (docs/models.md, tenth session), so the installed taggers use none.
CHARLM_DIRECTIONS = ("forward", "backward")
EVAL_SETS = {"en": {"parse": "UD EWT test", "ner": "CoNLL-2003 testb"},
             "ar": {"parse": "UD PUD ar, last 100 sentences", "ner": "ANERcorp test (CAMeL split)"}}
USES_PRETRAIN = {"pos", "depparse", "ner"}


def log(msg: str) -> None:
    print(time.strftime("%H:%M:%S"), msg, flush=True)


# ----------------------------------------------------------------------------- preparation


def pud_split(lang: str) -> tuple[list[td.Sentence], list[td.Sentence], list[td.Sentence]]:
    sentences = td.read_conllu(SHARED / "ud_pud_en_ar" / f"{lang}_pud-ud-test.conllu")
    cut_test = len(sentences) - PUD_HELD_OUT
    cut_dev = cut_test - PUD_DEV
    return sentences[:cut_dev], sentences[cut_dev:cut_test], sentences[cut_test:]


def flat(sentences: list[td.Sentence]) -> list[td.Sentence]:
    return [s for s in (td.flatten_mwt(x) for x in sentences) if s is not None]


def prep_en(data: Path) -> None:
    ewt = SHARED / "ud_english_ewt"
    pud_train, pud_dev, pud_test = pud_split("en")
    train = flat(td.read_conllu(ewt / "en_ewt-ud-train.conllu")) + flat(pud_train)
    dev = flat(td.read_conllu(ewt / "en_ewt-ud-dev.conllu"))[:400] + flat(pud_dev)
    test = flat(td.read_conllu(ewt / "en_ewt-ud-test.conllu"))
    td.write_conllu(train, data / "train.conllu")
    td.write_conllu(dev, data / "dev.conllu")
    td.write_conllu(test, data / "test.conllu")
    td.write_conllu(flat(pud_test), data / "pud_test.conllu")
    td.write_tokenizer_files(train, data / "tok_train")
    td.write_tokenizer_files(dev, data / "tok_dev")
    conll = SHARED / "conll2003_en"
    td.write_ner_json(td.map_tags(td.read_bio(conll / "eng.train")), data / "ner_train.json")
    td.write_ner_json(td.map_tags(td.read_bio(conll / "eng.testa"))[:1000], data / "ner_dev.json")
    td.write_ner_json(td.map_tags(td.read_bio(conll / "eng.testb")), data / "ner_test.json")
    lines = [[r[1] for r in rows if "-" not in r[0]] for _, rows in train]
    lines += [[t for t, _ in s] for s in td.read_bio(conll / "eng.train")]
    for name in ("ntrex128_en_ar", "tico19_en_ar"):
        lines += [td.simple_tokens(t) for t in _raw_lines(SHARED / name, "en", 20000)]
    size = td.build_vectors(iter(lines), data / "vectors.txt", vocab_size=25000, dim=50)
    log(f"vectors: {size} words")
    gum = SHARED / "ud_english_gum"
    write_charlm_corpus(data, {
        "ewt": td.conllu_texts(ewt / "en_ewt-ud-train.conllu"),
        "gum": td.conllu_texts(gum / "en_gum-ud-train.conllu"),
        "conll": [" ".join(t for t, _ in s)
                  for s in td.read_bio(conll / "eng.train") + td.read_bio(conll / "eng.testa")],
        # PolNeAR train articles only: its dev split scores claimx's attribution rules
        "polnear": [p.read_text(encoding="utf-8")
                    for p in sorted((SHARED / "polnear" / "data" / "train" / "text").glob("*.txt"))],
        "ntrex_tico": _raw_lines(SHARED / "ntrex128_en_ar", "en", 20000)
        + _raw_lines(SHARED / "tico19_en_ar", "en", 20000),
    }, dev=td.conllu_texts(gum / "en_gum-ud-dev.conllu"))


def write_charlm_corpus(data: Path, parts: dict[str, list[str]], dev: list[str]) -> None:
    """Raw text for the character language models: one file per source under ``charlm_train/``
    (Stanza's trainer reads a folder file by file) and a dev file for its perplexity."""
    folder = data / "charlm_train"
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.txt"):
        stale.unlink()
    for name, texts in parts.items():
        (folder / f"{name}.txt").write_text("\n".join(texts), encoding="utf-8")
    (data / "charlm_dev.txt").write_text("\n".join(dev), encoding="utf-8")
    log(f"charlm corpus: {sum(len(t) for texts in parts.values() for t in texts)} characters")


def _raw_lines(folder: Path, lang: str, limit: int) -> list[str]:
    """Plain text lines of one language from a parallel corpus folder (best effort, any layout)."""
    out: list[str] = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix not in (".txt", ".tsv", ".en", ".ar", ""):
            continue
        name = path.name.lower()
        if lang not in name and path.suffix != ".tsv":
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for line in text.splitlines():
            if path.suffix == ".tsv":
                cols = line.split("\t")
                picks = [c for c in cols if (td.ARABIC_LETTER.search(c) is not None) == (lang == "ar")]
                line = max(picks, key=len) if picks else ""
            if line.strip():
                out.append(line)
            if len(out) >= limit:
                return out
    return out


def prep_ar(data: Path, wojood: bool = False) -> None:
    pud_train, pud_dev, pud_test = pud_split("ar")
    pud_train = [td.arabic_add_mwt(td.arabic_pud_clean(s)) for s in pud_train]
    pud_dev = [td.arabic_add_mwt(td.arabic_pud_clean(s)) for s in pud_dev]
    pud_test = [td.arabic_add_mwt(td.arabic_pud_clean(s)) for s in pud_test]
    padt_dir = SHARED / "ud_arabic_padt_v1_old"
    padt = [td.arabic_v1_to_v2(s) for name in ("ar-ud-dev.conllu", "ar-ud-test.conllu")
            for s in td.read_conllu(padt_dir / name)]
    # PUD is news in the target style: repeat it so PADT (longer, older) does not swamp it.
    train = pud_train * 2 + padt
    td.write_conllu(train, data / "train.conllu")
    td.write_conllu(pud_train, data / "mwt_train.conllu")
    td.write_conllu(pud_dev, data / "dev.conllu")
    td.write_conllu(pud_test, data / "test.conllu")
    td.write_conllu(pud_test, data / "pud_test.conllu")
    td.write_tokenizer_files(pud_train, data / "tok_train")
    td.write_tokenizer_files(pud_dev, data / "tok_dev")
    aner = SHARED / "anercorp_ar"
    aner_map = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
    aner_train = td.map_tags(td.read_bio(aner / "ANERCorp_CamelLab_train.txt"), aner_map)
    newsfane = td.map_tags(td.read_bio(SHARED / "newsfane_gold_ar" / "NewsFANE_Gold_2014_170K.txt",
                                       sep="\t"), td.NEWSFANE_TO_COARSE, "MISC")
    aqmar_raw = td.read_bio(SHARED / "aqmar_ar" / "AQMAR_Arabic_NER_corpus-1.0.txt")
    aqmar_map = {tag[2:].strip("-`"): td.aqmar_label(tag[2:].strip("-`"))
                 for s in aqmar_raw for _, tag in s if "-" in tag}
    aqmar = td.map_tags(aqmar_raw, aqmar_map)
    # --with-wojood: the public Wojood sample too, all three files (news; the evaluation is ANERcorp's
    # own test file). Not in the installed tagger: docs/models.md, seventeenth session.
    extra = [s for name in ("train.txt", "val.txt", "test.txt")
             for s in td.read_wojood(SHARED / "wojood_sample_ar" / name)] if wojood else []
    # dev: the tail of ANERcorp train (news, same scheme as the test file)
    td.write_ner_json(aner_train[:-300] + newsfane + aqmar + extra, data / "ner_train.json")
    td.write_ner_json(aner_train[-300:], data / "ner_dev.json")
    td.write_ner_json(td.map_tags(td.read_bio(aner / "ANERCorp_CamelLab_test.txt"), aner_map),
                      data / "ner_test.json")
    lines = [[r[1] for r in rows if "-" not in r[0]] for _, rows in train]
    lines += [[r[1] for r in rows if "-" in r[0]] for _, rows in pud_train]
    lines += [[t for t, _ in s] for s in aner_train + newsfane + aqmar]
    sys.path.insert(0, str(ROOT / "tools"))
    import corpora
    for article in corpora.saudinewsnet(limit=6000, per_outlet=600):
        for line in article["text"].splitlines():
            if line.strip():
                lines.append(td.simple_tokens(line))
    size = td.build_vectors(iter(lines), data / "vectors.txt", vocab_size=30000, dim=50)
    log(f"vectors: {size} words")
    write_charlm_corpus(data, arabic_charlm_parts(pud_train, aner_train + newsfane + aqmar),
                        dev=[td.sentence_text(rows) for _, rows in pud_dev])


ARABIC_CHARLM_ARTICLES = 2500


def arabic_charlm_parts(pud_train: list[td.Sentence],
                        ner_train: list[list[tuple[str, str]]]) -> dict[str, list[str]]:
    """Raw Arabic for the character language models: SaudiNewsNet articles (no article of the
    Arabic attribution sets), the PUD train sentences, and the NER train text (never ANERcorp test)."""
    import corpora

    gold_files = [ROOT / "eval" / f"attribution_ar_{split}.jsonl" for split in ("dev", "train")]
    held_out = {json.loads(line)["doc_id"] for path in gold_files
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    articles = [article["text"] for article in corpora.saudinewsnet(per_outlet=400)
                if article["doc_id"] not in held_out][:ARABIC_CHARLM_ARTICLES]
    return {"saudinewsnet": articles,
            "pud": [td.sentence_text(rows) for _, rows in pud_train],
            "ner": [" ".join(token for token, _ in sentence) for sentence in ner_train]}


def retag(lang: str, data: Path) -> None:
    """The parser's train and dev trees with the installed tagger's UPOS, XPOS and features.

    At run time the parser reads predicted tags; trained on gold ones it learns to trust them and
    loses ~10 LAS points end to end (dev LAS 78.7 with gold tags, 68.2 from raw text on EWT test).
    Stanza's own recipe retags the parser's data the same way. Heads, relations and lemmas stay gold.
    """
    import smoke_models

    nlp = smoke_models.build_pipeline(lang, processors="tokenize,pos", tokenize_pretokenized=True,
                                      pos_batch_size=3000)
    for name in ("train", "dev"):
        sentences = td.read_conllu(data / f"{name}.conllu")
        words = [[cols for cols in rows if "-" not in cols[0]] for _, rows in sentences]
        doc = nlp([[cols[1] for cols in rows] for rows in words])
        for rows, tagged in zip(words, doc.sentences, strict=True):
            for cols, word in zip(rows, tagged.words, strict=True):
                cols[3], cols[4], cols[5] = word.upos or "_", word.xpos or "_", word.feats or "_"
        td.write_conllu(sentences, data / f"{name}.retag.conllu")
        log(f"[{lang}] retagged {name}: {len(sentences)} sentences")


def make_pretrain(data: Path) -> None:
    from stanza.models.common.pretrain import Pretrain

    pretrain = Pretrain(str(data / "pretrain.pt"), str(data / "vectors.txt"))
    pretrain.load()


# ----------------------------------------------------------------------------- training


def steps(base: int, scale: float) -> str:
    return str(max(1, round(base * scale)))


# Per stage: Stanza module, whether it takes --lang, the pretrain, and its own arguments. Step and
# epoch counts are (base, kind) pairs scaled by --scale; sizes follow ../shared/notes/stanza-offline.md.
MODULES = {"tokenize": "tokenizer", "mwt": "mwt_expander", "pos": "tagger", "lemma": "lemmatizer",
           "depparse": "parser", "ner": "ner_tagger", "charlm": "charlm"}
TAKES_LANG = {"tokenize", "mwt", "pos", "depparse"}
SCALED = {"tokenize": {"--steps": 1300, "--eval_steps": 300},
          "mwt": {"--num_epoch": 8},
          "pos": {"--max_steps": 700, "--eval_interval": 175},
          "lemma": {"--num_epoch": 2, "--decay_epoch": 2},
          "depparse": {"--max_steps": 350, "--eval_interval": 70},
          "ner": {"--max_steps": 900, "--eval_interval": 300},
          "charlm": {"--epochs": 6}}
# Measured on this (shared, 2-core) CPU: tagger ~0.35-1 s per batch of 32 sentences (5-10 s at the
# default 250), parser ~1.3-2.5 s per 2000-token batch, ner ~0.35-0.7 s per batch of 32.
SIZES = {"tokenize": [],
         "mwt": [],
         "pos": ["--hidden_dim", "100", "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "100",
                 "--composite_deep_biaff_hidden_dim", "50", "--word_cutoff", "3", "--batch_size", "32"],
         "lemma": ["--hidden_dim", "100", "--batch_size", "100"],
         "depparse": ["--hidden_dim", "150", "--char_hidden_dim", "100", "--deep_biaff_hidden_dim", "150",
                      "--word_cutoff", "3", "--batch_size", "2000"],
         "ner": ["--hidden_dim", "100", "--char_hidden_dim", "50", "--optim", "adam", "--lr", "0.002"],
         # ~0.2 s per batch of 64 x 100 characters: one epoch of the 7.8M-character English corpus
         # takes ~4.3 min per direction (the two directions run one after the other)
         "charlm": ["--char_hidden_dim", "256", "--char_emb_dim", "50", "--bptt_size", "100",
                    "--batch_size", "64", "--cutoff", "5"]}


def data_args(lang: str, stage: str, data: Path, ckpt: Path) -> list[str]:
    dev = str(data / "dev.conllu")
    if stage == "tokenize":
        return ["--txt_file", str(data / "tok_train.txt"), "--label_file", str(data / "tok_train.toklabels"),
                "--mwt_json_file", str(data / "tok_train.mwt.json"),
                "--dev_txt_file", str(data / "tok_dev.txt"),
                "--dev_label_file", str(data / "tok_dev.toklabels"),
                "--dev_conll_gold", str(data / "tok_dev.conllu"),
                "--conll_file", str(ckpt / "tok_dev.pred.conllu"),
                # the default 100 silently drops most long news sentences
                "--max_seqlen", "300" if lang == "en" else "200"]
    if stage == "ner":
        return ["--train_file", str(data / "ner_train.json"), "--eval_file", str(data / "ner_dev.json")]
    if stage == "charlm":
        return ["--train_dir", str(data / "charlm_train"), "--eval_file", str(data / "charlm_dev.txt")]
    train = {"mwt": "mwt_train.conllu", "lemma": "lemma_train.conllu"}.get(stage, "train.conllu")
    if stage == "depparse" and (data / "train.retag.conllu").exists():
        # the retag stage ran after the last prep: train and stop early on predicted tags
        train, dev = "train.retag.conllu", str(data / "dev.retag.conllu")
    args = ["--train_file", str(data / train), "--eval_file", dev,
            "--output_file", str(ckpt / f"{stage}_dev.pred.conllu")]
    return [*args, "--gold_file", dev] if stage == "mwt" else args


def charlm_files(lang: str, ckpt: Path) -> tuple[Path, Path] | None:
    """The (forward, backward) character language models the NER tagger of ``lang`` reads: those
    trained in ``ckpt`` by this chain, else those installed in the package, else None (no charlm)."""
    for folder in (ckpt, MODELS / lang):
        files = tuple(folder / f"{direction}_charlm.pt" for direction in CHARLM_DIRECTIONS)
        if all(path.is_file() for path in files):
            return files[0], files[1]
    return None


def trainer_cmd(lang: str, stage: str, data: Path, ckpt: Path, scale: float, gpu: bool,
                continue_from: Path | None = None, save_name: str | None = None) -> list[str]:
    cmd = [f"stanza.models.{MODULES[stage]}", "--mode", "train", "--shorthand", f"{lang}_claimx"]
    if stage in TAKES_LANG:
        cmd += ["--lang", lang]
    cmd += data_args(lang, stage, data, ckpt) + SIZES[stage]
    for flag, base in SCALED[stage].items():
        cmd += [flag, steps(base, scale)]
    pretrain = data / "pretrain.pt"
    if continue_from is not None:
        # More steps on a bundled model or on a run continued from one: its vocabulary and word
        # vectors must stay the ones it was trained with, so the package's pretrain is used, not the
        # one prep just rebuilt.
        cmd += ["--continue_from", str(continue_from / f"{stage}.pt")]
        pretrain = MODELS / lang / "pretrain.pt"
    if stage in USES_PRETRAIN:
        cmd += ["--wordvec_pretrain_file", str(pretrain)]
    charlms = charlm_files(lang, ckpt) if stage == "ner" else None
    if charlms is not None:
        cmd += ["--charlm", "--charlm_shorthand", f"{lang}_claimx",
                "--charlm_forward_file", str(charlms[0]), "--charlm_backward_file", str(charlms[1])]
    cmd += ["--save_name", save_name or f"{stage}.pt", "--seed", SEED, "--save_dir", str(ckpt)]
    return cmd if gpu else [*cmd, "--cpu"]


def write_lemma_train(data: Path) -> None:
    """One line per distinct (form, upos, lemma): the same dictionary, far fewer seq2seq steps."""
    seen: dict[tuple[str, str, str], None] = {}
    for _, rows in td.read_conllu(data / "train.conllu"):
        for cols in rows:
            if "-" not in cols[0]:
                seen.setdefault((cols[1], cols[3], cols[2]), None)
    sentences: list[td.Sentence] = []
    items = list(seen)
    for start in range(0, len(items), 20):
        chunk = items[start:start + 20]
        rows = [[str(i + 1), form, lemma, upos, "_", "_", "0" if i == 0 else "1",
                 "root" if i == 0 else "dep", "_", "_"]
                for i, (form, upos, lemma) in enumerate(chunk)]
        sentences.append(([], rows))
    td.write_conllu(sentences, data / "lemma_train.conllu")


def record_timing(lang: str, stage: str, seconds: float) -> None:
    path = WORK / lang / "timings.json"
    timings = json.loads(path.read_text()) if path.exists() else {}
    timings[stage] = round(seconds, 1)
    path.write_text(json.dumps(timings, indent=1))


def halve_model_file(path: Path) -> None:
    """Store a model's float32 weights as float16: half the size, loads unchanged.

    Stanza copies saved weights into float32 parameters with ``load_state_dict``, which converts the
    dtype. Pretrain files stay float32: their matrix is used as is by a frozen embedding.
    """
    import torch

    saved = torch.load(path, map_location="cpu", weights_only=False)
    state = saved.get("model") if isinstance(saved, dict) else None
    if isinstance(state, dict) and isinstance(state.get("state_dict"), dict):
        state = state["state_dict"]  # a character language model keeps its weights one level down
    if not isinstance(state, dict):
        return
    changed = False
    for key, value in state.items():
        if isinstance(value, torch.Tensor) and value.dtype == torch.float32:
            state[key] = value.half()
            changed = True
    if changed:
        torch.save(saved, path)


def compact(lang: str) -> None:
    for path in sorted((MODELS / lang).glob("*.pt")):
        if path.name != "pretrain.pt":
            halve_model_file(path)


def install(lang: str, stage: str, ckpt: Path, data: Path) -> None:
    """Copy the trained model (and the pretrain it needs) into the package and update the manifest."""
    target = MODELS / lang
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ckpt / f"{stage}.pt", target / f"{stage}.pt")
    halve_model_file(target / f"{stage}.pt")
    entry: dict[str, str] = {"model": f"{lang}/{stage}.pt"}
    if stage in USES_PRETRAIN:
        shutil.copyfile(data / "pretrain.pt", target / "pretrain.pt")
        entry["pretrain"] = f"{lang}/pretrain.pt"
    charlms = charlm_files(lang, ckpt) if stage == "ner" else None
    for direction, source in zip(CHARLM_DIRECTIONS, charlms or (), strict=False):
        installed = target / source.name
        if source.resolve() != installed.resolve():
            shutil.copyfile(source, installed)
            halve_model_file(installed)
        entry[f"{direction}_charlm"] = f"{lang}/{installed.name}"
    # Staged in work_models and published only when every language listed is complete, so the
    # package never holds a manifest that points at missing models while training runs.
    staged_path = WORK / "manifest.staged.json"
    manifest = json.loads(staged_path.read_text()) if staged_path.exists() else {}
    manifest["version"] = MANIFEST_VERSION
    langs = manifest.setdefault("languages", {})
    info = langs.setdefault(lang, {})
    processors = info.setdefault("processors", {})
    processors[stage] = entry
    order = PROCESSORS[lang]
    info["processors"] = {name: processors[name] for name in order if name in processors}
    info.setdefault("scores", {"tokens_f1": 0.0, "upos": 0.0, "uas": 0.0, "las": 0.0, "ner_f1": 0.0})
    info["eval_sets"] = EVAL_SETS[lang]
    manifest["languages"] = {k: langs[k] for k in sorted(langs)}
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    staged_path.write_text(text, encoding="utf-8")
    complete = all(set(PROCESSORS[k]) <= set(v["processors"]) for k, v in manifest["languages"].items())
    if complete and set(manifest["languages"]) == set(STAGES):
        (MODELS / "manifest.json").write_text(text, encoding="utf-8")
        # Stanza's Pipeline wants a resources.json in its dir even when every path is explicit.
        (MODELS / "resources.json").write_text("{}\n", encoding="utf-8")


def train_module(trainer_args: list[str]) -> None:
    cmd = [sys.executable, "-m", *trainer_args]
    log(" ".join(cmd))
    threads = os.environ.get("OMP_NUM_THREADS", "1")
    subprocess.run(cmd, check=True, env={**os.environ, "OMP_NUM_THREADS": threads})


def run_stage(lang: str, stage: str, scale: float, gpu: bool, ckpt_name: str = "ckpt",
              install_models: bool = True, continue_from: Path | None = None, wojood: bool = False) -> None:
    data = WORK / lang / "data"
    ckpt = WORK / lang / ckpt_name
    data.mkdir(parents=True, exist_ok=True)
    ckpt.mkdir(parents=True, exist_ok=True)
    started = time.time()
    log(f"[{lang}] {stage} start")
    if stage == "compact":  # float16 weights for everything already installed
        compact(lang)
        return
    if stage.startswith("install_"):  # re-install an already trained model
        install(lang, stage.removeprefix("install_"), ckpt, data)
        return
    if stage == "prep":
        if lang == "en":
            prep_en(data)
        else:
            prep_ar(data, wojood)
        make_pretrain(data)
        write_lemma_train(data)
        for stale in data.glob("*.retag.conllu"):  # tags of the previous train.conllu
            stale.unlink()
    elif stage == "retag":
        retag(lang, data)
    elif stage == "charlm":
        # installed with the NER tagger that reads them (install_ner), not on their own
        for direction in CHARLM_DIRECTIONS:
            command = trainer_cmd(lang, stage, data, ckpt, scale, gpu, save_name=f"{direction}_charlm.pt")
            train_module([*command, "--direction", direction])
    else:
        train_module(trainer_cmd(lang, stage, data, ckpt, scale, gpu, continue_from))
        if install_models:
            install(lang, stage, ckpt, data)
    record_timing(lang, f"{stage}@{ckpt_name}" if ckpt_name != "ckpt" else stage, time.time() - started)
    log(f"[{lang}] {stage} done in {time.time() - started:.0f}s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["en", "ar"], required=True)
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies all step/epoch counts")
    parser.add_argument("--stages", default=None, help="comma-separated subset of the stages")
    parser.add_argument("--gpu", action="store_true", help="train on the GPU (default: --cpu)")
    parser.add_argument("--ckpt-name", default="ckpt", help="checkpoint folder under work_models/<lang>/")
    parser.add_argument("--no-install", action="store_true",
                        help="leave the models in the checkpoint folder (compare, then install_<stage>)")
    parser.add_argument("--continue-installed", action="store_true",
                        help="start from the bundled model (Stanza's --continue_from; parser only)")
    parser.add_argument("--with-wojood", action="store_true",
                        help="prep (ar): add the Wojood public sample to the NER training data")
    parser.add_argument("--continue-from", type=Path, default=None, metavar="CKPT_DIR",
                        help="start from the parser of an earlier --continue-installed run's folder")
    args = parser.parse_args(argv)
    stages = args.stages.split(",") if args.stages else STAGES[args.lang]
    if args.continue_installed and args.continue_from is not None:
        parser.error("--continue-installed and --continue-from exclude each other")
    continue_from = MODELS / args.lang if args.continue_installed else args.continue_from
    if continue_from is not None and set(stages) - {"prep", "retag", "depparse"}:
        parser.error("--continue-installed/--continue-from work for the depparse stage "
                     "(prep/retag may run before it)")
    import torch

    torch.set_num_threads(1)
    for stage in stages:
        run_stage(args.lang, stage, args.scale, args.gpu, args.ckpt_name, not args.no_install,
                  continue_from, args.with_wojood)


if __name__ == "__main__":
    main()
