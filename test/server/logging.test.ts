// @vitest-environment node
import { requestLogFields, responseLogFields } from '@/server/logging';

describe('the request log', () => {
  it('keeps method and path, never the query, headers, address or body', () => {
    const request = {
      method: 'POST',
      url: '/v1/auth/redeem?code=K7QM-2XPD',
      ip: '192.0.2.7',
      headers: { authorization: 'Bearer secret', cookie: 'a=b' },
      body: { code: 'K7QM-2XPD', deviceName: 'Birthes iPhone' },
    };
    expect(requestLogFields(request)).toEqual({ method: 'POST', url: '/v1/auth/redeem' });
    expect(responseLogFields({ statusCode: 200 })).toEqual({ statusCode: 200 });
  });
});
