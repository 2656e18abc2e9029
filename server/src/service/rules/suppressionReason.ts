import { defineRule } from './rule';

/** A `# tom-ignore` an auditor could not follow. Checked where suppressions are read (rules/suppressions.ts). */
export const suppressionReason = defineRule({
  id: 'suppression-reason',
  severity: 'warning',
  summary: {
    en: 'a `# tom-ignore` comment without a reason, or naming an unknown rule',
    de: 'ein `# tom-ignore`-Kommentar ohne Begründung oder mit unbekannter Regel',
  },
  docs: { finds: 'a `# tom-ignore` without a reason, or naming an unknown rule', pointsAt: 'the comment' },
  scope: 'document',
  // silencing the finding about a silencing comment would hide the missing reason it reports
  suppressible: false,
});
