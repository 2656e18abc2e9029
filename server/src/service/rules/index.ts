/**
 * Every rule, in the order of FORMAT.md's table (docs/rules.md). The list is the one place a rule is
 * registered: the rule ids, the checks that run on a parsed document, the fixes and the generated
 * files (scripts/generate.mjs) all come from it.
 */
import { breachNotification } from './breachNotification';
import { ciaCoverage } from './ciaCoverage';
import { ciaOrderRule } from './ciaOrder';
import { dueDateMissing } from './dueDateMissing';
import { duplicateControlType } from './duplicateControlType';
import { duplicateId } from './duplicateId';
import { fileTooLarge } from './fileTooLarge';
import { missingControlType } from './missingControlType';
import { missingTranslation } from './missingTranslation';
import { overdue } from './overdue';
import { placeholderText } from './placeholderText';
import type { RuleModule } from './rule';
import { schema } from './schema';
import { staleReview } from './staleReview';
import { suppressionReason } from './suppressionReason';
import { thirdCountryTransfer } from './thirdCountryTransfer';
import { undefinedScope } from './undefinedScope';
import { unknownControlType } from './unknownControlType';
import { unusedScope } from './unusedScope';
import { weakCrypto } from './weakCrypto';
import { yamlSyntax } from './yamlSyntax';

export const ruleModules = [
  yamlSyntax, schema, unknownControlType, duplicateId, duplicateControlType, undefinedScope, unusedScope, ciaOrderRule,
  missingControlType, ciaCoverage, dueDateMissing, overdue, staleReview, weakCrypto, breachNotification,
  thirdCountryTransfer, missingTranslation, placeholderText, suppressionReason, fileTooLarge,
];

type AnyRule = (typeof ruleModules)[number];
export type RuleId = AnyRule['id'];
/** What the findings of a rule carry for its fixes. */
export type RuleData<Id extends RuleId> = Extract<AnyRule, { id: Id }> extends RuleModule<Id, infer Data> ? Data : never;

/** Each rule by its id. */
export const rules = Object.fromEntries(ruleModules.map((r) => [r.id, r])) as { [Id in RuleId]: RuleModule<Id, RuleData<Id>> };

export const isRuleId = (s: string): s is RuleId => Object.prototype.hasOwnProperty.call(rules, s);

/** The rules with a check of their own, run on every parsed document. */
export const documentRules = ruleModules.filter((r) => r.check);
