import { USER_ERRORS_DESCRIPTION, type UserError, userErrorsFor } from '@appmarket/federation';
import { Field, ObjectType } from 'type-graphql';
import { CatalogErrorCodes } from '../error-codes';
import { Category } from './category.entity';

/** The categories' mutation payloads (issue 19, item 2; docs/API.md, "Errors as data"). */
export const CreateCategoryErrors = userErrorsFor({
  mutation: 'createCategory',
  catalogue: [CatalogErrorCodes],
  codes: ['INVALID_CATEGORY', 'CATEGORY_SLUG_TAKEN'],
});

@ObjectType({ description: 'The new category; or why not (each bad argument named).' })
export class CreateCategoryPayload {
  @Field(() => Category, { nullable: true, description: 'The new category; null when refused.' })
  category?: Category | null;

  @Field(() => [CreateCategoryErrors.type], { description: USER_ERRORS_DESCRIPTION })
  userErrors!: UserError[];
}
