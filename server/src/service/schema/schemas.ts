/**
 * JSON Schema validation: the built-in TOM schema (compiled once, at first use) and organisation
 * profiles, local schema files compiled once per content. Nothing is ever fetched: ajv is given no
 * loader, so a remote `$ref` is a compile error that becomes one clear finding.
 */
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft7, { type ValidateFunction } from 'ajv';
import tomSchema from '../../../../schemas/tom.schema.json';
import configSchema from '../../../../schemas/tom-studio-config.schema.json';
import { isDate } from '../util/dates';

/** Annotation keywords our schema (and VS Code's) uses; ajv's strict mode rejects unknown keywords otherwise. */
const annotations = ['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'errorMessage', 'x-names', 'x-reference', 'x-expectedCia', 'x-aliases', 'x-ambiguousNames', 'x-de'];

function configure<T extends AjvDraft7>(ajv: T): T {
  ajv.addVocabulary(annotations);
  ajv.addFormat('date', { type: 'string', validate: isDate });
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+\.[^@\s]+$/);
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  return ajv;
}

const options = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const;

let builtIn: { ajv: Ajv2020; validate: ValidateFunction } | undefined;
const compiled = () => {
  if (!builtIn) {
    const ajv = configure(new Ajv2020(options));
    builtIn = { ajv, validate: ajv.compile(tomSchema) };
  }
  return builtIn;
};
export const tomValidator = (): ValidateFunction => compiled().validate;

let measure: ValidateFunction | undefined;
/** One measure against the built-in schema's `$defs/measure`, compiled once, with the whole schema's definitions. */
export function measureValidator(): ValidateFunction {
  measure ??= compiled().ajv.getSchema(`${tomSchema.$id}#/$defs/measure`)!;
  return measure;
}

let config: ValidateFunction | undefined;
/** The schema of `.tom-studio.yaml` (schemas/tom-studio-config.schema.json), compiled once. */
export function configValidator(): ValidateFunction {
  config ??= configure(new Ajv2020(options)).compile(configSchema);
  return config;
}

const profileCache = new Map<string, ValidateFunction>();

/** Compiles a profile schema (draft-07 or 2020-12, by its `$schema`); throws with a readable reason. */
export function profileValidator(content: string): ValidateFunction {
  const cached = profileCache.get(content);
  if (cached) return cached;
  let schema: { $schema?: string };
  try {
    schema = JSON.parse(content);
  } catch (e) {
    throw new Error(`it is not valid JSON (${(e as Error).message})`);
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) throw new Error('it is not a JSON Schema object');
  const draft7 = /draft-0[467]/.test(schema.$schema ?? '');
  const ajv = configure(draft7 ? new AjvDraft7({ ...options, strict: false }) : new Ajv2020({ ...options, strict: false }));
  const validate = ajv.compile(schema);
  if (profileCache.size > 50) profileCache.clear();
  profileCache.set(content, validate);
  return validate;
}
