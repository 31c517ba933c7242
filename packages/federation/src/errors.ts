import { DomainError, type Logger } from '@appmarket/core';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The edge where errors become GraphQL errors. Domain errors keep their code and details;
 * GraphQL's own (validation, parsing) pass as they are; anything else is masked, logged with the
 * request id, and answered as INTERNAL_SERVER_ERROR carrying that id.
 */
export function createErrorFormatter(logger: Logger, requestIdOf: () => string | undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { ...original.details, code: original.code },
      };
    }
    // GraphQL's own errors (parsing, validation, variables) and deliberate GraphQLErrors pass.
    if (original instanceof GraphQLError) return formatted;
    const requestId = requestIdOf();
    logger.error('unexpected error', {
      requestId,
      error: original instanceof Error ? original.message : String(original),
      stack: original instanceof Error ? original.stack : undefined,
      path: formatted.path,
    });
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
