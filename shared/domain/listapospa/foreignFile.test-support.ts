import foreignFile from './foreignFile.xml?raw';

/**
 * A ListaPosPA as the files made elsewhere look (issue 11), written here from the facts in
 * docs/listapospa.md, not copied from any tool: TFS and TFR declared at 80% of the pay
 * (780,00 → 47,58 and 74,88), RecuperoSgravi, a V1 causale 7 motivo 11 with only dates and
 * PercRetribuzione, a yearly V1 of 2011 paid in 2012, and elements this app does not model at
 * several depths (with attributes, children, empty, between two D0). Valid for the rules: an
 * import then an export must give it back unchanged but for whitespace. Kept as the .xml file
 * it is, so it reads (and xmllint runs on it) as the file another tool would have written.
 */
export const FOREIGN_FILE: string = foreignFile;

/** The XML with the whitespace between tags removed: what "unchanged" means for a round trip. */
export const withoutLayout = (xml: string): string => xml.replace(/>\s+</g, '><').trim();
