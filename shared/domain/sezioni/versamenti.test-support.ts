/** Versamenti rows for the tests of the section views: four months, two equal amounts, two canali. */
export const versamentoRow = (
  id: string,
  periodo: string,
  importo: string,
  more: Record<string, string> = {},
) => ({
  id,
  dataVersamento: `${periodo}-16`,
  canale: 'F24 EP',
  causale: 'P101',
  gestione: 'CPDEL',
  periodo,
  importo,
  sede: 'Parma',
  estremi: `Delega ${id}`,
  ...more,
});

export const FOUR_VERSAMENTI = [
  versamentoRow('a', '2024-12', '100.10'),
  versamentoRow('b', '2025-01', '99.90', { canale: "Banca d'Italia" }),
  versamentoRow('c', '2025-02', '1000.00'),
  versamentoRow('d', '2025-03', '100.10'),
];
