import { parse, type OperationDefinitionNode } from 'graphql';
import { rootFieldsOf, taggedRootFields } from '../operation-scope';

describe('operation scope', () => {
  it('lists the root fields an operation selects, through fragments, without __typename', () => {
    const document = parse(`
      mutation M { __typename createPhoneCall(input: {}) { call { id } } ...More ... on Mutation { recordPhoneCallEvent { changes { eventId } } } }
      fragment More on Mutation { updatePhoneCall { call { id } } ...More }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(rootFieldsOf(document, operation).sort()).toEqual(['Mutation.createPhoneCall', 'Mutation.recordPhoneCallEvent', 'Mutation.updatePhoneCall']);
  });

  it('reads the root fields a tag marks in an SDL (and only root fields)', () => {
    const sdl = `type Query { a: Int @tag(name: "phone-api") b: Int @tag(name: "other") }
      type Mutation { c: Int @tag(name: "phone-api") @tag(name: "not-for-tokens") }
      type Call { d: Int @tag(name: "phone-api") }`;
    expect([...taggedRootFields(sdl, 'phone-api')].sort()).toEqual(['Mutation.c', 'Query.a']);
    expect([...taggedRootFields(sdl, 'not-for-tokens')]).toEqual(['Mutation.c']);
  });
});
