// Frame times during a real pointer drag on <gk-network-circle> with DRAG.people people: the
// playwright mouse presses a token, moves in DRAG.steps steps to another ring and lets go.
// Each drag goes out to the outer ring or back in to the inner one; one warm-up drag first.
//
// Two figures, because headless Chromium paints at a fixed 60 Hz:
//   work      for every frame in which a pointermove was handled: main-thread time from the
//             first pointermove handler to the first task after that frame's paint (event
//             handling + rAF + style + layout + paint). ≤ 16 ms means the drag can keep up
//             with a 60 Hz screen. The goal is p95 ≤ 16 ms.
//   interval  time between consecutive requestAnimationFrame timestamps (16.7 ms when every
//             frame is made in time; 33.3 ms when one is dropped).
// And the drop: from pointerup reaching the page until the circle is re-rendered with the
// person in the new place.
export async function dragFrames({ page, url, tool, spec, log, quantile, median }) {
  await page.setViewportSize({ width: 1280, height: 1400 }); // the whole circle on screen
  await page.goto(url);
  await page.waitForFunction(() => window.bench);
  await page.evaluate((id) => bench.load(id), tool.id);
  const { tokens } = await page.evaluate(() => bench.dragSetup());
  if (!tokens) throw new Error(`none of ${spec.people} people was drawn as a token`);
  const works = [];
  const intervals = [];
  const drops = [];
  let moves = 0;
  for (let d = 0; d <= spec.drags; d++) {
    const warm = d === 0;
    const path = await page.evaluate((out) => bench.dragPath('n0', out), d % 2 === 0);
    await page.mouse.move(path.from.x, path.from.y);
    await page.mouse.down();
    await page.evaluate(() => bench.recordStart());
    await page.mouse.move(path.to.x, path.to.y, { steps: spec.steps });
    const rec = await page.evaluate(() => bench.recordStop());
    await page.evaluate(() => bench.dropArm());
    await page.mouse.up();
    const drop = await page.evaluate(() => bench.dropResult());
    if (!drop.changed) throw new Error(`drag ${d}: the person did not move (ring ${path.ring})`);
    if (warm) continue;
    works.push(...rec.works);
    intervals.push(...rec.intervals);
    drops.push(drop.ms);
    moves += rec.moves;
  }
  const stat = (xs) => ({ p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs), n: xs.length });
  log(`drag: ${works.length} frames with moves, ${moves} pointermoves`);
  return {
    id: spec.id,
    tag: spec.tag,
    people: spec.people,
    tokens,
    drags: spec.drags,
    steps: spec.steps,
    frames: works.length,
    moves,
    work: stat(works),
    interval: stat(intervals),
    intervals: intervals.length,
    dropped: intervals.filter((x) => x > 25).length,
    drop: { median: median(drops), max: Math.max(...drops), n: drops.length },
  };
}
