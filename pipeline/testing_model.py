"""Build a tiny but genuine Argos Translate ar->en package, for tests and the benchmark.

No real Argos model can be downloaded where the tests run, so this module makes one from
PyPI packages alone, in well under a second:

* a SentencePiece model trained in memory on a few dozen Arabic and English lines;
* a one-layer CTranslate2 Transformer whose numpy weights are set by hand so that its
  output is predictable: at decoding step t the cross-attention looks at source position t,
  and the output projection copies the piece found there, except that the pieces of a
  small lexicon (``LEXICON``) are swapped for their English counterparts;
* ``metadata.json`` in Argos's format, all zipped as a ``.argosmodel`` archive.

How the weights do it (d = a few code dims + 66 position dims):

* every piece is embedded as a balanced +-1 code in the "code" block of dimensions
  (Arabic lexicon pieces get the code of their English counterpart);
* position p is encoded as two one-hot vectors in the "position" block (p // RADIX and
  p % RADIX), so the dot product of two positions is 2 only when they are equal;
* encoder self-attention and both feed-forward layers are switched off (zero output
  weights), so the encoder output at s is just (piece_s, position s);
* decoder piece embeddings are zero, so the decoder state at step t is position t only;
  cross-attention matches queries and keys on the position block (scaled so the softmax
  is one-hot) and carries the code block over as the value;
* the output projection scores each piece by the dot product of its code with the copied
  one, which is highest for the piece whose code it is.

The source gets an end-of-sentence token, so decoding stops when step t reaches it. The
result is a real model run by the real CTranslate2 runtime through the real Argos package
format — only its "knowledge" is tiny.
"""

from __future__ import annotations

import io
import itertools
import json
import math
import stat
import zipfile
from pathlib import Path

import numpy as np

#: Arabic words the tiny model "knows", and their English translations.
LEXICON = {
    "حماس": "Hamas",
    "دمشق": "Damascus",
    "سوريا": "Syria",
    "روسيا": "Russia",
    "إيران": "Iran",
    "موسكو": "Moscow",
}

#: Package metadata (Argos's metadata.json keys).
METADATA = {
    "package_version": "0.1-tiny",
    "argos_version": "1.9.0",
    "from_code": "ar",
    "from_name": "Arabic",
    "to_code": "en",
    "to_name": "English",
    "type": "translate",
    "links": [],
}

# Positions are encoded with two one-hot blocks of RADIX dims: RADIX**2 positions in all.
RADIX = 33  # 1089 positions: more than CTranslate2's max_input_length (1024)
MAX_POSITIONS = RADIX * RADIX
# Large enough that every softmax and argmax in the model is effectively one-hot.
ATTENTION_GAIN = 4.0
OUTPUT_GAIN = 4.0

TRAINING_LINES = [
    "أنهت مصالحة مفاجئة عقدا من الخلاف بين النظام السوري وحركة حماس.",
    "وضعت حماس اللمسات الأخيرة على مصالحتها مع النظام في موسكو.",
    "شاركت إيران في المحادثات بين الجانبين وشجعت النظام على قبول الاتفاق.",
    "سافر رئيس المكتب السياسي إلى موسكو للمرة الثانية خلال أربعة أشهر.",
    "التقى الوفد السفير الإيراني في دمشق بعد اجتماعات طويلة.",
    "قالت مصادر إن روسيا وإيران لعبتا دورا حاسما في المصالحة.",
    "أعلنت الحركة دعمها للمعارضة السورية ونقلت قيادتها من دمشق.",
    "عادت العلاقات بين حماس وسوريا بعد قطيعة استمرت عشر سنوات.",
    "هل ستفتح الحركة مكتبا في دمشق؟ لا أحد يعرف بعد.",
    "قال المتحدث: «نحن نرحب بهذه الخطوة»؛ وأضاف أن الحوار مستمر.",
    "وفق موقع “إنتليجنس أونلاين” فإن الدعم الإقليمي الجديد مكّن الحركة.",
    "كانت حركة فتح تحاول كسب مصالح لها في سوريا.. لكنها خسرت.",
    "زار الوزير روسيا في العاشر من سبتمبر 2022 والتقى نظيره.",
    "أكدت الخارجية الروسية أن موسكو تدعم الحوار الفلسطيني.",
    "نشرت الصحيفة تقريرا عن العلاقات بين إيران وسوريا وحماس.",
    "ذكرت وكالة الأنباء أن الاجتماع عقد يوم الثلاثاء الماضي.",
    "يرى محللون أن المصالحة تخدم مصالح جميع الأطراف في المنطقة.",
    "تأتي هذه الخطوة بعد سنوات من التوتر والانقسام.",
    "Hamas and Damascus restored relations after a decade of rupture.",
    "Russia and Iran played a decisive role in the talks in Moscow.",
    "The movement moved its leadership from Syria to Doha in 2012.",
    "Officials said the agreement took months to complete.",
    "Will the office open soon? Nobody knows yet, the source said.",
    "The report was published on 25 September 2022 by an intelligence newsletter.",
    "Analysts say the reconciliation serves the interests of Iran.",
    "Hamas welcomed the step; Damascus did not comment.",
]


