/**
 * ScriptApp: the AuthMode enum that add-ons test in onOpen(e), the web app's URL, the script
 * id, and installable triggers (triggers.ts). AuthMode values are strings, so `e.authMode == ScriptApp.AuthMode.NONE` and `===` both
 * work as they do in Apps Script.
 */
import { fail } from './gasError';
import { EventType, Trigger, TriggerBuilder, TriggerSource, type TriggerStore } from './triggers';

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;

export class Service {
  static serviceName = 'Service';
  constructor(private readonly url: string | null) {}
  getUrl(): string | null {
    return this.url;
  }
  isEnabled(): boolean {
    return this.url !== null;
  }
}

export class AuthorizationInfo {
  static serviceName = 'AuthorizationInfo';
  getAuthorizationStatus(): string {
    return AuthorizationStatus.NOT_REQUIRED;
  }
  getAuthorizationUrl(): string | null {
    return null;
  }
}

export class ScriptApp {
  static serviceName = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;

  constructor(private readonly context: { scriptId: string; webAppUrl: string | null; triggers: TriggerStore; user: () => string }) {}

  getScriptId(): string {
    return this.context.scriptId;
  }
  getService(): Service {
    return new Service(this.context.webAppUrl);
  }
  getAuthorizationInfo(_authMode: string): AuthorizationInfo {
    return new AuthorizationInfo();
  }
  getOAuthToken(): string {
    return 'ya29.emulated-token';
  }
  /** The current user's triggers of this project (Google: "the current user's triggers"). */
  getProjectTriggers(): Trigger[] {
    return this.context.triggers.of(this.context.user()).map((t) => new Trigger(t));
  }
  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') fail('Invalid argument: functionName');
    return new TriggerBuilder(functionName, this.context.triggers, this.context.user);
  }
  deleteTrigger(trigger: Trigger): void {
    if (!(trigger instanceof Trigger)) fail('Invalid argument: trigger');
    this.context.triggers.remove(trigger.getUniqueId());
  }
}
