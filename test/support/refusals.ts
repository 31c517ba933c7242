/**
 * A mutation's refusal, wherever it is (issue 19, item 2): a top-level error (authentication,
 * permissions, limits, input bounds, faults) or a user error in a payload's `userErrors`. Tests
 * that care which it is assert on `userErrorsOf` or on `errors` themselves.
 */
export interface UserErrorShape {
  field: string[] | null;
  message: string;
  code: string;
}

interface ResponseBody {
  data?: Record<string, unknown> | null;
  errors?: readonly { extensions?: Record<string, unknown> }[];
}

/** The user errors of every root field of `data` that has a payload, in order. */
export function userErrorsOf(body: ResponseBody, field?: string): UserErrorShape[] {
  const roots = body.data ? (field ? [body.data[field]] : Object.values(body.data)) : [];
  return roots.flatMap((root) => {
    const errors = (root as { userErrors?: unknown } | null)?.userErrors;
    return Array.isArray(errors) ? (errors as UserErrorShape[]) : [];
  });
}

/** The code of the first refusal: the first top-level error's, else the first user error's. */
export function refusalCode(body: ResponseBody): string | undefined {
  return (body.errors?.[0]?.extensions?.code as string | undefined) ?? userErrorsOf(body)[0]?.code;
}
