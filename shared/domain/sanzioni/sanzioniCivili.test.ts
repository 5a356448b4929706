import { describe, expect, it } from 'vitest';
import { calcolaSanzioneCivile, type SanzioneInput, type SanzioneResult } from './sanzioniCivili';

interface Case {
  name: string;
  input: SanzioneInput;
  expected: Partial<Omit<SanzioneResult, 'segments'>> & {
    segments?: Partial<SanzioneResult['segments'][number]>[];
  };
}

// Each case's arithmetic is in its comment, so a reader can check the expected sanzione by hand.
const CASES: Case[] = [
  {
    // 10.000,00 due 16/01/2025, paid 17/03/2025: 60 days, from 17/01 to 17/03.
    // 17/01–04/02: 19 days at TUR 3,15 + 5,5 = 8,65% → 10000 × 8,65% × 19/365 = 16435/365
    // 05/02–11/03: 35 days at 2,90 + 5,5 = 8,40% → 10000 × 8,40% × 35/365 = 29400/365
    // 12/03–17/03:  6 days at 2,65 + 5,5 = 8,15% → 10000 × 8,15% ×  6/365 =  4890/365
    // total 50725/365 = 138,9726… → 138,97 (cap 40% = 4.000,00 not reached)
    name: 'omissione, not spontaneous, across three TUR changes (DL 19/2024 regime)',
    input: {
      tipo: 'omissione',
      contributi: '10000.00',
      scadenza: '2025-01-16',
      pagamento: '2025-03-17',
      spontaneo: false,
    },
    expected: {
      days: 60,
      segments: [
        { days: 19, rate: '8.65' },
        { days: 35, rate: '8.40' },
        { days: 6, rate: '8.15' },
      ],
      sanzione: '138.97',
      capped: false,
    },
  },
  {
    name: 'omissione paid spontaneously within 120 days after 1/9/2024: no sanction',
    input: {
      tipo: 'omissione',
      contributi: '10000.00',
      scadenza: '2025-01-16',
      pagamento: '2025-03-17',
      spontaneo: true,
    },
    expected: { sanzione: '0.00' },
  },
  {
    // 16/03/2023 → 16/03/2024 is 366 days (29/02/2024). 5000 × 30% × 366/365 = 549000/365
    // = 1504,1095… → 1.504,11; cap 60% = 3.000,00 not reached.
    name: 'evasione at 30% a year (old regime): 5.000,00 for 366 days',
    input: {
      tipo: 'evasione',
      contributi: '5000.00',
      scadenza: '2023-03-16',
      pagamento: '2024-03-16',
      spontaneo: false,
    },
    expected: { regime: 'ante DL 19/2024', days: 366, sanzione: '1504.11' },
  },
  {
    // 1000 due 16/01/2020, paid 16/01/2023: 1096 days × 30% ≈ 90% → capped at 600,00.
    name: 'evasione capped at 60%',
    input: {
      tipo: 'evasione',
      contributi: '1000.00',
      scadenza: '2020-01-16',
      pagamento: '2023-01-16',
      spontaneo: false,
    },
    expected: { capped: true, sanzione: '600.00' },
  },
  {
    // 2.000,00 due 16/10/2024, denuncia 10/03/2025, paid 20/05/2025 (71 days after): TUR + 7,5.
    // 17/10–22/10:  6 d at 3,65+7,5 = 11,15% → 2000 × 11,15% =  223/yr ×  6 =  1338
    // 23/10–17/12: 56 d at 3,40+7,5 = 10,90% →                 218/yr × 56 = 12208
    // 18/12–04/02: 49 d at 3,15+7,5 = 10,65% →                 213/yr × 49 = 10437
    // 05/02–11/03: 35 d at 2,90+7,5 = 10,40% →                 208/yr × 35 =  7280
    // 12/03–22/04: 42 d at 2,65+7,5 = 10,15% →                 203/yr × 42 =  8526
    // 23/04–20/05: 28 d at 2,40+7,5 =  9,90% →                 198/yr × 28 =  5544
    // 216 days, total 45333/365 = 124,20 exactly.
    name: 'evasione with spontaneous denuncia, paid 71 days after it: TUR + 7,5 (DL 19/2024)',
    input: {
      tipo: 'evasione',
      contributi: '2000.00',
      scadenza: '2024-10-16',
      pagamento: '2025-05-20',
      spontaneo: true,
      denuncia: '2025-03-10',
    },
    expected: {
      days: 216,
      rateLabel: 'TUR + 7,5',
      segments: [6, 56, 49, 35, 42, 28].map((days) => ({ days })),
      sanzione: '124.20',
    },
  },
  {
    // 2.000,00 due 16/01/2024, denuncia 10/03/2024, paid 20/05/2024 (71 days): old regime → 30%.
    // 16/01 → 20/05/2024 = 125 days; 2000 × 30% × 125/365 = 75000/365 = 205,479… → 205,48.
    name: 'the same late denuncia before 1/9/2024 has no 90-day tier: 30%',
    input: {
      tipo: 'evasione',
      contributi: '2000.00',
      scadenza: '2024-01-16',
      pagamento: '2024-05-20',
      spontaneo: true,
      denuncia: '2024-03-10',
    },
    expected: { days: 125, sanzione: '205.48' },
  },
];

describe('sanzioni civili, art. 116 c. 8 L. 388/2000', () => {
  it.each(CASES)('$name', ({ input, expected }) => {
    expect(calcolaSanzioneCivile(input)).toMatchObject(expected);
  });
});