def train_sentencepiece(lines: list[str] = TRAINING_LINES, vocab_size: int = 160, *,
                        pieces_span_words: bool = False) -> bytes:
    """A SentencePiece model trained in memory; every LEXICON word is one piece.

    ``vocab_size`` is a ceiling: the few default lines support only a small vocabulary
    (so most words split into short pieces); more lines give word-sized pieces. A text
    of a few thousand words has too few distinct words for a vocabulary of thousands of
    pieces: ``pieces_span_words`` lets pieces run across spaces (common word pairs become
    one piece), so such a text reaches the size of a real model's vocabulary.
    """
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        model_type="bpe",
        vocab_size=vocab_size,
        character_coverage=1.0,
        hard_vocab_limit=False,
        split_by_whitespace=not pieces_span_words,
        user_defined_symbols=[*LEXICON, *LEXICON.values()],
        num_threads=1,
        minloglevel=2,
    )
    return model.getvalue()


def code_bits(count: int) -> int:
    """Fewest (even) dims with at least ``count`` balanced codes: C(bits, bits/2) >= count."""
    bits = 2
    while math.comb(bits, bits // 2) < count:
        bits += 2
    return bits


def _codes(count: int) -> np.ndarray:
    """(count, bits) balanced +-1 codes: as many +1 as -1, so a code's mean is 0 and
    LayerNorm treats every piece alike; two codes differ in at least two places."""
    bits = code_bits(count)
    codes = list(itertools.islice(itertools.combinations(range(bits), bits // 2), count))
    table = -np.ones((count, bits), dtype=np.float32)
    for row, ones in enumerate(codes):
        table[row, list(ones)] = 1.0
    return table


def _positions(size: int) -> np.ndarray:
    """(MAX_POSITIONS, size) table: position p is one-hot at p // RADIX and at p % RADIX
    in the two position blocks (the last 2 * RADIX dimensions)."""
    table = np.zeros((MAX_POSITIONS, size), dtype=np.float32)
    p = np.arange(MAX_POSITIONS)
    table[p, size - 2 * RADIX + p // RADIX] = 1.0
    table[p, size - RADIX + p % RADIX] = 1.0
    return table


def _linear(rows: int, cols: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros((rows, cols), dtype=np.float32), np.zeros(rows, dtype=np.float32)


def _set_linear(spec, weight: np.ndarray, bias: np.ndarray) -> None:
    spec.weight = weight
    spec.bias = bias


def _set_norm(spec, size: int) -> None:
    spec.gamma = np.ones(size, dtype=np.float32)
    spec.beta = np.zeros(size, dtype=np.float32)


def build_ctranslate2_model(vocabulary: list[str], output_dir: Path) -> None:
    """Write the hand-weighted CTranslate2 model for ``vocabulary`` to ``output_dir``."""
    from ctranslate2.specs import transformer_spec

    size_v = len(vocabulary)
    bits = code_bits(size_v)
    size = bits + 2 * RADIX
    code_block, position_block = slice(0, bits), slice(bits, size)
    ffn_inner = 4

    spec = transformer_spec.TransformerSpec.from_config(num_layers=1, num_heads=1)
    spec.config.add_source_eos = True

    codes = _codes(size_v)
    index = {piece: i for i, piece in enumerate(vocabulary)}
    # The lexicon lives in the source embeddings: an Arabic lexicon piece is embedded
    # with its English piece's code, so the copying decoder writes the English piece.
    source_codes = np.array([codes[index.get(LEXICON.get(piece), i)]
                             for i, piece in enumerate(vocabulary)], dtype=np.float32)
    token_embeddings = np.zeros((size_v, size), dtype=np.float32)
    token_embeddings[:, code_block] = source_codes

    encoder, decoder = spec.encoder, spec.decoder
    for stack in (encoder, decoder):
        stack.scale_embeddings = False
        stack.position_encodings.encodings = _positions(size)
        _set_norm(stack.layer_norm, size)
        layer = stack.layer[0]
        _set_norm(layer.self_attention.layer_norm, size)
        # Self-attention and feed-forward contribute nothing: zero output weights.
        _set_linear(layer.self_attention.linear[0], *_linear(3 * size, size))
        _set_linear(layer.self_attention.linear[1], *_linear(size, size))
        _set_norm(layer.ffn.layer_norm, size)
        _set_linear(layer.ffn.linear_0, *_linear(ffn_inner, size))
        _set_linear(layer.ffn.linear_1, *_linear(size, ffn_inner))
    encoder.embeddings[0].weight = token_embeddings
    # The decoder never looks at what it emitted before: its state is its position only.
    decoder.embeddings.weight = np.zeros((size_v, size), dtype=np.float32)

    cross = decoder.layer[0].attention
    _set_norm(cross.layer_norm, size)
    positions = np.eye(2 * RADIX, dtype=np.float32) * ATTENTION_GAIN
    query, query_bias = _linear(size, size)
    query[position_block, position_block] = positions
    _set_linear(cross.linear[0], query, query_bias)
    key_value, key_value_bias = _linear(2 * size, size)
    key_value[position_block, position_block] = positions  # keys: the source position
    key_value[size:size + bits, code_block] = np.eye(bits)  # values: its code
    _set_linear(cross.linear[1], key_value, key_value_bias)
    out, out_bias = _linear(size, size)
    out[code_block, code_block] = np.eye(bits)
    _set_linear(cross.linear[2], out, out_bias)

    # Logit of piece w = its code . the copied code: highest for the exact code.
    projection, projection_bias = _linear(size_v, size)
    projection[:, code_block] = codes * OUTPUT_GAIN
    _set_linear(decoder.projection, projection, projection_bias)

    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.save(str(output_dir))


def _zip_tree(root: Path, top: str) -> bytes:
    """Deterministic zip of ``root`` under folder ``top``: sorted members, fixed times."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            name = f"{top}/{path.relative_to(root).as_posix()}"
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def build_package(dest_dir: Path, *, version: str = METADATA["package_version"],
                  training_lines: list[str] | None = None, vocab_size: int = 160,
                  pieces_span_words: bool = False) -> Path:
    """Build the tiny ar->en package as ``dest_dir/translate-ar_en-tiny.argosmodel``.

    ``version`` sets metadata.json's package_version (tests use it to simulate a model
    change). ``training_lines`` replaces the built-in SentencePiece training text: the
    benchmark trains on the corpus itself so that, as with a real model, most words are
    one or two pieces. ``vocab_size`` (a ceiling) and ``pieces_span_words`` are passed to
    ``train_sentencepiece``; the model's vocabulary is the tokenizer's, so its embedding
    and output layers grow with it. Returns the archive's path. The same inputs give
    byte-identical archives.
    """
    import sentencepiece as spm

    dest_dir = Path(dest_dir)
    tree = dest_dir / "translate-ar_en-tiny"
    (tree / "model").mkdir(parents=True, exist_ok=True)
    sp_model = train_sentencepiece(training_lines or TRAINING_LINES, vocab_size,
                                   pieces_span_words=pieces_span_words)
    (tree / "sentencepiece.model").write_bytes(sp_model)
    processor = spm.SentencePieceProcessor(model_proto=sp_model)
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    build_ctranslate2_model(vocabulary, tree / "model")
    metadata = dict(METADATA, package_version=version)
    (tree / "metadata.json").write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    (tree / "README.md").write_text(
        "Tiny hand-weighted ar->en test model built by pipeline/testing_model.py.\n"
        "It copies its input, translating only a handful of words. Not for real use.\n",
        encoding="utf-8",
    )
    archive = dest_dir / "translate-ar_en-tiny.argosmodel"
    archive.write_bytes(_zip_tree(tree, tree.name))
    return archive


def corpus_lines(articles_dir: Path) -> list[str]:
    """Paragraph texts of the article records in ``articles_dir`` (SentencePiece training)."""
    return [paragraph["text"]
            for path in sorted(Path(articles_dir).glob("*.json"))
            for paragraph in json.loads(path.read_text(encoding="utf-8"))["body"]]


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.testing_model DEST [--corpus build/articles]``: write the test
    package to DEST (then install it with ``--model`` or by unzipping into
    ARGOS_PACKAGES_DIR) to try the translate stage end to end without a real model."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pipeline.testing_model",
                                     description=main.__doc__)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--corpus", type=Path,
                        help="train the tokenizer on these article records' paragraphs")
    parser.add_argument("--vocab-size", type=int, default=2000,
                        help="most SentencePiece pieces (with --corpus)")
    parser.add_argument("--pieces-span-words", action="store_true",
                        help="let pieces run across spaces (a small text, a large vocabulary)")
    args = parser.parse_args(argv)
    lines = corpus_lines(args.corpus) if args.corpus else None
    print(build_package(args.dest, training_lines=lines,
                        vocab_size=args.vocab_size if lines else 160,
                        pieces_span_words=args.pieces_span_words))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
