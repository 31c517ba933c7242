import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

/** A storefront category: a controlled value apps name by slug (moderators add them). */
@Entity({ name: 'categories' })
@ObjectType({ description: 'A storefront category; apps name categories by slug.' })
export class Category {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  @Field({ description: 'Lower-case latin letters, digits and dashes; what App.categories and storefront(category:) use.' })
  slug: string;

  @Column({ name: 'name_ru', type: 'varchar', length: 100 })
  @Field({ description: 'Name in Russian.' })
  name: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  @Field({ description: 'Name in English.' })
  nameEn: string;

  @Column({ type: 'smallint', default: 100 })
  position: number;
}
