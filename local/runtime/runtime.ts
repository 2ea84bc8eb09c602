// createRuntime: the services an editor add-on sees, over one in-memory spreadsheet, plus the control
// handles tests and benchmarks use (ui, locks, meter, setAuthMode, …), which the script never sees.
import path from 'node:path';
import type { Realm } from './context';
import { RuntimeContext } from './context';
import { AuthModeEnum, memberOf, type AuthModeName, type EnumValue } from './enums';
import { LocalHtmlService } from './html-service';
import { LockControl, LocalLockService } from './lock-service';
import { LocalLogger, LogBook, scriptConsole, type LogLine } from './logger';
import type { Meter } from './meter';
import { REPO_ROOT } from './paths';
import { LocalPropertiesService } from './properties-service';
import { LocalCacheService } from './cache-service';
import { LocalSession } from './session';
import { LocalSpreadsheet } from './spreadsheet';
import { LocalSpreadsheetApp } from './spreadsheet-app';
import { LocalUi } from './ui';
import { UiState } from './ui-state';
import { LocalUtilities } from './utilities';

export interface RuntimeOptions {
  /** The spreadsheet's time zone (dates are read and shown in it). Default 'America/New_York'. */
  timeZone?: string;
  /** Session.getScriptTimeZone(). Default: timeZone. */
  scriptTimeZone?: string;
  /** Where HtmlService.createHtmlOutputFromFile reads NAME.html. Default <repo>/dist. */
  htmlDir?: string;
  /** Session.getActiveUser().getEmail(); '' reproduces Google withholding it. Default 'maker@example.com'. */
  userEmail?: string;
  /** The spreadsheet's owner, always an editor of every protection. Default: userEmail. */
  ownerEmail?: string;
  /** Session.getEffectiveUser(). Default: userEmail, or ownerEmail when userEmail is ''. */
  effectiveUserEmail?: string;
  /** Title of the add-on menu (createAddonMenu). Default 'Lotline'. */
  addonName?: string;
  /** Session.getActiveUserLocale(). Default 'en'. */
  locale?: string;
  /** Spreadsheet.getSpreadsheetLocale(): how strings written or typed become numbers and dates. Default 'en_US'. */
  spreadsheetLocale?: string;
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Constructors for values handed to the script; bundle.ts passes the vm context's. */
  realm?: Realm;
  /** Starting authorization mode. Default FULL. */
  authMode?: AuthModeName;
  /** Also print Logger/console lines of the script. Default false. */
  echoLogs?: boolean;
}

export function createRuntime(options: RuntimeOptions = {}) {
  const userEmail = options.userEmail ?? 'maker@example.com';
  const ownerEmail = options.ownerEmail ?? userEmail;
  const timeZone = options.timeZone ?? 'America/New_York';
  const ctx = new RuntimeContext({
    timeZone,
    userEmail,
    ownerEmail,
    effectiveUserEmail: options.effectiveUserEmail ?? (userEmail || ownerEmail),
    addonName: options.addonName ?? 'Lotline',
    htmlDir: options.htmlDir ?? path.join(REPO_ROOT, 'dist'),
    locale: options.locale ?? 'en',
    spreadsheetLocale: options.spreadsheetLocale ?? 'en_US',
    realm: options.realm ?? { Date, Error },
  });
  ctx.authMode = options.authMode ?? 'FULL';
  const ui = new UiState();
  const spreadsheet = new LocalSpreadsheet(ctx, ui, {
    id: options.spreadsheetId ?? '1LotlineLocalWorkbook0000000000000000000000',
    name: options.spreadsheetName ?? 'Untitled spreadsheet',
  });
  const locks = new LockControl(ctx);
  const logBook = new LogBook(options.echoLogs ?? false);
  const properties = new LocalPropertiesService(ctx);
  const caches = new LocalCacheService(ctx);
  const ScriptApp = Object.freeze({ AuthMode: AuthModeEnum, toString: () => 'ScriptApp' });

  const services = {
    SpreadsheetApp: new LocalSpreadsheetApp(ctx, spreadsheet, new LocalUi(ctx, ui)),
    HtmlService: new LocalHtmlService(ctx),
    PropertiesService: properties,
    CacheService: caches,
    LockService: new LocalLockService(ctx, locks),
    Session: new LocalSession(ctx, options.scriptTimeZone ?? timeZone),
    Utilities: new LocalUtilities(ctx),
    ScriptApp,
    Logger: new LocalLogger(ctx, logBook),
    console: scriptConsole(logBook),
  };

  return {
    ...services,
    meter: ctx.meter as Meter,
    /** The one spreadsheet the add-on is bound to. */
    spreadsheet,
    /** Menus, dialogs, sidebar and toasts shown; answerNext(...) for alerts and prompts. */
    ui,
    /** Simulate another execution holding a lock. */
    locks,
    /** Property stores, to seed or inspect them without metering. */
    properties,
    /** The caches themselves, to inspect them or evict everything (`caches.document.evictAll()`), unmetered. */
    caches,
    /** Everything the script logged through Logger and console. */
    logs: logBook.lines as readonly LogLine[],
    /** The globals Apps Script gives a script: exactly these names. */
    globals(): Record<string, unknown> {
      return { ...services };
    },
    get authMode(): AuthModeName {
      return ctx.authMode;
    },
    /** NONE, LIMITED, FULL or CUSTOM_FUNCTION (name or ScriptApp.AuthMode member). */
    setAuthMode(mode: AuthModeName | EnumValue): void {
      const member = memberOf(AuthModeEnum, mode);
      if (!member) throw new Error(`setAuthMode: ${String(mode)} is not an AuthMode`);
      ctx.authMode = member.name();
    },
    /** Another person runs the add-on from now on (active and effective user). */
    setUser(email: string): void {
      ctx.userEmail = email;
      ctx.effectiveUserEmail = email;
    },
    /** Values handed to the script are made with these constructors from now on. */
    setRealm(realm: Realm): void {
      ctx.realm = realm;
    },
    /** The shared context, for interleave.ts to stop one execution at a meeting point (not for tests). */
    contextForInterleave(): RuntimeContext {
      return ctx;
    },
    /** Begins one execution (a menu click, a google.script.run call, a trigger; loadBundle's call() does it): 500 ms in the model. */
    beginExecution(): void {
      ctx.beginExecution();
    },
    /** Ends one execution: locks it held are released and pending writes committed, as on Google. */
    endExecution(): void {
      locks.endExecution();
      ctx.endExecution();
    },
  };
}

export type Runtime = ReturnType<typeof createRuntime>;
