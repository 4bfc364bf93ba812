// The import benchmark's run in the page (npm run bench:import). Kept as source text: tsx would wrap named
// functions in a helper the page does not have.

/**
 * Imports the pair in the page's file input through the contract's HTTP calls as the import dialog makes them
 * (prepareImport as it opens, unless cold; files read as base64, bodies over 1 MB sent as Blobs as
 * renderer/api/httpApi.ts sends them, poll every 250 ms, commit when ready), watching
 * Chromium's long tasks meanwhile, then searches for the probe in the new document. Timed from reading the files.
 */
export const IMPORT_IN_PAGE = `async (probe, prepared) => {
  const token = sessionStorage.getItem('duizhao.launchToken') || '';
  const call = async (name, args) => {
    const json = JSON.stringify(args);
    const response = await fetch('/api/' + name, { method: 'POST', headers: { 'Content-Type': 'application/json', 'x-duizhao-token': token }, body: json.length > (1 << 20) ? new Blob([json], { type: 'application/json' }) : json });
    const result = await response.json();
    if (!result.ok) throw new Error(name + ': ' + result.error.code + ' ' + result.error.message);
    return result.value;
  };
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) tasks.push(entry.duration); });
  observer.observe({ type: 'longtask' });
  if (prepared) {
    // The dialog opened: the worker starts while the user picks files (two seconds here).
    await call('prepareImport', {});
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  const started = performance.now();
  try {
    const base64 = (file) => new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    const files = [];
    for (const file of document.getElementById('bench-files').files) files.push({ name: file.name, data: await base64(file) });
    const { jobId } = await call('startImport', { shape: 'pair', files });
    let last = null;
    let lastChange = performance.now();
    let longestGap = 0;
    let gapAfter = '';
    let reports = 0;
    let status;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = await call('getImportJob', { jobId });
      const now = performance.now();
      const seen = status.phase + ':' + status.done + '/' + status.total;
      if (seen !== last) {
        if (now - lastChange > longestGap) { longestGap = now - lastChange; gapAfter = last || 'the start'; }
        lastChange = now; last = seen; reports++;
      }
      if (status.state !== 'running') break;
    }
    if (status.state !== 'ready') throw new Error('the job ended ' + status.state + ': ' + JSON.stringify(status.error));
    const ready = performance.now();
    const metadata = {
      title: { zh: status.preview.suggestedTitle.zh || '基准导入', en: status.preview.suggestedTitle.en || 'Benchmark import' },
      issuer: { zh: null, en: null }, documentNumber: { zh: null, en: null }, issuedOn: null, publishedOn: null,
      type: 'notice', sourceUrl: null, origin: { zh: 'published', en: 'reference-translation' },
    };
    const { documentId } = await call('commitImport', { jobId, metadata });
    const committed = performance.now();
    const results = await call('search', { query: '"' + probe + '"', documentIds: [documentId] });
    const found = results.hits.some((hit) => hit.segmentId.startsWith(documentId + ':'));
    const searchable = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    return {
      ok: found, note: found ? 'last paragraph found' : 'last paragraph NOT found',
      searchableMs: searchable - started, readyMs: ready - started, commitMs: committed - ready,
      longestProgressGapMs: longestGap, gapAfter, progressReports: reports,
      longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length,
      pages: status.preview.files.map((f) => f.pages),
    };
  } catch (error) {
    observer.disconnect();
    return { ok: false, note: String(error).slice(0, 160), searchableMs: NaN, readyMs: NaN, commitMs: NaN, longestProgressGapMs: NaN, gapAfter: '', progressReports: 0, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, pages: [] };
  }
}`;
