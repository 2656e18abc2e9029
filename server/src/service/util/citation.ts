/** GDPR citations as each language writes them: "Art. 32(1)(b)" in English is "Art. 32 Abs. 1 lit. b" in German. */
export function germanCitation(citation: string): string {
  return citation.replace(/Art\. (\d+)\((\d+)\)(?:\(([a-z])\))?/g, (_, article, paragraph, letter) =>
    `Art. ${article} Abs. ${paragraph}${letter ? ` lit. ${letter}` : ''}`);
}
