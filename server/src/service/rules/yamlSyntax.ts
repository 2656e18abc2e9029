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
    finds: 'YAML that does not parse (the first error of each measure, section and top-level key: the errors after it in the same part are its echoes), binary data, invalid UTF-8, a second document, nesting deeper than 100 levels, aliases expanding to more than 1,000 nodes',
    pointsAt: "the error's own place (an unclosed quote, list or map: its opening character to the end of that line; a duplicate key: the key)",
  },
  scope: 'document',
  // a comment in a text that does not parse cannot be trusted to mean what it says
  suppressible: false,
});
