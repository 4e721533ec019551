// The contract, through the model, to check what the server answers against it.
import { type Json, loadContract } from '@b24-imbot/schema/model';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type { Json };
export const model = loadContract();
export const contract = model.document;
export const resolve = model.resolve;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

const operationOf = (method: string) => model.operation(method) ?? (() => { throw new Error(`no method ${method}`); })();

const responseValidators = new Map<string, ReturnType<typeof ajv.compile>>();
/** The schema the contract gives the JSON body of a response with this status (compiled once). */
export const responseValidator = (status: number, method = 'imbot.chat.add') => {
  const key = `${status} ${operationOf(method).method}`;
  let validate = responseValidators.get(key);
  if (!validate) {
    const operation = contract.paths[`/${operationOf(method).method}`].post;
    const response = resolve(operation.responses[String(status)]);
    if (!response) throw new Error(`the contract has no response ${status}`);
    validate = ajv.compile(model.jsonSchema(response.content['application/json'].schema));
    responseValidators.set(key, validate);
  }
  return validate;
};

/** The contract's error codes for a status of a method (from the response enums). */
export const codesFor = (status: number, method = 'imbot.chat.add'): string[] =>
  [...operationOf(method).errors].filter(([, statuses]) => statuses.includes(status)).map(([code]) => code);

/** The contract's parameters schema of a method, compiled (no defaults applied, nothing changed). */
export const paramsValidator = (method: string) => schemaValidator(operationOf(method).paramsSchema);

ajv.addSchema({ $id: 'contract', $defs: model.defs('contract#/$defs/') });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
/** Any schema of the contract, compiled once (no defaults applied, nothing changed). */
export const schemaValidator = (schema: Json) => {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) compiled.set(key, (validate = ajv.compile(model.toDefs(schema, 'contract#/$defs/'))));
  return validate;
};

export const paramsSchema: Json = resolve(operationOf('imbot.chat.add').paramsSchema);
