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
  @Field(() => UserRole, { description: 'ADMIN or EMPLOYEE (BX-3).' }) role: UserRole;
  @Field(() => String, { nullable: true, description: 'Internal phone extension, 1–16 digits (Phone API employee lookup); null removes it.' })
  extension?: string | null;
  @Field({ defaultValue: true, description: 'false deactivates the user (no app access, no user context); true brings it back.' })
  active: boolean;
}

@ObjectType({ description: 'An account as its host provisioned it.' })
export class HostAccount {
  @Field(() => ID, { description: 'The marketplace’s id of the account (Account.id).' }) id: string;
  @Field({ description: 'The host’s own id of the account.' }) externalId: string;
  @Field({ description: 'The company’s name.' }) name: string;
  @Field(() => Zone, { description: 'BX-9: the tariff zone.' }) zone: Zone;
  @Field({ description: 'The account tariff, e.g. FREE, BASIC, PROFESSIONAL.' }) tariff: string;
  @Field({ description: 'False once the host deactivated the account (installs suspended, data kept).' }) active: boolean;
  @Field(() => Date, { nullable: true, description: 'When the host deactivated the account; null while active.' }) deactivatedAt: Date | null;
}

@ObjectType({ description: 'A user as its host provisioned it.' })
export class HostUser {
  @Field(() => ID, { description: 'The marketplace’s id of the user (User.id).' }) id: string;
  @Field(() => ID, { description: 'The marketplace’s id of the user’s account (Account.id).' }) accountId: string;
  @Field({ description: 'The host’s own id of the user.' }) externalId: string;
  @Field({ description: 'The employee’s full name.' }) fullName: string;
  @Field({ description: 'The employee’s e-mail address.' }) email: string;
  @Field(() => UserRole, { description: 'ADMIN or EMPLOYEE (BX-3).' }) role: UserRole;
  @Field(() => String, { nullable: true, description: 'Internal phone extension (Phone API employee lookup); null when none.' }) extension: string | null;
  @Field({ description: 'False once the host deactivated the user (no app access, no user context).' }) active: boolean;
  @Field(() => Date, { nullable: true, description: 'When the host deactivated the user; null while active.' }) deactivatedAt: Date | null;
}
