import { defineRule } from './rule';

/** A file above the size limit, refused before parsing (document/parse.ts): a limit of the tools, not of the format. */
export const fileTooLarge = defineRule({
  id: 'file-too-large',
  severity: 'error',
  summary: {
    en: 'a file above `tom.maxFileSizeMB`, which is not analysed',
    de: 'eine Datei über `tom.maxFileSizeMB`, die nicht geprüft wird',
  },
  docs: { finds: 'a file larger than `tom.maxFileSizeMB` (default 5 MB): one finding instead of analysis', pointsAt: 'the first character' },
  scope: 'document',
  // the file is never read, so neither are its comments
  suppressible: false,
});
