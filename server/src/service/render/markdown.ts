/**
 * The page view → Markdown, for wikis, pull requests and sites built from Markdown. Same content as
 * the HTML export; every document text is escaped, only http(s) URLs become links.
 */
import { ciaOrder, type Cia } from '../catalogue/controlTypes';
import { escapeMarkdown as md, safeUrl } from './escape';
import { formatDate, languageName } from './i18n';
import { paragraphsOf, type Localised, type MeasureView, type PageView, type SectionView } from './model';

function text(page: PageView, l: Localised | undefined): string {
  if (!l) return '';
  return l.from ? `${md(l.text)} _(${md(languageName(l.from, page.ui))})_` : md(l.text);
}

/** A description's paragraphs (a blank line between them in the source), each rendered like `text`. */
const paragraphs = (page: PageView, l: Localised): string[] => paragraphsOf(l.text).map((p) => text(page, { ...l, text: p }));

/** A link target never contains a space or parenthesis that would end it early. */
const target = (url: string) => url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function link(label: string, url: string): string {
  const safe = safeUrl(url);
  return safe ? `[${label}](${target(safe)})` : `${label} (${md(url)})`;
}

function measure(page: PageView, m: MeasureView): string {
  const l = page.labels;
  const facts = [
    m.cia.join(', '),
    m.kind ? l.kinds[m.kind] ?? md(m.kind) : '',
    m.status === 'implemented' ? '' : `${l.statuses[m.status] ?? md(m.status)}${m.due ? `, ${l.due} ${md(formatDate(m.due, page.ui))}` : ''}`,
    m.scopes.length ? `${l.scope}: ${m.scopes.map((s) => text(page, s)).join(', ')}` : '',
  ].filter(Boolean).join(' · ');
  // continuation paragraphs of a list item are indented, with a blank line between them
  const description = m.description ? `\n  ${paragraphs(page, m.description).join('\n\n  ')}` : '';
  return `- **${md(m.id)}** ${text(page, m.title)} — ${facts}${description}`;
}

function section(page: PageView, s: SectionView): string {
  const parts = [`## ${s.number}. ${text(page, s.title)}`];
  if (s.reference) parts.push(`_${md(s.reference)}_`);
  if (s.description) parts.push(...paragraphs(page, s.description));
  const none = page.template === 'scc-annex-ii' ? page.labels.annexNoMeasures : page.labels.noMeasures;
  parts.push(s.measures.length ? s.measures.map((m) => measure(page, m)).join('\n') : `_${none}_`);
  return parts.join('\n\n');
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function coverage(page: PageView): string {
  const l = page.labels;
  const cell = (r: PageView['coverage'][number], t: Cia) =>
    r.gaps.includes(t) ? `**0 ${l.gap}**` : r.expected.includes(t) ? `**${r.counts[t]}**` : r.counts[t] === 0 ? l.none : String(r.counts[t]);
  return [
    `## ${l.coverageTitle}`,
    l.coverageIntro,
    [
      row([l.controlType, ...ciaOrder]),
      row(['---', ...ciaOrder.map(() => ':-:')]),
      ...page.coverage.map((r, i) => row([`${i + 1}. ${text(page, r.title)}`, ...ciaOrder.map((t) => cell(r, t))])),
      row([`**${l.total}**`, ...ciaOrder.map((t) => `**${page.coverage.reduce((n, r) => n + r.counts[t], 0)}**`)]),
    ].join('\n'),
  ].join('\n\n');
}

function subprocessors(page: PageView): string {
  const l = page.labels;
  return [
    `## ${l.subprocessorsTitle}`,
    [
      row([l.subprocessor, l.purpose, l.service, l.locations, l.transferMechanism]),
      row(['---', '---', '---', '---', '---']),
      ...page.subprocessors.map((s) => row([
        `**${md(s.name)}**`,
        `${text(page, s.purpose)}${s.dataCategories.length ? ` (${l.dataCategories}: ${md(s.dataCategories.join(', '))})` : ''}`,
        text(page, s.service),
        s.locations.map((c) => md(c.name)).join(', '),
        s.mechanisms.length ? s.mechanisms.map((m) => `${m.location ? `${md(m.location)}: ` : ''}${l.mechanisms[m.mechanism] ?? md(m.mechanism)}`).join(', ') : l.none,
      ])),
    ].join('\n'),
  ].join('\n\n');
}

export function renderMarkdown(page: PageView): string {
  const l = page.labels;
  const role = page.role ? l.roles[page.role] ?? page.role : undefined;
  const facts = [
    page.lastUpdated && `${l.lastUpdated}: ${md(formatDate(page.lastUpdated, page.ui))}`,
    page.version && `${l.version}: ${md(page.version)}`,
    role && `${l.role}: ${md(role)}`,
  ].filter(Boolean).join(' · ');
  const parts = [`# ${text(page, page.title)}`, `**${md(page.organization)}**${facts ? ` · ${facts}` : ''}`];
  if (page.summary) parts.push(text(page, page.summary));
  if (page.references.length) parts.push(`${l.references}: ${page.references.map((r) => link(text(page, r.title), r.url)).join(' · ')}`);
  const annex = page.template === 'scc-annex-ii';
  if (annex) parts.push(`**${l.annexTitle}.** ${l.annexNote}`);
  parts.push(`${l.legendTitle}: ${ciaOrder.map((t) => `**${t}** = ${l.cia[t]}`).join(', ')}`);
  parts.push(...page.sections.map((s) => section(page, s)));
  if (!annex) parts.push(coverage(page));
  if (page.subprocessors.length) parts.push(subprocessors(page));
  if (page.certifications.length) {
    parts.push(`## ${l.certificationsTitle}`, page.certifications.map((c) => {
      const details = [
        c.holder !== page.organization ? `${l.holder}: ${md(c.holder)}` : '',
        c.validUntil ? `${l.validUntil} ${md(formatDate(c.validUntil, page.ui))}` : '',
        c.scope ? text(page, c.scope) : '',
      ].filter(Boolean);
      return `- **${md(c.name)}**${details.length ? ` — ${details.join(' · ')}` : ''}`;
    }).join('\n'));
  }
  if (page.commitments.length) parts.push(`## ${l.commitmentsTitle}`, page.commitments.map((c) => `- ${md(c)}`).join('\n'));
  parts.push(`---\n\n_${l.generated}_`);
  return `${parts.join('\n\n')}\n`;
}
