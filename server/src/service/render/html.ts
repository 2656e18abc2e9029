/**
 * The page view → one standalone HTML page: inline CSS, no external resource, no script in exports.
 * In the preview the page also gets the theme's colours, a language switch, the findings and one
 * nonce'd script (the only script the Content-Security-Policy allows). Every document text passes
 * through `escapeHtml`; only http(s) URLs become links.
 */
import { ciaOrder, type Cia } from '../catalogue/controlTypes';
import { escapeHtml as e, safeUrl } from './escape';
import { formatDate, languageName } from './i18n';
import { paragraphsOf, type CertificationView, type FindingView, type Localised, type MeasureView, type PageView, type SectionView, type SubprocessorView } from './model';
import { renderTemplates } from './model';
import { pageCss, previewCss } from './style';

/** What the preview needs beyond the page: set only by the host that shows it in a webview. */
export interface PreviewFrame {
  /** Fresh for every render (crypto-random, from the host: the service has no randomness of its own). */
  nonce: string;
  /** The webview's own origin for resources (`webview.cspSource`). */
  cspSource: string;
  /** The preview script's webview URI. */
  scriptUri: string;
}

/** Findings listed in the preview; the rest are counted. */
const maxListedFindings = 30;

/** A localised text, with a visible marker where the chosen language is missing. */
function text(page: PageView, l: Localised | undefined): string {
  if (!l) return '';
  if (!l.from) return e(l.text);
  const tip = page.labels.fallback(languageName(l.from, page.ui), languageName(page.lang, page.ui));
  return `<span class="fallback" lang="${e(l.from)}" title="${e(tip)}">${e(l.text)}</span> <span class="fallback-tag" title="${e(tip)}">${e(l.from.toUpperCase())}</span>`;
}

/** A description keeps its paragraphs (a blank line between them in the source): one `<p>` each. */
const paragraphs = (page: PageView, l: Localised | undefined, cls: string): string =>
  l ? paragraphsOf(l.text).map((p) => `<p class="${cls}">${text(page, { ...l, text: p })}</p>`).join('\n') : '';

const badge = (page: PageView, t: Cia) => `<abbr class="cia cia-${t.toLowerCase()}" title="${e(page.labels.cia[t])}">${t}</abbr>`;

function link(label: string, url: string): string {
  const safe = safeUrl(url);
  return safe ? `<a href="${e(safe)}" rel="noopener noreferrer">${label}</a>` : `${label} <span class="url">(${e(url)})</span>`;
}

function header(page: PageView): string {
  const l = page.labels;
  const role = page.role ? l.roles[page.role] ?? page.role : undefined;
  const facts = [
    page.lastUpdated && `<div><dt>${l.lastUpdated}</dt><dd><time datetime="${e(page.lastUpdated)}">${e(formatDate(page.lastUpdated, page.ui))}</time></dd></div>`,
    page.version && `<div><dt>${l.version}</dt><dd>${e(page.version)}</dd></div>`,
    role && `<div><dt>${l.role}</dt><dd>${e(role)}</dd></div>`,
  ].filter(Boolean).join('');
  const refs = page.references.length
    ? `<p class="references">${l.references}: ${page.references.map((r) => link(text(page, r.title), r.url)).join(' · ')}</p>`
    : '';
  return `<header class="masthead">
<p class="organization">${e(page.organization)}</p>
<h1>${text(page, page.title)}</h1>
<dl class="facts">${facts}</dl>
${page.summary ? `<p class="summary">${text(page, page.summary)}</p>` : ''}
${refs}
</header>`;
}

function legend(page: PageView): string {
  const l = page.labels;
  const cia = ciaOrder.map((t) => `<li>${badge(page, t)} ${e(l.cia[t])}</li>`).join('');
  return `<aside class="legend" aria-label="${l.legendTitle}"><strong>${l.legendTitle}</strong><ul>${cia}</ul></aside>`;
}

function contents(page: PageView, extra: [string, string][]): string {
  const entries = [
    ...page.sections.map((s) => `<li><a href="#${anchor(s)}">${s.number}. ${text(page, s.title)}</a></li>`),
    ...extra.map(([id, title]) => `<li class="appendix"><a href="#${id}">${title}</a></li>`),
  ];
  return `<nav class="contents" aria-label="${page.labels.contents}"><strong>${page.labels.contents}</strong><ol>${entries.join('')}</ol></nav>`;
}

const anchor = (s: SectionView) => `section-${s.number}`;
const lineAttr = (preview: boolean, line: number) => (preview ? ` data-line="${line}"` : '');

