// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SezioneFilters, useSezioneFilters } from './SezioneFilters';

/** A section's filters with the filter they hold, as the section's query would send it. */
function Filters() {
  const filtering = useSezioneFilters();
  return (
    <>
      <SezioneFilters sezione="versamenti" states={[]} filtering={filtering} />
      <output>{JSON.stringify(filtering.filters)}</output>
    </>
  );
}

afterEach(cleanup);

describe('SezioneFilters', () => {
  it('filters by a whole month, keeps the filter while one is half typed, and drops it when emptied', () => {
    render(<Filters />);
    const dal = screen.getByRole('textbox', { name: 'Periodo dal (mm/aaaa)' });
    const held = () => screen.getByRole('status').textContent;

    fireEvent.change(dal, { target: { value: '03/2025' } });
    expect(held()).toBe('{"periodoDa":"2025-03"}');

    fireEvent.change(dal, { target: { value: '03/20' } });
    expect(held()).toBe('{"periodoDa":"2025-03"}');
    expect(dal).toHaveProperty('value', '03/20');

    fireEvent.change(dal, { target: { value: '' } });
    expect(held()).toBe('{}');
  });
});
