// The reader benchmark's measurements, run in the page (npm run bench:reader). Kept as source text: tsx would wrap
// named functions in a helper the page does not have.

/** Opens a document from the library: the first rows painted, then interactive (a posted task runs within 50 ms). */
export const OPEN_DOCUMENT = `async (id) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  window.location.hash = '#/doc/' + id;
  const giveUp = started + 120000;
  for (;;) {
    const row = document.querySelector('.segment[data-segment-id]');
    if (row && row.getBoundingClientRect().height > 0 && row.getBoundingClientRect().top < innerHeight) break;
    if (performance.now() > giveUp) throw new Error('no row shown');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await frame();
  const firstRows = performance.now() - started;
  for (;;) {
    const posted = performance.now();
    const ran = await new Promise((resolve) => setTimeout(() => resolve(performance.now()), 0));
    if (ran - posted < 50 && document.body.dataset.readerReady === id) break;
    if (performance.now() > giveUp) throw new Error('never interactive');
  }
  return { firstRows, interactive: performance.now() - started };
}`;

/** Scrolls from the top, 100 px a frame, to the bottom or for at most so many frames: the frame deltas' p95. */
export const SCROLL_THROUGH = `async (maxFrames) => {
  window.scrollTo({ top: 0, behavior: 'instant' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const deltas = [];
  let reached = false;
  await new Promise((resolve) => {
    let last = performance.now();
    const step = (now) => {
      deltas.push(now - last);
      last = now;
      const scroller = document.scrollingElement;
      if (scroller.scrollTop + innerHeight >= scroller.scrollHeight - 1) { reached = true; return resolve(); }
      if (deltas.length >= maxFrames) return resolve();
      window.scrollBy({ top: 100, behavior: 'instant' });
      requestAnimationFrame(step);
    };
    requestAnimationFrame((now) => { last = now; window.scrollBy({ top: 100, behavior: 'instant' }); requestAnimationFrame(step); });
  });
  deltas.sort((a, b) => a - b);
  return { p95: deltas[Math.floor(deltas.length * 0.95)] ?? 0, frames: deltas.length, reached };
}`;

/** From the top of the document, a deep link to its last paragraph: until that row is in view and still for two frames. */
export const DEEP_LINK = `async (id, key) => {
  window.scrollTo({ top: 0, behavior: 'instant' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const started = performance.now();
  window.location.hash = '#/doc/' + id + '/' + key;
  let still = 0;
  let previous = null;
  while (still < 2) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const row = document.querySelector('[data-segment-id="' + id + ':' + key + '"]');
    const top = row ? row.getBoundingClientRect().top : null;
    const inView = top !== null && top >= 0 && top < innerHeight;
    still = inView && top === previous ? still + 1 : 0;
    previous = top;
    if (performance.now() - started > 60000) throw new Error('the deep link never settled');
  }
  // The two still frames are the check, not the landing.
  return performance.now() - started - 2 * 16.7;
}`;
