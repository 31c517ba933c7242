import type { GatewayPlugin } from '../plugin';

/**
 * Why: an operation refused as a whole because its input is wrong — no field has data and every
 * error is BAD_USER_INPUT or an input bound's INPUT_* (a subgraph validating an argument, e.g. a
 * NUL byte in a search, 8,000 categories) — is the client's mistake, so it answers 400 like Apollo
 * Server's own variable errors, not 200. Answers with data beside the errors, or with any other
 * code, keep their status.
 */
const isInputCode = (code: unknown) => code === 'BAD_USER_INPUT' || (typeof code === 'string' && code.startsWith('INPUT_'));

export function useInputErrorStatus(): GatewayPlugin {
  return {
    name: 'input-error-status',
    apollo: {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            if (response.body.kind !== 'single' || response.http.status !== undefined && response.http.status !== 200) return;
            const { data, errors } = response.body.singleResult;
            if (!errors?.length || !errors.every((e) => isInputCode(e.extensions?.code))) return;
            if (data && Object.values(data).some((value) => value !== null)) return;
            response.http.status = 400;
          },
        };
      },
    },
  };
}
