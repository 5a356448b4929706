import { describe, expect, it } from 'vitest';
import { ALLOWED_EXTENSIONS } from '../domain/quesiti/attachments';
import { FILE_PICK_KINDS, PICK_FILTERS, acceptOf } from './filePicks';

describe('what the user may pick', () => {
  it('offers in the browser the same extensions the Open dialog filters by', () => {
    expect(acceptOf('tracciato')).toBe('.xml,.txt,.csv,.zip');
    expect(acceptOf('paghe')).toBe('.csv,.txt,.xlsx');
    for (const kind of FILE_PICK_KINDS) {
      expect(acceptOf(kind).split(',')).toEqual(PICK_FILTERS[kind].extensions.map((e) => `.${e}`));
    }
  });

  it('lets a quesito pick exactly the attachments its rules accept', () => {
    expect(acceptOf('allegato')).toBe(ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(','));
  });
});
