/**
 * ScriptApp: the AuthMode enum that add-ons test in onOpen(e), the web app's URL, the script
 * id. AuthMode values are strings, so `e.authMode == ScriptApp.AuthMode.NONE` and `===` both
 * work as they do in Apps Script.
 */
export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;

export class Service {
  static serviceName = 'Service';
  constructor(private readonly url: string | null) {}
  getUrl(): string | null { return this.url; }
  isEnabled(): boolean { return this.url !== null; }
}

export class AuthorizationInfo {
  static serviceName = 'AuthorizationInfo';
  getAuthorizationStatus(): string { return AuthorizationStatus.NOT_REQUIRED; }
  getAuthorizationUrl(): string | null { return null; }
}

export class ScriptApp {
  static serviceName = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;

  constructor(private readonly context: { scriptId: string; webAppUrl: string | null }) {}

  getScriptId(): string { return this.context.scriptId; }
  getService(): Service { return new Service(this.context.webAppUrl); }
  getAuthorizationInfo(_authMode: string): AuthorizationInfo { return new AuthorizationInfo(); }
  getOAuthToken(): string { return 'ya29.emulated-token'; }
  getProjectTriggers(): never[] { return []; }
}
