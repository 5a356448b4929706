/**
 * The last line of defence of a host process: an error that escaped every handler (a stray
 * rejection, a throw in a timer) is logged and the process keeps serving. The signed-in session
 * lives in this process's memory; exiting would lose it for one bad request.
 */
export function installProcessSafetyNet(
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
  target: NodeJS.Process = process,
): () => void {
  const onRejection = (reason: unknown) => log('[cassetto] promessa rifiutata non gestita:', reason);
  const onException = (error: unknown) => log('[cassetto] eccezione non gestita:', error);
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
