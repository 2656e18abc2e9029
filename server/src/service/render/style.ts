/**
 * The page's CSS, inline in every page (an exported file must stand alone). The page uses custom
 * properties for its colours so that the preview can map them onto the VS Code theme, and prints
 * cleanly: no toolbar, no findings, no broken rows.
 */
export const pageCss = `
:root {
  --bg: #ffffff; --fg: #1d2630; --muted: #5b6673; --line: #d9dee4; --surface: #f4f6f8;
  --accent: #0b4f8a; --link: #0b5cad;
  --c: #1f5fa8; --i: #22794f; --a: #9a5b00; --gap-bg: #fdecea; --gap-fg: #a4271b;
  --planned: #8a5a00; --planned-bg: #fff4de; --partial: #5b4aa8; --partial-bg: #efecfb;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { background: var(--bg); font-size: 15px; }
body {
  margin: 0 auto; max-width: 60rem; padding: 2.5rem 2rem 3rem; color: var(--fg); background: var(--bg);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: break-word;
}
a { color: var(--link); }
h1 { font-size: 2rem; line-height: 1.2; margin: .2rem 0 1rem; color: var(--accent); }
h2 { font-size: 1.3rem; margin: 2.4rem 0 .8rem; padding-bottom: .35rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
h2 .number { color: var(--muted); font-weight: 600; margin-right: .15rem; }
h2 .reference { font-size: .75rem; font-weight: normal; color: var(--muted); margin-left: .5rem; white-space: nowrap; }
.masthead { border-bottom: 1px solid var(--line); padding-bottom: 1.2rem; }
.organization { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; font-weight: 600; color: var(--muted); }
.facts { display: flex; flex-wrap: wrap; gap: .4rem 2rem; margin: 0 0 1rem; }
.facts div { display: flex; gap: .4rem; }
.facts dt { color: var(--muted); }
.facts dt::after { content: ":"; }
.facts dd { margin: 0; font-weight: 600; }
.summary { font-size: 1.05rem; margin: .6rem 0; }
.references { color: var(--muted); font-size: .9rem; margin: .4rem 0 0; }
.url { color: var(--muted); font-size: .85em; }
.intro { display: grid; grid-template-columns: minmax(12rem, 1fr) 2fr; gap: 1.5rem; margin: 1.5rem 0 0; }
.legend { align-self: start; }
.legend, .contents { background: var(--surface); border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; font-size: .9rem; }
.legend ul { list-style: none; margin: .4rem 0 0; padding: 0; }
.legend li { margin: .25rem 0; }
.contents ol { margin: .4rem 0 0; padding-left: 0; list-style: none; columns: 2 16rem; column-gap: 1.5rem; }
.contents li { break-inside: avoid; margin: .15rem 0; }
.contents a { color: var(--fg); text-decoration: none; }
.contents a:hover { color: var(--link); text-decoration: underline; }
.contents .appendix { color: var(--muted); }
.measures { list-style: none; margin: 0; padding: 0; }
.measure { padding: .6rem .2rem .6rem 0; border-bottom: 1px solid var(--line); break-inside: avoid; }
.measure:last-child { border-bottom: none; }
.measure-head { display: flex; gap: .8rem; align-items: baseline; }
.measure-id { flex: none; min-width: 4.2rem; font: 600 .8rem/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
.measure-title { flex: 1; min-width: 0; font-weight: 500; }
.badges { flex: none; display: flex; gap: .2rem; }
.measure-description, .measure-facts { margin: .25rem 0 0 5rem; }
.measure-description { color: var(--fg); font-size: .93rem; }
.measure-facts { display: flex; flex-wrap: wrap; gap: .3rem .9rem; font-size: .8rem; color: var(--muted); }
.measure-facts:empty { display: none; }
.status { font-weight: 600; padding: 0 .4rem; border-radius: 3px; }
.status-planned { color: var(--planned); background: var(--planned-bg); }
.status-partial { color: var(--partial); background: var(--partial-bg); }
.status-not-applicable { color: var(--muted); background: var(--surface); }
abbr.cia { display: inline-block; width: 1.45rem; text-align: center; border-radius: 3px; color: #fff; font-size: .75rem; font-weight: 700; line-height: 1.45rem; text-decoration: none; cursor: help; }
.cia-c { background: var(--c); } .cia-i { background: var(--i); } .cia-a { background: var(--a); }
.fallback { font-style: italic; }
.fallback-tag { display: inline-block; font-size: .65rem; font-weight: 700; font-style: normal; letter-spacing: .04em; padding: 0 .3rem; border: 1px dashed var(--muted); border-radius: 3px; color: var(--muted); vertical-align: .1em; }
.empty, .note { color: var(--muted); font-size: .9rem; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: .9rem; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--surface); border-bottom: 2px solid var(--line); font-size: .85rem; }
table.subprocessors th:nth-child(1) { width: 17%; } table.subprocessors th:nth-child(4) { width: 16%; } table.subprocessors th:nth-child(5) { width: 25%; }
table.coverage td, table.coverage thead th:not(:first-child) { text-align: center; width: 5.5rem; }
table.coverage tbody th { font-weight: normal; }
table.coverage td.expected { font-weight: 700; }
table.coverage td.gap { background: var(--gap-bg); color: var(--gap-fg); font-weight: 700; }
.gap-tag { font-size: .7rem; text-transform: uppercase; letter-spacing: .05em; }
.zero { color: var(--muted); }
tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--line); border-bottom: none; }
tr { break-inside: avoid; }
.certifications, .commitments { padding-left: 1.2rem; }
.certifications li, .commitments li { margin: .3rem 0; }
.details { color: var(--muted); font-size: .9rem; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .8rem; display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; }
footer p { margin: 0; }
@media (max-width: 40rem) {
  body { padding: 1.2rem 1rem; }
  .intro { grid-template-columns: 1fr; }
  .measure-description, .measure-facts { margin-left: 0; }
}
@media print {
  @page { margin: 18mm 16mm; }
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  .contents { display: none; }
  .intro { grid-template-columns: 1fr; }
  abbr.cia, .status, table.coverage td.gap, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The preview on top of the page: the editor theme's colours and fonts, a toolbar, the findings. */
export const previewCss = `
:root {
  --bg: var(--vscode-editor-background, #fff); --fg: var(--vscode-editor-foreground, #1d2630);
  --muted: var(--vscode-descriptionForeground, #5b6673); --line: var(--vscode-panel-border, #d9dee4);
  --surface: var(--vscode-textBlockQuote-background, #f4f6f8); --accent: var(--vscode-textLink-foreground, #0b4f8a);
  --link: var(--vscode-textLink-foreground, #0b5cad);
  --gap-bg: var(--vscode-inputValidation-errorBackground, #fdecea); --gap-fg: var(--vscode-errorForeground, #a4271b);
  --planned: var(--vscode-editorWarning-foreground, #8a5a00); --planned-bg: transparent;
  --partial: var(--vscode-textLink-foreground, #5b4aa8); --partial-bg: transparent;
  color-scheme: light dark;
}
html { font-size: var(--vscode-font-size, 14px); }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); padding-top: 1rem; }
.status-planned, .status-partial { border: 1px solid currentColor; }
.toolbar { position: sticky; top: 0; z-index: 1; display: flex; gap: .4rem; align-items: center; justify-content: flex-end; padding: .4rem 0; background: var(--bg); font-size: .85rem; color: var(--muted); }
.toolbar button { font: inherit; color: var(--vscode-button-secondaryForeground, inherit); background: var(--vscode-button-secondaryBackground, transparent); border: 1px solid var(--line); border-radius: 3px; padding: .15rem .6rem; cursor: pointer; }
.toolbar button[aria-pressed="true"] { color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0b5cad); border-color: transparent; }
.findings { border: 1px solid var(--line); border-left: 4px solid var(--vscode-editorWarning-foreground, #b58900); border-radius: 4px; padding: .5rem .8rem; margin-bottom: 1.2rem; font-size: .85rem; }
.findings.clean { border-left-color: var(--vscode-testing-iconPassed, #22794f); }
.findings summary { cursor: pointer; }
.findings ul { list-style: none; margin: .4rem 0 0; padding: 0; max-height: 14rem; overflow: auto; }
.finding { padding: .15rem 0; cursor: pointer; }
.finding:hover, .measure:hover { background: var(--vscode-list-hoverBackground, rgba(128,128,128,.1)); }
.finding .where { color: var(--muted); min-width: 4.5rem; display: inline-block; }
.count { margin-left: .5rem; font-weight: 600; }
.sev-error .where, .count.sev-error { color: var(--vscode-errorForeground, #a4271b); }
.sev-warning .where, .count.sev-warning { color: var(--vscode-editorWarning-foreground, #8a5a00); }
.measure { cursor: pointer; }
[data-line] { scroll-margin-top: 2.6rem; }
.measure.current { outline: 1px solid var(--vscode-focusBorder, #0b5cad); outline-offset: 2px; }
`;
