import type { RateOverrides } from '../../../shared/domain/listapospa/rates';
import { useEditorStore } from './editorStore';

/**
 * The rates the user set in "Aliquote", for whatever computes contributions on screen
 * (computeGestioni / fillContributi take them as their last argument).
 */
export const useRateOverrides = (): RateOverrides => useEditorStore((state) => state.rateOverrides);
