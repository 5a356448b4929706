import { generateXsd } from './xsdGenerator';

/**
 * The reconstructed XSD as a string, so the app and the sandbox ship it inside their bundles:
 * generated from the description of the tracciato (tracciato.ts). ListaPosPA.ricostruito.xsd
 * is the same text on disk, for xmllint and the user
 * (src-main/services/listapospa/xsdNative.test.ts keeps them equal).
 */
export const RICOSTRUITO_XSD_FILE_NAME = 'ListaPosPA.ricostruito.xsd';

export const RICOSTRUITO_XSD = generateXsd();
