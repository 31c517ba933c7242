import { RequestSlot } from '../request-context';

/** Issue 17, item 3: every request-scoped value (request id, SQL statement scope) shares one AsyncLocalStorage. */
describe('RequestSlot', () => {
  const id = new RequestSlot<string>('id');
  const scope = new RequestSlot<{ count: number }>('scope');

  it('is empty outside any run, and set only inside its own run and everything that run awaits', async () => {
    expect(id.get()).toBeUndefined();
    const seen = await id.run('r1', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const later = await Promise.resolve().then(() => id.get());
      return [id.get(), later];
    });
    expect(seen).toEqual(['r1', 'r1']);
    expect(id.get()).toBeUndefined();
  });

  it('keeps the other slots when one is set, and leaves the outer run as it was', () => {
    const counted = { count: 0 };
    id.run('outer', () => {
      scope.run(counted, () => {
        expect([id.get(), scope.get()]).toEqual(['outer', counted]);
        id.run('inner', () => expect([id.get(), scope.get()]).toEqual(['inner', counted]));
        expect(id.get()).toBe('outer');
      });
      expect(scope.get()).toBeUndefined();
    });
  });

  it('run(undefined) clears only its own slot (a callback that must not carry the request id)', () => {
    const counted = { count: 1 };
    id.run('r2', () => scope.run(counted, () => {
      id.run(undefined, () => expect([id.get(), scope.get()]).toEqual([undefined, counted]));
      expect(id.get()).toBe('r2');
    }));
  });

  it('keeps concurrent runs apart', async () => {
    const read = (value: string, ms: number) => id.run(value, async () => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return id.get();
    });
    await expect(Promise.all([read('a', 5), read('b', 1), read('c', 3)])).resolves.toEqual(['a', 'b', 'c']);
  });

  it('two slots with one name are still two slots', () => {
    const again = new RequestSlot<string>('id');
    id.run('mine', () => expect(again.get()).toBeUndefined());
  });
});
