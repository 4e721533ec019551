// The contract, read independently of the generated code, to check what the server answers.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

// The document is untyped YAML.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const contract: Json = parse(readFileSync(new URL('../../../schema/openapi.yaml', import.meta.url), 'utf8'));

const toDefs = (node: Json): Json => {
  if (Array.isArray(node)) return node.map(toDefs);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' ? value.replace('#/components/schemas/', '#/$defs/') : toDefs(value),
      ]),
    );
  }
  return node;
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const defs = toDefs(contract.components.schemas);

export const resolve = (node: Json): Json => {
  let at = node;
  while (at && typeof at.$ref === 'string') {
    at = at.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((parent: Json, key: string) => parent?.[key], contract);
  }
  return at;
};

const operation: Json = Object.values<Json>(contract.paths)[0].post;

/** The schema the contract gives the JSON body of a response with this status. */
export const responseValidator = (status: number) => {
  const response = resolve(operation.responses[String(status)]);
  if (!response) throw new Error(`the contract has no response ${status}`);
  return ajv.compile({ $defs: defs, ...toDefs(response.content['application/json'].schema) });
};

/** The contract's error codes for a status (from the response enums). */
export const codesFor = (status: number): string[] => {
  const schema = resolve(resolve(operation.responses[String(status)]).content['application/json'].schema);
  return schema.allOf.flatMap((part: Json) => {
    const error = resolve(part).properties?.error;
    return error ? (resolve(error).enum ?? []) : [];
  });
};

export const paramsSchema: Json = resolve(operation.requestBody.content['application/json'].schema);
