/**
 * The appId of electron-builder.yml. On Windows, notifications and the taskbar group go by the
 * AppUserModelID: it must equal the one the installer's shortcut carries, or notifications show
 * under the wrong name or not at all. A test keeps the two equal.
 */
export const APP_USER_MODEL_ID = 'it.cassettoenti.desktop';
