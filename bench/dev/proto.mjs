// Prototype of the default's scoring in plain JS, every idea behind an option, for the harness
// (bench/dev/harness.mjs) and the ablation (bench/dev/ablate.mjs). With
//   { weights: 'doc', lenExp: 0.75, minLen: 8, pos: 'window', posScale: 4, posStrength: 4, longPenalty: 0.7, longWords: 40 }
// makeScorer reproduces src/scorers/salience.ts exactly; the other options are ideas that were
// measured and left out (see the ablation). Similarity-based variants here are O(n^2): bench only.
//
// Budget-dependent variants: makeScorer's score(doc, context) takes the harness's budget context
// { sentences: k }; the option byBudget(k) returns options that replace the others for that k (e.g.
// a wider, gentler prior when k = 1), and content: 'centroid' scores a sentence by the cosine of its
// term vector (tf × rarity) with the document's (the term weights), O(terms).
import { BACKGROUND_COUNTS, BACKGROUND_TOTAL } from '../../dist/data/background-en.js';
import { rarity } from '../../dist/data/background-rarity.js';

export const bg = new Map();
for (const line of BACKGROUND_COUNTS.split('\n')) {
  const at = line.indexOf(' ');
  bg.set(line.slice(0, at), Number(line.slice(at + 1)));
}
const N = BACKGROUND_TOTAL;

function llr(k1, n1, k2, n2) {
  // Dunning's G^2 for term count k1 in n1 (doc) vs k2 in n2 (background)
  const p = (k1 + k2) / (n1 + n2);
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const ll = (k, n, q) => (q <= 0 || q >= 1 ? 0 : k * Math.log(q) + (n - k) * Math.log(1 - q));
  return 2 * (ll(k1, n1, p1) + ll(k2, n2, p2) - ll(k1, n1, p) - ll(k2, n2, p));
}

export function termWeights(doc, o) {
  const tf = new Map();
  const sf = new Map();
  let total = 0;
  for (const s of doc.terms) {
    for (const t of s) { tf.set(t, (tf.get(t) ?? 0) + 1); total++; }
    for (const t of new Set(s)) sf.set(t, (sf.get(t) ?? 0) + 1);
  }
  const ctx = new Set(doc.context);
  const w = new Map();
  for (const [t, c] of tf) {
    let x;
    if (o.weights === 'doc') x = doc.weights.get(t) ?? 0;
    else if (o.weights === 'bg') {
      const idf = Math.log(N / ((bg.get(t) ?? 0) + o.bgFloor));
      x = (o.tfLog ? 1 + Math.log(c) : c) * Math.max(idf, 0);
    } else if (o.weights === 'llr') {
      const k2 = bg.get(t) ?? 0;
      const g = c / total > (k2 + 1) / N ? llr(c, total, k2 + 1, N) : 0;
      x = o.llrBinary ? (g > o.llrCut ? 1 : 0) : Math.max(0, g);
      if (o.llrLog) x = Math.log(1 + x);
    } else if (o.weights === 'tf') x = c;
    else if (o.weights === 'tflog') x = 1 + Math.log(c);
    if (o.minCount && c < o.minCount) x *= o.singletonFactor ?? 0;
    // doc.weights already carry the weigh stage's title boost
    if (ctx.has(t) && o.weights !== 'doc') x *= o.contextBoost ?? 1.5;
    w.set(t, x);
  }
  return w;
}

