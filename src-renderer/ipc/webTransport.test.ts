// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { __test, takeSessionToken } from './webTransport';

describe('web transport', () => {
  it('takes the token from the fragment, keeps it for the tab and cleans the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123');
    expect(takeSessionToken(window.location, window.sessionStorage, window.history)).toBe('abc_DEF-123');
    expect(window.location.hash).toBe('');
    // A reload of the same tab keeps working without the fragment.
    expect(takeSessionToken(window.location, window.sessionStorage, window.history)).toBe('abc_DEF-123');
  });

  it('parses complete Server-Sent Events frames and keeps the incomplete rest', () => {
    const seen: Array<[string, unknown]> = [];
    const rest = __test.parseEventStream(
      ': connesso\n\ndata: {"name":"a","payload":1}\n\ndata: {"broken\n\ndata: {"name":"b","pay',
      (name, payload) => seen.push([name, payload]),
    );
    expect(seen).toEqual([['a', 1]]);
    expect(rest).toBe('data: {"name":"b","pay');
  });
});
