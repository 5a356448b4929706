import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';

describe('escapeHtml', () => {
  it('escapes the five characters HTML gives a meaning, an ampersand once', () => {
    expect(escapeHtml(`<a title="l'ente">&amp;</a>`)).toBe(
      '&lt;a title=&quot;l&#39;ente&quot;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});
