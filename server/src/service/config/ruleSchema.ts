/**
 * The `rules` property of schemas/tom-studio-config.schema.json as the rule list defines it: each rule
 * id, its summary and default severity (for completion and hover in `.tom-studio.yaml`). The schema
 * file is written from this (like the manifest's `tom.rules`), and a test fails when it is stale.
 */
import { rules } from '../rules/findings';

export interface RuleSeverityProperty { $ref: '#/$defs/severity'; description: string }

export function configSchemaRuleProperties(): Record<string, RuleSeverityProperty> {
  return Object.fromEntries(Object.entries(rules).map(([id, rule]) =>
    [id, { $ref: '#/$defs/severity', description: `${rule.summary[0].toUpperCase()}${rule.summary.slice(1)} (default: ${rule.severity}).` }]));
}
