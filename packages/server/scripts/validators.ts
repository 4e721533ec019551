// The validators of src/gen/validators/: Ajv (JSON Schema 2020-12) compiled to standalone code,
// one module per operation or event, each from its own Ajv instance. Ajv numbers the functions
// and schemas it writes across everything one instance compiles, so one instance for the whole
// contract renumbers every validator when a method is added; one per module keeps each module's
// code a function of that method's schemas (and the components they use) only. The modules are
// JavaScript, each with a small declaration file (written by generate.ts): tsc reads the
// declarations and never parses the code, which is most of the generated text.
//
// A module is reused when it was made from the same inputs: its second line records a hash of
// what it was compiled from (the schemas, the components they reach, the examples checked, this
// file, the formats, Ajv's version) and of its own code, so a module edited by hand, or made by
// an older generator, is compiled again. Ajv itself is loaded only when something is compiled.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Json } from '@b24-imbot/schema/model';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { formats } from '../src/runtime/formats.js';

/** One module: its validators by export name, and the examples each must accept. */
export interface ValidatorModule {
  /** What the module validates, for its comment and for errors: `imbot.chat.add`. */
  readonly label: string;
  /** Export name -> schema, `$ref`s pointing at `contract#/$defs/Name`. */
  readonly schemas: Readonly<Record<string, Json>>;
  /** The component schemas the `$ref`s point at (all of them; only those reached are used). */
  readonly defs: Readonly<Record<string, Json>>;
  /** Apply `default`s while validating (parameters), or leave the data as it came (events). */
  readonly useDefaults: boolean;
  /** Export name -> values that must pass (the contract's examples). */
  readonly examples: Readonly<Record<string, readonly Json[]>>;
}

const require = createRequire(import.meta.url);
const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** What every module's code depends on beside its own schemas: this generator, the formats, Ajv. */
const toolchain = sha(
  [fileURLToPath(import.meta.url), fileURLToPath(new URL('../src/runtime/formats.ts', import.meta.url))]
    .map((file) => readFileSync(file, 'utf8'))
    .concat((require('ajv/package.json') as { version: string }).version)
    .join('\0'),
);

/** The component names a schema reaches through `contract#/$defs/...`, transitively. */
const reachedDefs = (roots: readonly Json[], defs: Readonly<Record<string, Json>>): string[] => {
  const reached = new Set<string>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries<Json>(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('contract#/$defs/')) {
        const name = value.slice('contract#/$defs/'.length);
        if (!reached.has(name)) {
          reached.add(name);
          visit(defs[name]);
        }
      } else visit(value);
    }
  };
  roots.forEach(visit);
  return [...reached].sort();
};

const HEADER = '// This file is generated from schema/openapi.yaml by scripts/generate.ts. Do not edit.\n';
const STAMP = /^\/\/ Ajv standalone code \(JSON Schema 2020-12\) for .*\. Inputs ([0-9a-f]{16}), code ([0-9a-f]{16})\.$/;

const loadAjv = async () => {
  const [{ Ajv2020: Ajv, _ }, standalone] = await Promise.all([import('ajv/dist/2020.js'), import('ajv/dist/standalone/index.js')]);
  // A CommonJS module: its `default` export is `module.exports`, the function itself.
  return { Ajv, _, standalone: standalone.default as unknown as (ajv: Ajv2020, refs: Record<string, string>) => string };
};

/**
 * The module's source: the file as it is when its inputs are unchanged, else compiled anew. Fails
 * when an example breaks its schema or the code needs more of Ajv than src/runtime/formats.ts has.
 */
export const validatorModule = async (module: ValidatorModule, existingFile: URL, runtimeImport: string): Promise<{ source: string; compiled: boolean }> => {
  const reached = reachedDefs(Object.values(module.schemas), module.defs);
  const defs = Object.fromEntries(reached.map((name) => [name, module.defs[name]]));
  const inputs = sha(
    JSON.stringify({ toolchain, runtimeImport, label: module.label, useDefaults: module.useDefaults, schemas: module.schemas, defs, examples: module.examples }),
  );
  if (existsSync(existingFile)) {
    const text = readFileSync(existingFile, 'utf8');
    const [first, stamp, ...rest] = text.split('\n');
    const match = STAMP.exec(stamp ?? '');
    if (`${first}\n` === HEADER && match?.[1] === inputs && match[2] === sha(rest.join('\n'))) return { source: text, compiled: false };
  }

  const { Ajv, _, standalone } = await loadAjv();
  const ajv = new Ajv({
    strict: true,
    allErrors: false,
    useDefaults: module.useDefaults,
    // No line breaks in the code: a module is a few long lines, so a method's validators are a
    // few lines of a diff (nobody reviews Ajv's output line by line; its inputs are the contract).
    code: { source: true, esm: true, lines: false, formats: _`formats` },
  });
  for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
  ajv.addSchema({ $id: 'contract', $defs: defs });
  for (const [name, schema] of Object.entries(module.schemas)) ajv.addSchema({ $id: name, ...schema });
  for (const [name, values] of Object.entries(module.examples)) {
    const validate = ajv.getSchema(name)!;
    for (const value of values) {
      if (!validate(structuredClone(value))) {
        throw new Error(`generate: ${module.label}: an example breaks the ${name} schema: ${ajv.errorsText(validate.errors)}`);
      }
    }
  }
  const code = standalone(ajv, Object.fromEntries(Object.keys(module.schemas).map((name) => [name, name]))).replaceAll(
    'require("ajv/dist/runtime/ucs2length").default',
    'ucs2length',
  );
  const leftover = /require\("[^"]+"\)/.exec(code);
  if (leftover) throw new Error(`generate: the compiled validators need ${leftover[0]}; add it to src/runtime/formats.ts`);
  const body = `/* eslint-disable */\nimport { formats, ucs2length } from '${runtimeImport}';\n${code.trimEnd()}\n`;
  return {
    source: `${HEADER}// Ajv standalone code (JSON Schema 2020-12) for ${module.label}. Inputs ${inputs}, code ${sha(body)}.\n${body}`,
    compiled: true,
  };
};
