import type { ErrorCodeMap } from '@appmarket/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { type UserError, userErrorCodeEnum, withUserErrors } from './user-errors';

/**
 * The GraphQL side of errors as data (issue 19, item 2; docs/API.md, "Errors as data"): for a
 * mutation `createApp` it registers `CreateAppErrorCode` (the codes it may refuse with, described
 * by the one error catalogue) and `CreateAppUserError { field, message, code }`, and runs the
 * mutation's service call into its payload. The payload class itself is written beside the
 * resolver (`CreateAppPayload { app, userErrors }`), so its result fields stay typed and described.
 */
export interface UserErrorsSpec<C extends string> {
  /** The mutation's field name (`createApp`); the types are named after it in PascalCase. */
  mutation: string;
  /** The refusals a form can show; anything else stays a top-level error. */
  codes: readonly C[];
  /** The error-code maps the codes come from (the subgraph's own, core's, the idempotency keys'). */
  catalogue: readonly ErrorCodeMap[];
  /** The input-object argument a field path sits in (`input`), when the mutation has one. */
  input?: string;
  /** The mutation's own arguments: a path that starts with one is not put under `input`. */
  arguments?: readonly string[];
}

export interface UserErrorsOf<C extends string> {
  /** `<Name>UserError`, for `@Field(() => [x.type]) userErrors`. */
  readonly type: new () => UserError<C>;
  /** The codes this mutation refuses with as data (docs and tests read them). */
  readonly codes: readonly C[];
  /**
   * Runs the service call: `{ ...shape(result), userErrors: [] }`, or `{ userErrors }` (every
   * other payload field null) when it is refused with a declared code; other errors are thrown.
   */
  run<T, P extends object>(call: () => Promise<T>, shape: (result: T) => P): Promise<Partial<P> & { userErrors: UserError<C>[] }>;
}

export const USER_ERRORS_DESCRIPTION =
  'Why the mutation did nothing, each refusal with the path of the argument it concerns (`field`), a message and a code; empty when it succeeded. Authentication, permissions, limits and faults are top-level errors instead.';

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export function userErrorsFor<C extends string>(spec: UserErrorsSpec<C>): UserErrorsOf<C> {
  const name = pascal(spec.mutation);
  const { values, valuesConfig } = userErrorCodeEnum(spec.codes, spec.catalogue);
  registerEnumType(values, {
    name: `${name}ErrorCode`,
    description: `Why \`${spec.mutation}\` refused, in \`${name}UserError.code\` (docs/ERRORS.md).`,
    valuesConfig: valuesConfig as Partial<Record<C, { description: string }>>,
  });

  @ObjectType(`${name}UserError`, { description: `A refusal of \`${spec.mutation}\` a form can show next to its field.` })
  class UserErrorType implements UserError<C> {
    @Field(() => [String], {
      nullable: true,
      description: 'The path of the argument or input field the error concerns (`["input", "alias"]`); null when it concerns the request as a whole.',
    })
    field!: string[] | null;

    @Field(() => String, { description: 'What is wrong, in words (English).' })
    message!: string;

    @Field(() => values, { description: 'What is wrong, for code.' })
    code!: C;
  }

  const under = spec.input ?? null;
  const topLevel = spec.arguments ?? [];
  return {
    type: UserErrorType,
    codes: spec.codes,
    async run(call, shape) {
      const { result, userErrors } = await withUserErrors(spec.codes, under, call, topLevel);
      if (userErrors.length > 0) return { userErrors } as Partial<ReturnType<typeof shape>> & { userErrors: UserError<C>[] };
      return { ...shape(result as Parameters<typeof shape>[0]), userErrors };
    },
  };
}
