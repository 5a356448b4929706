import type { HandlersFor } from '../../../shared/contract';
import type { listapospaReviewCalls } from '../../../shared/contract/calls/listapospaReviewCalls';
import type { CallContext, ServiceDeps } from '../mainServices';
import { createReviewService } from './reviewService';

/** The month-over-month review before sending, on screen and printed. */
export function reviewHandlers(deps: ServiceDeps): HandlersFor<typeof listapospaReviewCalls, CallContext> {
  const review = createReviewService(deps);
  return {
    'listapospa.review': ({ posizioneId, annoMese }) => review.review(posizioneId, annoMese),
    'listapospa.reviewPdf': ({ posizioneId, annoMese }) => review.reviewPdf(posizioneId, annoMese),
  };
}
