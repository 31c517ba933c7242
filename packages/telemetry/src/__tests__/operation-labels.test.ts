import { OperationLabels } from '../operation-labels';

describe('OperationLabels: the operation label stays bounded', () => {
  it('keeps known names always, admits other GraphQL names up to the cap, and counts the rest as other', () => {
    const labels = new OperationLabels(['Storefront'], 2);
    expect(labels.label('First')).toBe('First');
    expect(labels.label('Second')).toBe('Second');
    expect(labels.label('Third')).toBe('other'); // the cap is reached
    expect(labels.label('First')).toBe('First'); // admitted names stay
    expect(labels.label('Storefront')).toBe('Storefront'); // known ones never take a place
  });

  it('never labels text that is not a GraphQL name, and names an unnamed operation anonymous', () => {
    const labels = new OperationLabels([], 10);
    expect(labels.label('drop table; --')).toBe('other');
    expect(labels.label('x'.repeat(200))).toBe('other');
    expect(labels.label(undefined)).toBe('anonymous');
    expect(labels.label('')).toBe('anonymous');
  });

  it('counts a query plan fetch (`<operation>__<subgraph>__<n>`) under its operation', () => {
    const labels = new OperationLabels(['Installs'], 0);
    expect(labels.label('Installs__accounts__0')).toBe('Installs');
    expect(labels.label('Installs__telephony_loyalty__12')).toBe('Installs');
  });
});
