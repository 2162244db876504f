// Turns a bench result into the Markdown tables of docs/performance.md. Only the part between
// the two markers is rewritten on each run; the prose around it (analysis, how to reproduce)
// is kept.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:results:start (written by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:results:end -->';

const n = (x, d = 1) => (Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–');
const int = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const spread = (f, d = 1) => `${n(f.median, d)} <sub>${n(f.p25, d)}–${n(f.p75, d)}</sub>`;
const kb = (f) => `${n(f.median / 1024, 1)} <sub>${n(f.p25 / 1024, 1)}–${n(f.p75 / 1024, 1)}</sub>`;
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const verdict = (r) => (Number.isFinite(r) ? (r <= 1 ? `${n(r, 2)} ✓` : `**${n(r, 2)} ✗**`) : '–');

export function renderReport({ machine: m, results, missing, size, anchorSizes, drag, errors, pageErrors }) {
  const out = [];
  const by = Object.fromEntries(results.map((r) => [r.id, r]));
  out.push(
    `Measured ${m.date} on ${m.cpu}, ${m.cores} cores, ${m.memGB} GB RAM; Chromium ${m.chromium} (headless); Node ${m.node}; ` +
      `commit ${m.commit}${m.dirty ? ` plus ${m.dirty} uncommitted file(s) under src/ (tools in progress)` : ''}. ` +
      `Load average ${n(m.load[0], 1)} at the start, ${n(m.load[1], 1)} at the end. ` +
      `${m.rounds} rounds (mount: the first ${m.mountRounds}, heap: the first ${m.heapRounds}) after one warm-up round, candidates in a shuffled order in each round, a fresh document per sample; ` +
      `mount = ${m.mount} instances. Figures are medians with the interquartile range in small print. The run took ${m.seconds} s.`,
    '',
  );

  // ---- gk-scale against its anchors ----
  const gk = by['gk-scale'];
  const anchors = results.filter((r) => r.anchorOf === 'gk-scale');
  if (gk && anchors.length) {
    const sizeOf = (id) => (id === 'gk-scale' ? size.rows.find((r) => r.name === 'scale')?.first?.gzip : anchorSizes[id]?.gzip);
    out.push('### `<gk-scale>` against Shoelace `<sl-range>` 2.20.1 and Material Web `<md-slider>` 2.5.0', '');
    out.push(
      `| figure | gk-scale | ${anchors.map((a) => a.id).join(' | ')} | ${anchors.map((a) => `gk / ${a.id}`).join(' | ')} |`,
      `|---|--:|${anchors.map(() => '--:').join('|')}|${anchors.map(() => '--:').join('|')}|`,
    );
    const rows = [
      ['first render of one instance, ms elapsed', 'first', spread],
      ['… main-thread CPU, ms', 'firstCpu', spread],
      ['key press (ArrowRight) → updated render, ms elapsed', 'key', (f) => spread(f, 2)],
      ['… main-thread CPU, ms', 'keyCpu', (f) => spread(f, 2)],
      [`mount ${m.mount} instances, ms elapsed`, 'mount', spread],
      ['… main-thread CPU, ms', 'mountCpu', spread],
      ['heap per instance (JS + DOM), KB', 'heap', kb],
    ];
    for (const [label, key, fmt] of rows) {
      out.push(
        `| ${label} | ${fmt(gk.fig[key])} | ${anchors.map((a) => fmt(a.fig[key])).join(' | ')} | ${anchors
          .map((a) => verdict(ratio(gk.fig[key].median, a.fig[key].median)))
          .join(' | ')} |`,
      );
    }
    out.push(
      `| DOM nodes per instance (incl. shadow) | ${int(gk.fig.nodes.median)} | ${anchors.map((a) => int(a.fig.nodes.median)).join(' | ')} | ${anchors
        .map((a) => verdict(ratio(gk.fig.nodes.median, a.fig.nodes.median)))
        .join(' | ')} |`,
    );
    out.push(
      `| size: first load, min + gzip -9 B, Lit excluded | ${int(sizeOf('gk-scale'))} | ${anchors.map((a) => int(sizeOf(a.id))).join(' | ')} | ${anchors
        .map((a) => verdict(ratio(sizeOf('gk-scale'), sizeOf(a.id))))
        .join(' | ')} |`,
      '',
      'Goal: every ratio ≤ 1.00 (✓). The anchors are configured like the scale: 0–10, step 1, value 5, a label; the key press focuses the slider ' +
        'and presses ArrowRight (the anchors step their native `<input type=range>`, the scale handles the key itself). ' +
        'Sizes come from `.ci/size.mjs` in the same run: each one a stub host app (`import` of the entry or of the anchor\'s component module) built by Vite for production, Lit external; first load = entry chunk + its static imports, gzip -9 per file (see Size below).',
      '',
    );
  }

  // ---- every tool ----
  out.push('### Every tool', '');
  out.push(
    `| tool | first render, ms | key press → render, ms | mount ${m.mount}, ms | heap per instance, KB | DOM nodes per instance |`,
    '|---|--:|--:|--:|--:|--:|',
  );
  const pair = (r, k, d = 1) => `${n(r.fig[k].median, d)} · ${n(r.fig[`${k}Cpu`].median, d)}`;
  for (const r of results.filter((x) => !x.anchorOf)) {
    if (r.error && !r.fig.first.n) {
      out.push(`| \`<${r.tag}>\` | failed: ${r.error} | | | | |`);
      continue;
    }
    out.push(`| \`<${r.tag}>\` | ${pair(r, 'first')} | ${pair(r, 'key', 2)} | ${pair(r, 'mount')} | ${n(r.fig.heap.median / 1024)} | ${int(r.fig.nodes.median)} |`);
  }
  for (const x of missing.filter((x) => !x.anchor)) out.push(`| \`<${x.tag}>\` | not measured: ${x.why} | | | | |`);
  out.push('', 'Each timing cell: elapsed work · main-thread CPU (medians, ms).', '');
  const keyNotes = results.filter((r) => !r.anchorOf && r.keyNote).map((r) => `\`<${r.tag}>\`: ${r.keyNote}`);
  if (keyNotes.length) out.push(`The key press, per tool: ${keyNotes.join('; ')}.`, '');

  // ---- drag ----
  out.push('### `<gk-network-circle>`: frame times during a pointer drag', '');
  if (!drag) out.push('Not measured in this run.', '');
  else if (drag.missing) out.push(`Not measured: \`<${drag.tag}>\` does not exist yet.`, '');
  else if (drag.error) out.push(`Failed: ${drag.error}`, '');
  else {
    out.push(
      `| figure | p50 | p95 | max | goal |`,
      '|---|--:|--:|--:|--:|',
      `| main-thread work per frame with a pointer move (first pointermove handler → after that frame's paint), ms | ${n(drag.work.p50)} | ${n(drag.work.p95)} | ${n(drag.work.max)} | p95 ≤ 16 ${drag.work.p95 <= 16 ? '✓' : '✗'} |`,
      `| frame interval (rAF to rAF; the screen runs at 60 Hz = 16.7 ms), ms | ${n(drag.interval.p50)} | ${n(drag.interval.p95)} | ${n(drag.interval.max)} | |`,
      `| drop → circle re-rendered with the person in the new ring, ms elapsed | ${n(drag.drop.median)} | | ${n(drag.drop.max)} | |`,
      '',
      `${drag.people} people in 3 rings with sectors, circle at its full size (720 units); ${drag.tokens} of them are drawn as tokens, the other ${drag.people - drag.tokens} do not fit and are in the list view (the tool says so). ` +
        `${drag.drags} drags (after one warm-up drag) of ${drag.steps} pointer moves each with the playwright mouse (down on a token, move to the outer or inner ring, up); ` +
        `${drag.frames} frames had a move; ${drag.dropped} of ${drag.intervals} frame intervals were longer than 25 ms (a dropped frame).`,
      '',
    );
  }

  // ---- size ----
  out.push(renderSize(size));

  const errs = Object.entries(errors ?? {});
  if (errs.length || pageErrors?.length) {
    out.push('### Problems in this run', '');
    for (const [id, e] of errs) out.push(`- ${id}: ${e}`);
    for (const e of pageErrors ?? []) out.push(`- page error: ${e}`);
    out.push('');
  }
  return out.join('\n');
}

/** The size table, from `node .ci/size.mjs --json` (also used to write docs/performance.md by hand). */
export function renderSize(size) {
  const out = ['### Size (from `node .ci/size.mjs --json`)', ''];
  if (size.error) return [...out, `Not available in this run: ${size.error}.`, ''].join('\n');
  const below = size.rules?.belowAnchor ?? { row: 'scale', anchor: 'sl-range' };
  out.push(`| name | first load, B gzip | all, B gzip | ceiling, B | status | ÷ ${below.anchor} |`, '|---|--:|--:|--:|---|--:|');
  for (const r of size.rows) {
    const name = r.kind === 'anchor' ? `${r.name} ${r.version ?? ''} (anchor)` : r.kind === 'library' ? `**${r.name}** (every tool)` : r.name;
    const rule = size.rules?.wholeLibraryUnder;
    const ceiling = r.kind === 'anchor' ? '' : r.kind === 'library' && r.max >= rule ? `< ${int(rule)}` : int(r.max);
    const ratio = Number.isFinite(r.ratio) ? `**${n(r.ratio, 2)}**` : '';
    const status = r.name === below.row && r.status === 'ok' ? `ok, below ${below.anchor}` : r.status;
    out.push(`| ${name} | ${int(r.first?.gzip)} | ${int(r.all?.gzip)} | ${ceiling} | ${status} | ${ratio} |`);
  }
  out.push(
    '',
    `Measured ${size.measured?.slice(0, 16).replace('T', ' ')} UTC with Vite ${size.vite}. B = min + gzip -9 of each file, summed; Lit external. ` +
      'First load: the entry chunk and every chunk it imports statically; all: plus every chunk it can reach through import() (other languages, themes, drawings, editors). ' +
      `÷ ${below.anchor}: ${below.row}'s first load over ${below.anchor}'s (must be < 1)` +
      Object.entries(size.rows.find((r) => r.name === below.row)?.ratios ?? {})
        .filter(([a]) => a !== below.anchor)
        .map(([a, x]) => `; over ${a}'s: ${n(x, 2)}`)
        .join('') +
      '.',
    '',
  );
  return out.join('\n');
}

const SKELETON = `# Performance

Measured speed, memory and size of every gruppekit tool, and of \`<gk-scale>\` side by side with
Shoelace's \`<sl-range>\` and Material Web's \`<md-slider>\`. The tables are rewritten by
\`npm run bench\`; the text around them is kept.

## Latest results

${START}
${END}
`;

export function writeDoc(path, md) {
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : SKELETON;
  if (!doc.includes(START) || !doc.includes(END)) doc = SKELETON + '\n' + doc;
  const a = doc.indexOf(START) + START.length;
  const b = doc.indexOf(END);
  writeFileSync(path, doc.slice(0, a) + '\n\n' + md.trim() + '\n\n' + doc.slice(b));
}
