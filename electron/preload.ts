import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, type CarnetBridge } from '../shared/api/bridge';

/** The page gets exactly one function; everything else stays in the main process. */
const bridge: CarnetBridge = {
  invoke: (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
};

contextBridge.exposeInMainWorld('carnet', bridge);
