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

/** How a numeric parameter is read from wire strings. */
export type NumericKind = 'integer' | 'number' | 'integer[]' | 'number[]';

export interface OperationDefinition {
  /** The contract's operationId, the key of the handler map. */
  readonly operationId: string;
  /** The Bitrix method name as the contract's path spells it, e.g. `user.get`. */
  readonly method: string;
  readonly params: {
    /** Every parameter the contract defines, as it spells them. */
    readonly names: readonly string[];
    /** Parameters whose wire strings are read as numbers. */
    readonly numeric: Readonly<Record<string, NumericKind>>;
    /** Bitrix error code for a missing or empty value (`x-bitrix-empty-error`). */
    readonly emptyErrors: Readonly<Record<string, string>>;
  };
  /** Validates the merged, normalised parameters (applies the contract's defaults). */
  readonly validateParams: CompiledValidator;
  /** Validates the whole 200 envelope (`{result, time}`). */
  readonly validateSuccess: CompiledValidator;
  /** Every error code the operation may answer, with the HTTP statuses that carry it. */
  readonly errorStatus: Readonly<Record<string, readonly number[]>>;
  /** The `result` of the 200 answer's documented example (what `exampleHandlers` answer). */
  readonly example: unknown;
}
