import { defineRule } from './rule';

/** Text that is not one YAML document. Checked where the text is parsed (document/parse.ts). */
export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  summary: {
    en: 'YAML that does not parse',
    de: 'YAML, das sich nicht lesen lässt',
  },
  docs: {
    finds: 'YAML that does not parse (every error; in a measure, section or top-level key only the first token the parser cannot place, not each token after it), binary data, invalid UTF-8, a second document, nesting deeper than 100 levels, aliases expanding to more than 1,000 nodes',
    pointsAt: "the error's own place (an unclosed quote: its opening quote to the end of that line; a duplicate key: the key)",
  },
  scope: 'document',
  // a comment in a text that does not parse cannot be trusted to mean what it says
  suppressible: false,
});