function measure(page: PageView, m: MeasureView, preview: boolean): string {
  const l = page.labels;
  const status = m.status === 'implemented' ? '' :
    `<span class="status status-${e(m.status)}">${e(l.statuses[m.status] ?? m.status)}${m.due ? `, ${l.due} <time datetime="${e(m.due)}">${e(formatDate(m.due, page.ui))}</time>` : ''}</span>`;
  const kind = m.kind ? `<span class="kind">${e(l.kinds[m.kind] ?? m.kind)}</span>` : '';
  const scopes = m.scopes.length ? `<span class="scope">${l.scope}: ${m.scopes.map((s) => text(page, s)).join(', ')}</span>` : '';
  return `<li class="measure"${lineAttr(preview, m.line)}${m.id ? ` id="measure-${e(m.id)}"` : ''}>
<div class="measure-head"><span class="measure-id">${e(m.id)}</span><span class="measure-title">${text(page, m.title)}</span><span class="badges">${m.cia.map((t) => badge(page, t)).join('')}</span></div>
${paragraphs(page, m.description, 'measure-description')}
<p class="measure-facts">${[kind, status, scopes].filter(Boolean).join('')}</p>
</li>`;
}

function section(page: PageView, s: SectionView, preview: boolean): string {
  const body = s.measures.length
    ? `<ol class="measures">${s.measures.map((m) => measure(page, m, preview)).join('\n')}</ol>`
    : `<p class="empty">${page.template === 'scc-annex-ii' ? page.labels.annexNoMeasures : page.labels.noMeasures}</p>`;
  return `<section class="control" id="${anchor(s)}"${lineAttr(preview, s.line)}>
<h2><span class="number">${s.number}.</span> ${text(page, s.title)}${s.reference ? ` <small class="reference">${e(s.reference)}</small>` : ''}</h2>
${paragraphs(page, s.description, 'section-description')}
${body}
</section>`;
}

