import { openToken, sealToken } from '../token-seal';

/** SV-1: the activation's token kept on its call opens only with the app's secret, for that call. */
describe('token seal', () => {
  const callId = '2f1d0c9e-8b7a-4c6d-9e5f-0a1b2c3d4e5f';
  const token = 'q2LxZ7cJ0b0T9m3n8KfW1yVt5uRr4sPp6oNn2mMl3kE';

  it('opens with the same secret and call id, and the sealed text does not contain the token', () => {
    const sealed = sealToken(token, 'app-secret', callId);
    expect(sealed).not.toContain(token);
    expect(openToken(sealed, 'app-secret', callId)).toBe(token);
    expect(sealToken(token, 'app-secret', callId)).not.toBe(sealed); // a fresh nonce each time
  });

  it('does not open with another secret, for another call, or once tampered with', () => {
    const sealed = sealToken(token, 'app-secret', callId);
    expect(openToken(sealed, 'another secret', callId)).toBeNull();
    expect(openToken(sealed, 'app-secret', '00000000-0000-4000-8000-000000000000')).toBeNull();
    const [version, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(openToken([version, iv, tag, flipped.toString('base64url')].join('.'), 'app-secret', callId)).toBeNull();
    expect(openToken('not a seal', 'app-secret', callId)).toBeNull();
  });
});
