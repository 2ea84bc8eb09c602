// Session and User. getActiveUser().getEmail() may be '' on Google (simple triggers, consumer accounts
// outside the owner's domain): the runtime option userEmail: '' reproduces that, so code must cope.
// getActiveUser() only builds a reference; getEmail() is the round trip that is metered.
import type { RuntimeContext } from './context';
import type { Surface } from './google-surface';

export class LocalUser implements Surface<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.ctx.call('User.getEmail');
    return this.email;
  }

  /** The address without a metered call, for the runtime's own use (protection editors). */
  emailForRuntime(): string {
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}

export class LocalSession implements Surface<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale'
> {
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly scriptTimeZone: string,
  ) {}

  getActiveUser(): LocalUser {
    this.ctx.call('Session.getActiveUser', false);
    return new LocalUser(this.ctx, this.ctx.userEmail);
  }

  getEffectiveUser(): LocalUser {
    this.ctx.call('Session.getEffectiveUser', false);
    return new LocalUser(this.ctx, this.ctx.effectiveUserEmail);
  }

  getScriptTimeZone(): string {
    this.ctx.call('Session.getScriptTimeZone');
    return this.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    this.ctx.call('Session.getActiveUserLocale');
    return this.ctx.locale;
  }

  toString(): string {
    return 'Session';
  }
}