function coverage(page: PageView): string {
  const l = page.labels;
  const cell = (count: number, tag: Cia, expected: Cia[], gaps: Cia[]) => {
    if (gaps.includes(tag)) return `<td class="gap" title="${e(`${l.cia[tag]}: ${l.gap}`)}">0 <span class="gap-tag">${l.gap}</span></td>`;
    const cls = expected.includes(tag) ? ' class="expected"' : '';
    return `<td${cls}>${count === 0 ? `<span class="zero">${l.none}</span>` : count}</td>`;
  };
  const rows = page.coverage.map((r, i) =>
    `<tr><th scope="row">${i + 1}. ${text(page, r.title)}</th>${ciaOrder.map((t) => cell(r.counts[t], t, r.expected, r.gaps)).join('')}</tr>`);
  const total = (t: Cia) => page.coverage.reduce((n, r) => n + r.counts[t], 0);
  return `<section class="appendix" id="coverage">
<h2>${l.coverageTitle}</h2>
<p class="note">${l.coverageIntro}</p>
<table class="coverage">
<thead><tr><th scope="col">${l.controlType}</th>${ciaOrder.map((t) => `<th scope="col">${badge(page, t)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody>
<tfoot><tr><th scope="row">${l.total}</th><td>${total('C')}</td><td>${total('I')}</td><td>${total('A')}</td></tr></tfoot>
</table>
</section>`;
}

function subprocessors(page: PageView, list: SubprocessorView[]): string {
  const l = page.labels;
  const rows = list.map((s) => `<tr>
<th scope="row">${e(s.name)}</th>
<td>${text(page, s.purpose)}${s.dataCategories.length ? `<br><small>${l.dataCategories}: ${e(s.dataCategories.join(', '))}</small>` : ''}</td>
<td>${text(page, s.service)}</td>
<td>${s.locations.map((c) => `<span class="location" title="${e(c.code)}">${e(c.name)}</span>`).join(', ')}</td>
<td>${s.mechanisms.length ? s.mechanisms.map((m) => `${m.location ? `${e(m.location)}: ` : ''}${e(l.mechanisms[m.mechanism] ?? m.mechanism)}`).join(', ') : l.none}</td>
</tr>`);
  return `<section class="appendix" id="subprocessors">
<h2>${l.subprocessorsTitle}</h2>
<table class="subprocessors">
<thead><tr><th scope="col">${l.subprocessor}</th><th scope="col">${l.purpose}</th><th scope="col">${l.service}</th><th scope="col">${l.locations}</th><th scope="col">${l.transferMechanism}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>
</section>`;
}

function certifications(page: PageView, list: CertificationView[]): string {
  const l = page.labels;
  const items = list.map((c) => {
    const details = [
      c.holder !== page.organization ? `${l.holder}: ${e(c.holder)}` : '',
      c.validUntil ? `${l.validUntil} <time datetime="${e(c.validUntil)}">${e(formatDate(c.validUntil, page.ui))}</time>` : '',
      c.scope ? text(page, c.scope) : '',
    ].filter(Boolean);
    return `<li><strong>${e(c.name)}</strong>${details.length ? ` <span class="details">${details.join(' · ')}</span>` : ''}</li>`;
  });
  return `<section class="appendix" id="certifications"><h2>${l.certificationsTitle}</h2><ul class="certifications">${items.join('')}</ul></section>`;
}

function commitments(page: PageView): string {
  return `<section class="appendix" id="commitments"><h2>${page.labels.commitmentsTitle}</h2><ul class="commitments">${page.commitments.map((c) => `<li>${e(c)}</li>`).join('')}</ul></section>`;
}

/** The preview's summary of the current findings (never exported: a published page shows no lint). */
function findings(page: PageView, list: FindingView[]): string {
  const l = page.labels;
  if (list.length === 0) return `<aside class="findings clean">${l.noFindings}</aside>`;
  const counts = Object.entries(l.severities)
    .map(([sev, names]) => [list.filter((f) => f.severity === sev).length, sev, names] as const)
    .filter(([n]) => n > 0)
    .map(([n, sev, [one, many]]) => `<span class="count sev-${sev}">${n} ${n === 1 ? one : many}</span>`).join(' ');
  const items = list.slice(0, maxListedFindings).map((f) =>
    `<li class="finding sev-${f.severity}" data-line="${f.line}"><span class="where">${l.line} ${f.line + 1}</span> ${e(f.message)} <code>${e(f.rule)}</code></li>`);
  const more = list.length > maxListedFindings ? `<li class="more">${l.moreFindings(list.length - maxListedFindings)}</li>` : '';
  return `<aside class="findings"><details open><summary><strong>${l.findingsTitle}</strong> ${counts} <small>${l.findingsNote}</small></summary><ul>${items.join('')}${more}</ul></details></aside>`;
}

function toolbar(page: PageView): string {
  const buttons = page.languages.map((lang) =>
    `<button type="button" data-lang="${e(lang)}" aria-pressed="${lang === page.lang}">${e(languageName(lang, page.ui))}</button>`);
  const templates = renderTemplates.map((t) =>
    `<button type="button" data-template="${t}" aria-pressed="${t === page.template}">${t === 'standard' ? page.labels.templateStandard : page.labels.templateAnnex}</button>`);
  return `<nav class="toolbar" aria-label="${page.labels.language}"><span>${page.labels.language}:</span> ${buttons.join(' ')} <span>${page.labels.template}:</span> ${templates.join(' ')}</nav>`;
}

/** The preview's coverage view: per framework the document maps to, how many of its controls are covered. */
function frameworks(page: PageView): string {
  const l = page.labels;
  const rows = page.frameworks.map((f) => `<tr><th scope="row">${e(f.name)}</th><td>${f.covered} / ${f.total}</td></tr>`);
  return `<aside class="frameworks"><details><summary><strong>${l.frameworksTitle}</strong> <small>${e(l.frameworksNote)}</small></summary>
<table class="coverage"><thead><tr><th scope="col">${l.framework}</th><th scope="col">${l.controlsCovered}</th></tr></thead><tbody>${rows.join('')}</tbody></table></details></aside>`;
}

/** A CSP source expression from the host, accepted only if it cannot break out of the policy. */
const cspToken = (s: string) => (/^[a-z0-9+.\-:/*]+$/i.test(s) ? s : '');

export function renderHtml(page: PageView, frame?: PreviewFrame): string {
  const preview = !!frame;
  const annex = page.template === 'scc-annex-ii';
  const appendix: [string, string][] = annex ? [] : [['coverage', page.labels.coverageTitle]];
  if (page.subprocessors.length) appendix.push(['subprocessors', page.labels.subprocessorsTitle]);
  if (page.certifications.length) appendix.push(['certifications', page.labels.certificationsTitle]);
  if (page.commitments.length) appendix.push(['commitments', page.labels.commitmentsTitle]);
  const csp = frame
    ? `default-src 'none'; style-src ${cspToken(frame.cspSource)} 'nonce-${frame.nonce}'; img-src ${cspToken(frame.cspSource)} data:; script-src 'nonce-${frame.nonce}'; base-uri 'none'; form-action 'none'`
    : `default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  const styleNonce = frame ? ` nonce="${e(frame.nonce)}"` : '';
  const body = [
    frame ? toolbar(page) : '',
    frame && page.findings ? findings(page, page.findings) : '',
    frame && page.frameworks.length ? frameworks(page) : '',
    header(page),
    annex ? `<p class="annex-note"><strong>${page.labels.annexTitle}.</strong> ${page.labels.annexNote}</p>` : '',
    `<div class="intro">${legend(page)}${contents(page, appendix)}</div>`,
    `<main>${page.sections.map((s) => section(page, s, preview)).join('\n')}</main>`,
    annex ? '' : coverage(page),
    page.subprocessors.length ? subprocessors(page, page.subprocessors) : '',
    page.certifications.length ? certifications(page, page.certifications) : '',
    page.commitments.length ? commitments(page) : '',
    `<footer><p>${e(page.organization)}${page.lastUpdated ? ` · ${page.labels.lastUpdated} ${e(formatDate(page.lastUpdated, page.ui))}` : ''}</p><p class="generator">${page.labels.generated}</p></footer>`,
    frame ? `<script nonce="${e(frame.nonce)}" src="${e(frame.scriptUri)}"></script>` : '',
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="${e(page.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="TOM Studio">
<title>${e(page.title.text)}${page.organization ? ` – ${e(page.organization)}` : ''}</title>
<style${styleNonce}>${pageCss}${preview ? previewCss : ''}</style>
</head>
<body class="${preview ? 'tom-page preview' : 'tom-page'}">
${body.join('\n')}
</body>
</html>
`;
}
