/**
 * A human-readable API page that works offline: it fetches `/api/openapi.json` and lists every
 * operation with its parameters, body and responses. No external scripts or fonts.
 */
export const API_DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Strata API</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #fafafa; }
  main { max-inline-size: 60rem; margin-inline: auto; padding: 1.5rem; }
  h1 { margin-block-end: 0.2rem; }
  .op { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; margin-block: 0.6rem; padding: 0.6rem 0.9rem; }
  .m { display: inline-block; min-inline-size: 4.5rem; font-weight: 700; font-family: ui-monospace, monospace; }
  .get { color: #0b5394; } .post { color: #1e7b34; } .put, .patch { color: #8a5300; } .delete { color: #a4161a; }
  code, pre { font-family: ui-monospace, monospace; font-size: 13px; }
  pre { background: #f3f4f6; padding: 0.5rem; overflow: auto; max-block-size: 20rem; }
  summary { cursor: pointer; }
  h2 { border-block-end: 1px solid #d0d7de; margin-block-start: 2rem; }
</style>
</head>
<body><main>
<h1>Strata API</h1>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are
<a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a> problem details. Writes need a session cookie and the
<code>x-csrf-token</code> header.</p>
<div id="ops" aria-live="polite">Loading…</div>
</main>
<script>
fetch('/api/openapi.json').then(r => r.json()).then(doc => {
  const byTag = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const tag = (op.tags && op.tags[0]) || 'Other';
      (byTag[tag] = byTag[tag] || []).push({ path, method, op });
    }
  }
  const esc = s => String(s).replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
  const out = [];
  for (const tag of Object.keys(byTag).sort()) {
    out.push('<h2>' + esc(tag) + '</h2>');
    for (const { path, method, op } of byTag[tag]) {
      const params = (op.parameters || []).map(p => '<li><code>' + esc(p.name) + '</code> (' + esc(p.in) + (p.required ? ', required' : '') + ')</li>').join('');
      const body = op.requestBody ? '<details><summary>Request body</summary><pre>' + esc(JSON.stringify(op.requestBody.content, null, 2)) + '</pre></details>' : '';
      const responses = Object.entries(op.responses || {}).map(([s, r]) => '<li><code>' + esc(s) + '</code> ' + esc(r.description || '') + '</li>').join('');
      out.push('<section class="op"><div><span class="m ' + method + '">' + method.toUpperCase() + '</span> <code>' + esc(path) + '</code></div><p>' + esc(op.summary || '') + '</p>' +
        (params ? '<details><summary>Parameters</summary><ul>' + params + '</ul></details>' : '') + body +
        '<details><summary>Responses</summary><ul>' + responses + '</ul></details></section>');
    }
  }
  document.getElementById('ops').innerHTML = out.join('');
}).catch(e => { document.getElementById('ops').textContent = 'Could not load the API description: ' + e; });
</script>
</body></html>`;
