import { Field, Int, ObjectType } from 'type-graphql';
import { AppType } from '../apps/app.enums';
import { Category } from '../categories/category.entity';

@ObjectType({ description: 'How many apps of the current search are of one type.' })
export class AppTypeFacet {
  @Field(() => AppType, { description: 'The app type (TY-1).' }) type: AppType;
  @Field(() => Int, { description: 'How many apps the search finds of this type.' }) count: number;
}

@ObjectType({ description: 'How many apps of the current search are in one category.' })
export class CategoryFacet {
  @Field({ description: 'The category’s slug (what storefront(category:) takes).' }) slug: string;
  @Field(() => Category, { nullable: true, description: 'The category’s names; null for a slug the vocabulary no longer has.' }) category?: Category | null;
  @Field(() => Int, { description: 'How many apps the search finds in this category.' }) count: number;
}

@ObjectType({ description: 'Counts of the apps the current storefront search finds (every filter applied), by type, price and category.' })
export class StorefrontFacets {
  @Field(() => Int, { description: 'Apps the search finds.' }) totalCount: number;
  @Field(() => [AppTypeFacet], { description: 'By type, largest first.' }) types: AppTypeFacet[];
  @Field(() => Int, { description: 'Free apps (PR-1, BX-1).' }) free: number;
  @Field(() => Int, { description: 'Paid apps.' }) paid: number;
  @Field(() => [CategoryFacet], { description: 'By category, largest first (an app counts in each of its categories).' }) categories: CategoryFacet[];
}
