import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels, type PreloadApi } from '../../../shared/contract/channels';

/**
 * The whole surface the renderer gets: invoke a call, subscribe to events. No ipcRenderer, no
 * Node; subscribe returns its own unsubscribe so listeners are really removed.
 */
const api: PreloadApi = {
  invoke: (name, input, callId) =>
    callId === undefined
      ? ipcRenderer.invoke(ipcChannels.call, String(name), input)
      : ipcRenderer.invoke(ipcChannels.call, String(name), input, String(callId)),
  cancel: (callId) => ipcRenderer.send(ipcChannels.cancel, String(callId)),
  subscribe(listener) {
    const wrapped = (_event: unknown, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on(ipcChannels.event, wrapped);
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('cassetto', api);
