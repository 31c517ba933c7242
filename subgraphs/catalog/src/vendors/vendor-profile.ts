import { DomainError, Refusals } from '@appmarket/core';
import { checkOutboundUrl, EgressError, type EgressPolicy } from '@appmarket/egress';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A vendor’s public profile; a field left out keeps its value, null clears it.' })
export class VendorProfileInput {
  @Field(() => String, { nullable: true, description: 'Who the vendor is, at most 2000 characters.' }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'https on a public host, at most 500 characters.' }) websiteUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'An e-mail address, at most 320 characters.' }) supportEmail?: string | null;
  @Field(() => String, { nullable: true, description: 'Digits, spaces, +, -, ( and ), 3 to 32 characters.' }) supportPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'https on a public host, at most 500 characters.' }) logoUrl?: string | null;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
const PHONE = /^[+0-9 ()-]{3,32}$/;
const invalid = (field: string, message: string) => new DomainError('VENDOR_PROFILE_INVALID', message, { field });

/**
 * Checks a profile before anything is written; URLs go through the egress rules (they are fetched by
 * browsers and by us). Every refused field is named at once (issue 19, item 2).
 */
export function checkVendorProfile(input: VendorProfileInput, egress: EgressPolicy): void {
  const refusals = new Refusals();
  refusals.check(() => {
    if (input.description != null && input.description.length > 2000) throw invalid('description', 'description is at most 2000 characters');
  });
  for (const field of ['websiteUrl', 'logoUrl'] as const) {
    const url = input[field];
    if (url == null) continue;
    refusals.check(() => {
      if (url.length > 500) throw invalid(field, `${field} is at most 500 characters`);
      try {
        checkOutboundUrl(url, egress, field);
      } catch (error) {
        if (error instanceof EgressError) throw invalid(field, error.message);
        throw error;
      }
    });
  }
  refusals.check(() => {
    if (input.supportEmail != null && (input.supportEmail.length > 320 || !EMAIL.test(input.supportEmail))) throw invalid('supportEmail', 'supportEmail is not an e-mail address');
  });
  refusals.check(() => {
    if (input.supportPhone != null && !PHONE.test(input.supportPhone)) throw invalid('supportPhone', 'supportPhone is 3 to 32 digits, spaces, +, -, ( or )');
  });
  refusals.throwIfAny();
}
