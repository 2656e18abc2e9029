/** The shipped examples produce exactly the findings their content implies (today fixed at 2026-11-25). */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { brief, check, read } from './helpers/fixtures';

test('commercetools (processor, English): no order control, last updated 2025-01-23', () => {
  const findings = check(read('examples', 'commercetools-processor.tom.yaml'));
  assert.deepEqual(findings.map((f) => `${brief(f)} ${(f.data as { types?: string[] } | undefined)?.types ?? ''}`.trim()), [
    'missing-contact 4:1-4:9', // a processor naming neither contact nor dpo
    'stale-review 9:16-9:26', // lastUpdated: 2025-01-23, 22 months before today
    'missing-control-type 22:1-22:9 order', // a processor without Auftragskontrolle (Art. 28)
  ]);
});

test('UNOY (processor, German): missing order/separation/evaluation, a US subprocessor without transfer mechanism', () => {
  const findings = check(read('examples', 'unoy-processor.tom.yaml'));
  assert.deepEqual(findings.map((f) => `${brief(f)} ${(f.data as { types?: string[] } | undefined)?.types ?? ''}`.trim()), [
    'missing-contact 4:1-4:9', // a processor naming neither contact nor dpo
    'stale-review 9:16-9:26', // lastUpdated: 2023-06-01
    'missing-control-type 16:1-16:9 order,separation,evaluation', // one finding naming all three
    'third-country-transfer 203:17-203:19', // Userflow Inc., locations [US], no transferMechanism
    'transfer-impact-assessment 213:24-213:27', // Stripe: scc for the US, no transfer impact assessment named
  ]);
  // AWS (dpf) and Stripe (scc) name a mechanism; Hubspot (DE), Unlayer and Frogged (EU) need none.
  // Stripe's clauses ask for a transfer impact assessment (Schrems II), which the example does not name.
  assert.match(findings[3].message, /Userflow Inc\. processes data in United States \(US\)/);
});

test('the small clean example has no findings', () => {
  assert.deepEqual(check(read('examples', 'acme-controller.tom.yaml')).map(brief), []);
});
