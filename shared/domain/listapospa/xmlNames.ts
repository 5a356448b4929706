/** XML element names of the tracciato that the writer, the reader and the XSD share. */
export const X = {
  root: 'DenunceMensili',
  d0: 'D0_DenunciaIndividuale',
  e0: 'E0_PeriodoNelMese',
  e1: 'E1_FondoPensioneCompl',
  f1: 'F1_Ammortamento',
  v1: 'V1_PeriodoPrecedente',
} as const;