const dangling = new Set(['he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'but', 'and', 'however', 'also', 'so', 'then', 'yet', 'his', 'her', 'its', 'their', 'there', 'such', 'meanwhile', 'still', 'instead', 'or', 'because', 'thus', 'therefore', 'we', 'i', 'you', 'him', 'them', 'both', 'another', 'other', 'furthermore', 'moreover', 'besides', 'although', 'though', 'while']);

export const runOn = /[a-z0-9)] (?:The|A|An|He|She|It|They|We|His|Her|Their|This|These|Those|But|And|In|At|After|When|While|As|Mr|Mrs|Ms|There) [a-z]/u;

export const label = /^[^\s:]+(?: [^\s:]+){0,3}: \S/u;

export function makeScorer(base) {
  return {
    name: 'proto',
    score(doc, context) {
      const o = base.byBudget && context ? { ...base, ...base.byBudget(context.sentences) } : base;
      const w = termWeights(doc, o);
      const n = doc.candidates.length;
      const centroidNorm = o.content === 'centroid' ? Math.sqrt([...w.values()].reduce((a, x) => a + x * x, 0)) || 1 : 1;
      return doc.terms.map((terms, i) => {
        let s;
        if (o.content === 'centroid') {
          const tf = new Map();
          for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
          let dot = 0;
          let norm = 0;
          for (const [t, c] of tf) { const x = c * rarity(t); dot += x * (w.get(t) ?? 0); norm += x * x; }
          s = norm > 0 ? dot / Math.sqrt(norm) / centroidNorm : 0;
        } else {
          let sum = 0;
          for (const t of new Set(terms)) sum += w.get(t) ?? 0;
          const len = Math.pow(Math.max(o.lenMeasure === 'words' ? doc.tokens[i].length : terms.length, o.minLen ?? 8), o.lenExp ?? 0.5);
          s = sum / len;
        }
        const words = doc.tokens[i].length;
        if (o.pos === 'linear') s *= 1 + o.posStrength * (1 - i / Math.max(n, 1));
        else if (o.pos === 'power') s *= Math.pow(1 + i, -o.posStrength);
        else if (o.pos === 'exp') s *= Math.exp(-i / o.posScale);
        else if (o.pos === 'window') s *= 1 / (1 + Math.pow(i / o.posScale, o.posStrength));
        else if (o.pos === 'hyper') s *= 1 + o.posStrength / (1 + i / (o.posScale ?? 1));
        const first = doc.tokens[i][0]?.lower;
        if (o.dangling && first && dangling.has(first)) s *= o.dangling;
        const text = doc.candidates[i].text.trim();
        if (o.question && /\?["'”’)]*$/u.test(text)) s *= o.question;
        if (o.quote && /^["'“‘]/u.test(text)) s *= o.quote;
        if (o.runon && runOn.test(text)) s *= o.runon;
        if (o.label && label.test(text)) s *= o.label;
        if (o.quoteAny && /["“”]|(?:^|\s)['‘]|['’](?:\s|$)/u.test(text)) s *= o.quoteAny;
        if (o.shortPenalty && words < o.shortWords) s *= o.shortPenalty;
        if (o.longPenalty && words > o.longWords) s *= o.longPenalty;
        return s;
      });
    },
  };
}

/** Lead with quality filters: position order, each sentence demoted when a filter says so. */
export function leadFiltered(o) {
  return {
    name: 'leadf',
    score(doc) {
      return doc.candidates.map((c, i) => {
        let s = 1 / (1 + i);
        const words = doc.tokens[i].length;
        const text = c.text.trim();
        const first = doc.tokens[i][0]?.lower;
        if (o.long && words > o.long) s *= 0.01;
        if (o.short && words < o.short) s *= 0.01;
        if (o.quote && /^["'“‘]/u.test(text)) s *= 0.01;
        if (o.question && /\?["'”’)]*$/u.test(text)) s *= 0.01;
        if (o.dangling && first && dangling.has(first)) s *= 0.01;
        if (o.colon && /^[^.!?]{0,60}:\s/u.test(text)) s *= 0.01;
        if (o.runon && runOn.test(text)) s *= 0.01;
        return s;
      });
    },
  };
}

/** A scorer's scores, with every candidate past the first `k` pushed below all of the first k. */
export function windowed(inner, k, outside = 1e-3) {
  return { name: 'win', score(doc) { return inner.score(doc).map((s, i) => (i < k ? s : s * outside)); } };
}

/** Sentence vectors: distinct terms with weight (tf in sentence × term weight), cosine similarities. */
function vectors(doc, w, o) {
  return doc.terms.map((terms) => {
    const m = new Map();
    for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, c] of m) { const x = (o.binary ? 1 : c) * (w.get(t) ?? 0); m.set(t, x); norm += x * x; }
    norm = Math.sqrt(norm) || 1;
    for (const [t, x] of m) m.set(t, x / norm);
    return m;
  });
}
function cos(a, b) { let s = 0; const [x, y] = a.size < b.size ? [a, b] : [b, a]; for (const [t, v] of x) { const u = y.get(t); if (u) s += v * u; } return s; }

/** PacSum-style directed centrality (Zheng & Lapata 2019), with optional quality factors. */
export function pacsum(o) {
  return {
    name: 'pacsum',
    score(doc) {
      const w = o.idfOnly ? idfWeights(doc) : termWeights(doc, o);
      const v = vectors(doc, w, o);
      const n = v.length;
      const sim = [];
      let lo = Infinity, hi = -Infinity;
      for (let i = 0; i < n; i++) { sim.push(new Float64Array(n)); }
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) { const s = cos(v[i], v[j]); sim[i][j] = sim[j][i] = s; lo = Math.min(lo, s); hi = Math.max(hi, s); }
      const cut = lo + (o.beta ?? 0) * (hi - lo);
      return doc.terms.map((_, i) => {
        let f = 0, b = 0;
        for (let j = 0; j < n; j++) { if (j === i) continue; const e = Math.max(0, sim[i][j] - cut); if (j > i) f += e; else b += e; }
        let s = (o.fw ?? 1) * f + (o.bw ?? 0) * b;
        const text = doc.candidates[i].text.trim();
        if (o.runon && runOn.test(text)) s *= o.runon;
        return s;
      });
    },
  };
}
function idfWeights(doc) {
  const w = new Map();
  for (const s of doc.terms) for (const t of s) if (!w.has(t)) w.set(t, Math.max(0, Math.log(N / ((bg.get(t) ?? 0) + 1))));
  return w;
}

/**
 * Greedy coverage selection: each pick maximises the weight of the terms it adds that the summary
 * does not cover yet (covered terms count `reuse` of their weight), over length^lenExp, times the
 * sentence's prior/quality factor (its score with every content part removed).
 */
export function coverageScorer(o) {
  const inner = makeScorer(o);
  return {
    name: 'cov',
    score: (doc) => inner.score(doc),
    choose(doc, scores, fits) {
      const w = termWeights(doc, o);
      const n = doc.candidates.length;
      // factor: score / raw content part
      const content = doc.terms.map((terms, i) => {
        let sum = 0; for (const t of new Set(terms)) sum += w.get(t) ?? 0;
        const words = doc.tokens[i].length;
        const len = Math.pow(Math.max(o.lenMeasure === 'words' ? words : terms.length, o.minLen ?? 8), o.lenExp ?? 0.5);
        return sum / len;
      });
      const factor = scores.map((s, i) => (content[i] > 0 ? s / content[i] : 0));
      const covered = new Map();
      const chosen = [];
      const taken = new Set();
      const texts = new Set();
      for (;;) {
        let best = -1, bestGain = -Infinity;
        for (let i = 0; i < n; i++) {
          if (taken.has(i) || !fits(chosen, i)) continue;
          let gain = 0;
          for (const t of new Set(doc.terms[i])) { const c = covered.get(t) ?? 0; gain += (w.get(t) ?? 0) * Math.pow(o.reuse ?? 0, c); }
          const words = doc.tokens[i].length;
          const len = Math.pow(Math.max(o.lenMeasure === 'words' ? words : doc.terms[i].length, o.minLen ?? 8), o.lenExp ?? 0.5);
          const g = (gain / len) * factor[i];
          if (g > bestGain) { bestGain = g; best = i; }
        }
        if (best < 0) break;
        const key = doc.candidates[best].text.trim().toLowerCase();
        taken.add(best);
        if (texts.has(key)) continue;
        texts.add(key);
        chosen.push(best);
        for (const t of new Set(doc.terms[best])) covered.set(t, (covered.get(t) ?? 0) + 1);
      }
      return chosen;
    },
  };
}

/**
 * Facility location (Lin & Bilmes 2011 coverage): F(S) = sum_j pi_j max_{i in S} sim(i, j), where
 * pi_j weighs the sentence to be represented by its position; greedy, each gain times quality_i.
 */
export function facility(o) {
  const quality = (doc, i) => {
    const text = doc.candidates[i].text.trim();
    const words = doc.tokens[i].length;
    let q = 1;
    if (o.runon && runOn.test(text)) q *= o.runon;
    if (o.quote && /^["'“‘]/u.test(text)) q *= o.quote;
    if (o.question && /\?["'”’)]*$/u.test(text)) q *= o.question;
    if (o.longPenalty && words > o.longWords) q *= o.longPenalty;
    if (o.shortPenalty && words < o.shortWords) q *= o.shortPenalty;
    const first = doc.tokens[i][0]?.lower;
    if (o.dangling && first && dangling.has(first)) q *= o.dangling;
    return q;
  };
  const pi = (j, n) => (o.pi === 'power' ? Math.pow(1 + j, -o.a) : o.pi === 'exp' ? Math.exp(-j / o.tau) : o.pi === 'linear' ? 1 + o.a * (1 - j / n) : 1);
  function sims(doc) {
    const w = o.idfOnly ? idfWeights(doc) : termWeights(doc, o);
    const v = vectors(doc, w, o);
    const n = v.length;
    const S = [];
    for (let i = 0; i < n; i++) S.push(new Float64Array(n));
    for (let i = 0; i < n; i++) { S[i][i] = v[i].size ? (o.self ?? 1) : 0; for (let j = i + 1; j < n; j++) { const s = Math.pow(cos(v[i], v[j]), o.simPow ?? 1); S[i][j] = S[j][i] = s; } }
    return S;
  }
  return {
    name: 'fl',
    score(doc) {
      const S = sims(doc); const n = S.length;
      return S.map((row, i) => { let s = 0; for (let j = 0; j < n; j++) s += pi(j, n) * row[j]; return s * quality(doc, i) / (o.lenDiv ? Math.pow(Math.max(doc.terms[i].length, 8), o.lenDiv) : 1); });
    },
    choose(doc, scores, fits) {
      const S = sims(doc); const n = S.length;
      const best = new Float64Array(n); // current max sim of each j to the summary
      const chosen = []; const taken = new Set(); const texts = new Set();
      const q = S.map((_, i) => quality(doc, i) / (o.lenDiv ? Math.pow(Math.max(doc.terms[i].length, 8), o.lenDiv) : 1));
      for (;;) {
        let bi = -1, bg = -Infinity;
        for (let i = 0; i < n; i++) {
          if (taken.has(i) || !fits(chosen, i)) continue;
          let g = 0; for (let j = 0; j < n; j++) { const d = S[i][j] - best[j]; if (d > 0) g += pi(j, n) * d; }
          g *= q[i];
          if (g > bg) { bg = g; bi = i; }
        }
        if (bi < 0) break;
        taken.add(bi);
        const key = doc.candidates[bi].text.trim().toLowerCase();
        if (texts.has(key)) continue;
        texts.add(key); chosen.push(bi);
        for (let j = 0; j < n; j++) if (S[bi][j] > best[j]) best[j] = S[bi][j];
      }
      return chosen;
    },
  };
}

/** makeScorer's score times novelty: (1 - max similarity to an earlier sentence)^gamma, optionally with MMR selection. */
export function novelScorer(o) {
  const inner = makeScorer(o);
  const simsOf = (doc) => {
    const w = o.simWeights === 'bg' ? idfWeights(doc) : termWeights(doc, o);
    return vectors(doc, w, o);
  };
  return {
    name: 'novel',
    score(doc) {
      const base = inner.score(doc);
      const v = simsOf(doc);
      return base.map((s, i) => {
        let m = 0;
        for (let j = 0; j < i; j++) m = Math.max(m, cos(v[i], v[j]));
        return s * Math.pow(Math.max(0, 1 - m), o.gamma ?? 1);
      });
    },
    choose: o.mmr === undefined ? undefined : (doc, scores, fits) => {
      const v = simsOf(doc);
      const n = scores.length; const max = Math.max(...scores, 1e-9);
      const chosen = []; const taken = new Set();
      for (;;) {
        let bi = -1, bs = -Infinity;
        for (let i = 0; i < n; i++) {
          if (taken.has(i) || !fits(chosen, i)) continue;
          let m = 0; for (const j of chosen) m = Math.max(m, cos(v[i], v[j]));
          const s = (scores[i] / max) - o.mmr * m;
          if (s > bs) { bs = s; bi = i; }
        }
        if (bi < 0) break;
        taken.add(bi); chosen.push(bi);
      }
      return chosen;
    },
  };
}

/** Earlier sentences inherit the salience of later ones that restate them: s'_i = max(s_i, max_{j>i} sim(i,j)^p s_j) × prior. */
export function inheritScorer(o) {
  const inner = makeScorer({ ...o, pos: 'none' });
  return {
    name: 'inherit',
    score(doc) {
      const sal = inner.score(doc);
      const w = o.simWeights === 'bg' ? idfWeights(doc) : termWeights(doc, o);
      const v = vectors(doc, w, o);
      const n = sal.length;
      return sal.map((s, i) => {
        let best = s;
        for (let j = i + 1; j < n; j++) { const x = Math.pow(cos(v[i], v[j]), o.p ?? 1) * sal[j] * (o.decay ?? 1); if (x > best) best = x; }
        let f = 1;
        if (o.pos === 'linear') f = 1 + o.posStrength * (1 - i / Math.max(n, 1));
        else if (o.pos === 'power') f = Math.pow(1 + i, -o.posStrength);
        return best * f;
      });
    },
    choose: o.mmr === undefined ? undefined : (doc, scores, fits) => {
      const w = o.simWeights === 'bg' ? idfWeights(doc) : termWeights(doc, o);
      const v = vectors(doc, w, o);
      const n = scores.length; const max = Math.max(...scores, 1e-9);
      const chosen = []; const taken = new Set();
      for (;;) {
        let bi = -1, bs = -Infinity;
        for (let i = 0; i < n; i++) {
          if (taken.has(i) || !fits(chosen, i)) continue;
          let m = 0; for (const j of chosen) m = Math.max(m, cos(v[i], v[j]));
          const s = (scores[i] / max) * (1 - o.mmr * m);
          if (s > bs) { bs = s; bi = i; }
        }
        if (bi < 0) break;
        taken.add(bi); chosen.push(bi);
      }
      return chosen;
    },
  };
}

/** First pick by score; later picks by score × (1 - max sim to chosen and (opt) to earlier text)^gamma. */
export function laterNovel(o) {
  const inner = makeScorer(o);
  return {
    name: 'ln',
    score: (doc) => inner.score(doc),
    choose(doc, scores, fits) {
      const w = o.simWeights === 'bg' ? idfWeights(doc) : termWeights(doc, o);
      const v = vectors(doc, w, o);
      const n = scores.length;
      const earlier = scores.map((_, i) => { let m = 0; for (let j = Math.max(0, i - (o.window ?? 1e9)); j < i; j++) m = Math.max(m, cos(v[i], v[j])); return m; });
      const chosen = []; const taken = new Set(); const texts = new Set();
      for (;;) {
        let bi = -1, bs = -Infinity;
        for (let i = 0; i < n; i++) {
          if (taken.has(i) || !fits(chosen, i)) continue;
          let m = 0; for (const j of chosen) m = Math.max(m, cos(v[i], v[j]));
          if (chosen.length > 0 && o.earlier) m = Math.max(m, earlier[i]);
          const s = scores[i] * Math.pow(Math.max(0, 1 - m), o.gamma ?? 1);
          if (s > bs) { bs = s; bi = i; }
        }
        if (bi < 0) break;
        taken.add(bi);
        const key = doc.candidates[bi].text.trim().toLowerCase();
        if (texts.has(key)) continue;
        texts.add(key); chosen.push(bi);
      }
      return chosen;
    },
  };
}
export const vecs = (doc, o = {}) => vectors(doc, idfWeights(doc), o);
export const cosine = cos;

/** Greedy by score, where a sentence next to a chosen one (after it; before it with `before`) counts `boost` times more. */
export function continuation(o) {
  const inner = makeScorer(o);
  return {
    name: 'cont',
    score: (doc) => inner.score(doc),
    choose(doc, scores, fits) {
      const n = scores.length;
      const chosen = []; const taken = new Set(); const texts = new Set(); const terms = [];
      for (;;) {
        let bi = -1, bs = -Infinity;
        for (let i = 0; i < n; i++) {
          if (taken.has(i) || !fits(chosen, i)) continue;
          let s = scores[i];
          if (taken.has(i - 1) || (o.before && taken.has(i + 1))) s *= o.boost;
          if (s > bs) { bs = s; bi = i; }
        }
        if (bi < 0) break;
        taken.add(bi);
        const key = doc.candidates[bi].text.trim().toLowerCase();
        const t = new Set(doc.terms[bi]);
        if (texts.has(key) || terms.some((u) => overlap(t, u) >= 0.7)) continue;
        texts.add(key); chosen.push(bi); terms.push(t);
      }
      return chosen;
    },
  };
}
function overlap(a, b) { if (!a.size || !b.size) return 0; const [s, l] = a.size <= b.size ? [a, b] : [b, a]; let k = 0; for (const x of s) if (l.has(x)) k++; return k / s.size; }

/** Cosine of each sentence to the document's term vector (tf × weight), times prior/quality factors of makeScorer. */
export function centroidCos(o) {
  const prior = makeScorer({ ...o, weights: 'tf', lenExp: 0 });
  return {
    name: 'cc',
    score(doc) {
      const w = o.simWeights === 'bg' ? idfWeights(doc) : termWeights(doc, o);
      const v = vectors(doc, w, o);
      const d = new Map();
      for (const s of doc.terms) for (const t of s) d.set(t, (d.get(t) ?? 0) + (w.get(t) ?? 0));
      let norm = 0; for (const x of d.values()) norm += x * x; norm = Math.sqrt(norm) || 1;
      for (const [t, x] of d) d.set(t, x / norm);
      // prior factor: makeScorer with tf weights and lenExp 0 gives sum(distinct tf) × factors; divide out content
      const pf = prior.score(doc).map((s, i) => { let c = 0; for (const t of new Set(doc.terms[i])) c += doc.terms.flat().filter((u) => u === t).length; return c > 0 ? s / c : 0; });
      return v.map((x, i) => Math.pow(cos(x, d), o.cexp ?? 1) * pf[i]);
    },
  };
}

/**
 * Start from the lead (the first k candidates that fit) and improve it by swaps: a chosen sentence is
 * replaced by the candidate with the largest gain given the others, gain(x|T) = score_x × share of
 * x's term weight not covered by T (to the power `nov`).
 */
export function leadSwap(o) {
  const inner = makeScorer(o);
  return {
    name: 'swap',
    score: (doc) => inner.score(doc),
    choose(doc, scores, fits) {
      const w = termWeights(doc, o);
      const n = scores.length;
      const distinct = doc.terms.map((t) => [...new Set(t)]);
      const total = distinct.map((ts) => ts.reduce((a, t) => a + (w.get(t) ?? 0), 0));
      const gain = (x, T) => {
        if (total[x] <= 0) return 0;
        const cov = new Set(); for (const j of T) for (const t of distinct[j]) cov.add(t);
        let u = 0; for (const t of distinct[x]) if (!cov.has(t)) u += w.get(t) ?? 0;
        return scores[x] * Math.pow(u / total[x], o.nov ?? 1);
      };
      let S = [];
      for (let i = 0; i < n; i++) if (fits(S, i)) S.push(i);
      for (let iter = 0; iter < 10; iter++) {
        let changed = false;
        for (let c = 0; c < S.length; c++) {
          const T = S.filter((_, k) => k !== c);
          const inT = new Set(T);
          let best = S[c], bg = gain(S[c], T) * (1 + (o.margin ?? 0));
          for (let x = 0; x < n; x++) { if (inT.has(x) || x === S[c] || !fits(T, x)) continue; const g = gain(x, T); if (g > bg) { bg = g; best = x; } }
          if (best !== S[c]) { S = [...T, best]; changed = true; break; }
        }
        if (!changed) break;
      }
      return S;
    },
  };
}

/** Salience × (1 + lambda × sum_{j>i} sim(i,j)) [forward centrality: content later sentences take up]. */
export function forwardBoost(o) {
  const inner = makeScorer(o);
  return {
    name: 'fwd',
    score(doc) {
      const s = inner.score(doc);
      const v = vectors(doc, idfWeights(doc), o);
      const n = s.length;
      return s.map((x, i) => {
        let f = 0, b = 0;
        for (let j = i + 1; j < n; j++) f += cos(v[i], v[j]);
        for (let j = 0; j < i; j++) b += cos(v[i], v[j]);
        const c = (o.norm ? f / Math.max(1, n - 1) : f) + (o.back ?? 0) * (o.norm ? b / Math.max(1, n - 1) : b);
        return x * Math.pow(1 + Math.max(0, c), o.lambda);
      });
    },
  };
}
