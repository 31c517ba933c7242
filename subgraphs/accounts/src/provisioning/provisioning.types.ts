import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserRole, Zone } from '../accounts/account.enums';

@InputType({ description: 'An account as the host platform has it; created or updated by (host, externalId).' })
export class ProvisionAccountInput {
  @Field({ description: "The host's own id of the account (1–200 characters); the same id always means the same account." }) externalId: string;
  @Field({ description: '1–200 characters.' }) name: string;
  @Field(() => Zone, { description: 'BX-9: the tariff zone.' }) zone: Zone;
  @Field({ description: 'The account tariff, e.g. FREE, BASIC, PROFESSIONAL (capitals, digits, underscores; BX-9, TR-4).' }) tariff: string;
}

@InputType({ description: 'A user of a provisioned account; created or updated by (account, externalId).' })
export class ProvisionUserInput {
  @Field({ description: "The host's id of the user's account." }) accountExternalId: string;
  @Field({ description: "The host's own id of the user (1–200 characters)." }) externalId: string;
  @Field({ description: '1–200 characters.' }) fullName: string;
  @Field({ description: 'An e-mail address, at most 320 characters.' }) email: string;
  @Field(() => UserRole) role: UserRole;
  @Field(() => String, { nullable: true, description: 'Internal phone extension, 1–16 digits (Phone API employee lookup); null removes it.' })
  extension?: string | null;
  @Field({ defaultValue: true, description: 'false deactivates the user (no app access, no user context); true brings it back.' })
  active: boolean;
}

@ObjectType({ description: 'An account as its host provisioned it.' })
export class HostAccount {
  @Field(() => ID) id: string;
  @Field() externalId: string;
  @Field() name: string;
  @Field(() => Zone) zone: Zone;
  @Field() tariff: string;
  @Field() active: boolean;
  @Field(() => Date, { nullable: true }) deactivatedAt: Date | null;
}

@ObjectType({ description: 'A user as its host provisioned it.' })
export class HostUser {
  @Field(() => ID) id: string;
  @Field(() => ID) accountId: string;
  @Field() externalId: string;
  @Field() fullName: string;
  @Field() email: string;
  @Field(() => UserRole) role: UserRole;
  @Field(() => String, { nullable: true }) extension: string | null;
  @Field() active: boolean;
  @Field(() => Date, { nullable: true }) deactivatedAt: Date | null;
}
