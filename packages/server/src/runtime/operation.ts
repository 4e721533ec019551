// The shape of one entry of the generated operations table (src/gen/operations.gen.ts). The
// run time is written against this shape only, so a method added to the contract needs no
// hand-written change beyond its handler.

/** One error reported by a generated validator (Ajv's error object, the fields we read). */
export interface ValidationIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** A validator compiled from the contract at generate time. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly ValidationIssue[] | null;
}

/**
 * How a value is read from wire strings (form bodies and query strings carry only strings, and
 * PHP arrays arrive as objects keyed 0, 1, ...): numbers, booleans, and where lists and objects
 * hold them. Built from the contract's schemas by the generator.
 */
export type Coercion =
  | 'integer'
  | 'number'
  | 'boolean'
  | { readonly items?: Coercion }
  | {
      readonly properties: Readonly<Record<string, Coercion>>;
      /** How the values of other keys are read (`additionalProperties`). */
      readonly additional?: Coercion;
      /** For a oneOf/anyOf that also takes a list: how that list's items are read. */
      readonly items?: Coercion;
      /** Required properties a PHP form leaves out when empty (`[]`, `{}`): read as that value. */
      readonly empty?: Readonly<Record<string, 'array' | 'object'>>;
    }
  /**
   * Wire strings that stand for a value the schema allows (event deliveries: `""` is null where
   * null is allowed, `"0"` is false where false is), else read by `then`.
   */
  | { readonly literals: Readonly<Record<string, null | boolean>>; readonly then?: Coercion };

export interface OperationDefinition {
  /** The contract's operationId, the key of the handler map. */
  readonly operationId: string;
  /** The Bitrix method name as the contract's path spells it, e.g. `user.get`. */
  readonly method: string;
  readonly params: {
    /** Every parameter the contract defines, as it spells them. */
    readonly names: readonly string[];
    /**
     * Whether names are matched whatever their case: the v1 convention (every name UPPER_CASE;
     * portals upper-case what they are sent). camelCase names (imbot.v2) are matched exactly.
     */
    readonly caseInsensitive: boolean;
    /** How each parameter's wire strings are read (numbers, booleans, lists). */
    readonly coerce: Readonly<Record<string, Coercion>>;
    /** Bitrix error code for a missing or empty value (`x-bitrix-empty-error`), by dotted path (`fields.code`). */
    readonly emptyErrors: Readonly<Record<string, string>>;
    /**
     * Bitrix error code for a value that breaks the contract (`x-bitrix-invalid-error`), by
     * dotted path: one code for any rule, or a code per rule (`{maxLength: FILE_TOO_LARGE}`).
     */
    readonly invalidErrors?: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
    /**
     * Parameters a call through an incoming webhook must carry, with the error code for a call
     * without it (`x-bitrix-webhook-required`): CLIENT_ID for v1, botToken for v2.
     */
    readonly webhookRequired: Readonly<Record<string, string>>;
  };
  /** Validates the merged, normalised parameters (applies the contract's defaults). */
  readonly validateParams: CompiledValidator;
  /** Validates the whole 200 envelope (`{result, time}`). */
  readonly validateSuccess: CompiledValidator;
  /** Every error code the operation may answer, with the HTTP statuses that carry it. */
  readonly errorStatus: Readonly<Record<string, readonly number[]>>;
  /** The `result` of the 200 answer's documented example (what `exampleHandlers` answer). */
  readonly example: unknown;
  /**
   * Present for `batch` (an operation with `x-bitrix-max-commands`), which the runtime serves
   * itself by running its commands through the other operations: no handler.
   */
  readonly batch?: BatchDefinition;
}

/** What the runtime needs to serve `batch`, read from the contract by the generator. */
export interface BatchDefinition {
  /** Most commands run (`x-bitrix-max-commands`); later ones fail with `tooMany`. */
  readonly maxCommands: number;
  /** The parameter holding the commands (the required one). */
  readonly commands: string;
  /** The boolean parameter that stops the batch at the first failing command. */
  readonly halt: string;
  /** The batch's own code (no other operation answers it) with status 400: a command past the limit. */
  readonly tooMany: string;
  /** The batch's own code with status 405: a command that may not run inside a batch (a nested batch). */
  readonly notAllowed: string;
}

/** One entry of the generated events table (src/gen/events.gen.ts): an event the platform delivers. */
export interface EventDefinition {
  /** The event name, e.g. `ONIMBOTV2MESSAGEADD`. */
  readonly name: string;
  /** The contract's operationId of the webhook. */
  readonly operationId: string;
  /** How the delivery's wire strings are read (numbers, booleans, `""` null, `"0"` false). */
  readonly coerce: Coercion;
  /** Validates the whole delivery, `{event, data, ts, auth, ...}`, once read. */
  readonly validatePayload: CompiledValidator;
}
