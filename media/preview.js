// @ts-check
/**
 * The preview's one script (loaded with the page's nonce): reports clicks on measures, findings and
 * the language switch to the extension, and scrolls to the element of the editor's top line.
 * Messages: PreviewToHost and HostToPreview in server/src/protocol.ts.
 */
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const button = target.closest('button[data-lang]');
    if (button) {
      vscode.postMessage({ type: 'lang', lang: button.getAttribute('data-lang') });
      return;
    }
    const template = target.closest('button[data-template]');
    if (template) {
      vscode.postMessage({ type: 'template', template: template.getAttribute('data-template') });
      return;
    }
    if (target.closest('a, summary')) return; // links and the findings' toggle keep their own meaning
    const located = target.closest('[data-line]');
    if (located) vscode.postMessage({ type: 'reveal', line: Number(located.getAttribute('data-line')) });
  });

  /** The last element (in source order) that starts at or before `line`. */
  function elementAt(line) {
    let best = null;
    for (const el of document.querySelectorAll('main [data-line]')) {
      if (Number(el.getAttribute('data-line')) > line) break;
      best = el;
    }
    return best;
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'scroll' || typeof message.line !== 'number') return;
    const el = elementAt(message.line);
    for (const current of document.querySelectorAll('.measure.current')) current.classList.remove('current');
    if (!el) {
      window.scrollTo(0, 0);
      return;
    }
    el.scrollIntoView({ block: 'start' });
    if (el.classList.contains('measure')) el.classList.add('current');
  });

  vscode.postMessage({ type: 'ready' });
})();
