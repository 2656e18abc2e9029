/** Every rule that runs on a parsed document, in the order of FORMAT.md's table. */
import { breachNotification } from './breachNotification';
import { ciaCoverage } from './ciaCoverage';
import { ciaOrderRule } from './ciaOrder';
import { dueDateMissing } from './dueDateMissing';
import { duplicateControlType } from './duplicateControlType';
import { duplicateId } from './duplicateId';
import { locationCode } from './locationCode';
import { missingContact } from './missingContact';
import { missingControlType } from './missingControlType';
import { missingTranslation } from './missingTranslation';
import { overdue } from './overdue';
import { placeholderText } from './placeholderText';
import type { Rule } from './rule';
import { staleReview } from './staleReview';
import { thirdCountryTransfer } from './thirdCountryTransfer';
import { transferImpactAssessment } from './transferImpactAssessment';
import { transferMechanism } from './transferMechanism';
import { undefinedScope } from './undefinedScope';
import { unknownControlType } from './unknownControlType';
import { unusedScope } from './unusedScope';
import { weakCrypto } from './weakCrypto';

export const documentRules: readonly Rule[] = [
  unknownControlType, duplicateId, duplicateControlType, undefinedScope, unusedScope, ciaOrderRule,
  missingControlType, ciaCoverage, dueDateMissing, overdue, staleReview, weakCrypto, breachNotification,
  thirdCountryTransfer, transferMechanism, transferImpactAssessment, locationCode, missingContact,
  missingTranslation, placeholderText,
];
