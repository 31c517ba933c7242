import { DomainError, ManualClock } from '@appmarket/core';
import { CircuitBreaker } from '../circuit-breaker';

const failing = () => Promise.reject(new DomainError('LOYALTY_TIMEOUT', 'slow'));
const refusing = () => Promise.reject(new DomainError('LOYALTY_REQUEST_REJECTED', 'no'));
const isFailure = (e: unknown) => e instanceof DomainError && e.code !== 'LOYALTY_REQUEST_REJECTED';
const codeOf = (p: Promise<unknown>) => p.then(() => 'OK', (e: DomainError) => e.code);

describe('CircuitBreaker', () => {
  it('opens after the threshold of consecutive failures and refuses without calling until the pause ends', async () => {
    const clock = new ManualClock();
    const breaker = new CircuitBreaker(clock, { failureThreshold: 2, openMs: 10_000 });
    expect(await codeOf(breaker.run(failing, isFailure))).toBe('LOYALTY_TIMEOUT');
    expect(breaker.state).toBe('CLOSED');
    expect(await codeOf(breaker.run(failing, isFailure))).toBe('LOYALTY_TIMEOUT');
    expect(breaker.state).toBe('OPEN');
    const call = jest.fn(() => Promise.resolve('x'));
    expect(await codeOf(breaker.run(call, isFailure))).toBe('LOYALTY_CIRCUIT_OPEN');
    expect(call).not.toHaveBeenCalled();
    clock.advance(10_000);
    expect(breaker.state).toBe('HALF_OPEN');
    expect(await breaker.run(call, isFailure)).toBe('x');
    expect(breaker.state).toBe('CLOSED');
  });

  it('a failed trial call reopens it for a new pause', async () => {
    const clock = new ManualClock();
    const breaker = new CircuitBreaker(clock, { failureThreshold: 1, openMs: 1000 });
    await codeOf(breaker.run(failing, isFailure));
    clock.advance(1000);
    expect(await codeOf(breaker.run(failing, isFailure))).toBe('LOYALTY_TIMEOUT');
    expect(breaker.state).toBe('OPEN');
  });

  it("the app's refusals are answers: they never open it", async () => {
    const breaker = new CircuitBreaker(new ManualClock(), { failureThreshold: 1, openMs: 1000 });
    for (let i = 0; i < 3; i++) expect(await codeOf(breaker.run(refusing, isFailure))).toBe('LOYALTY_REQUEST_REJECTED');
    expect(breaker.state).toBe('CLOSED');
  });
});
