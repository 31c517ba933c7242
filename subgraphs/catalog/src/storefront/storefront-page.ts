/** A page of the storefront: app ids with their cursors (the cards load by id). */
export interface StorefrontPage {
  ids: { id: string; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}
