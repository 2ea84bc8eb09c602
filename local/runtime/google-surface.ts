// Compile-time conformance with @types/google-apps-script. A local class declares
// `implements Surface<GoogleAppsScript.Spreadsheet.Range, 'getValues' | …>` for the methods it offers:
// each must accept the arguments Google's signature takes and return the local stand-in for Google's
// return type (LocalRange for Range, EnumValue for an enum, …). Methods not listed do not exist, so
// calling one fails like calling a method Google does not have. For overloaded methods TypeScript checks
// the last overload only; the runtime checks the others.
import type { DataValidationBuilderLike, LocalDataValidation } from './data-validation';
import type { LocalDeveloperMetadata, LocalDeveloperMetadataLocation } from './developer-metadata';
import type { EnumValue } from './enums';
import type { LocalHtmlOutput } from './html-service';
import type { LocalLock } from './lock-service';
import type { LocalCache } from './cache-service';
import type { LocalProperties } from './properties-service';
import type { LocalProtection } from './protection';
import type { LocalRange } from './range';
import type { LocalRichTextValue, LocalRichTextValueBuilder } from './rich-text';
import type { LocalUser } from './session';
import type { LocalSheet } from './sheet';
import type { LocalSpreadsheet } from './spreadsheet';
import type { LocalTextFinder } from './text-finder';
import type { LocalMenu, LocalPromptResponse, LocalUi } from './ui';

type IsExactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type GoogleEnum =
  | GoogleAppsScript.Base.Button
  | GoogleAppsScript.Base.ButtonSet
  | GoogleAppsScript.Spreadsheet.ProtectionType
  | GoogleAppsScript.Spreadsheet.DataValidationCriteria
  | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility
  | GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType
  | GoogleAppsScript.Script.AuthMode
  | GoogleAppsScript.HTML.SandboxMode
  | GoogleAppsScript.HTML.XFrameOptionsMode;

/** Google's type → the local class standing for it (exact matches only: Google's interfaces overlap). */
// A lookup table, one Google type per line: prettier would nest each arm one level deeper than the last.
// prettier-ignore
export type Localized<T> = T extends unknown
  ? IsExactly<T, GoogleAppsScript.Spreadsheet.Range> extends true ? LocalRange
  : IsExactly<T, GoogleAppsScript.Spreadsheet.Sheet> extends true ? LocalSheet
  : IsExactly<T, GoogleAppsScript.Spreadsheet.Spreadsheet> extends true ? LocalSpreadsheet
  : IsExactly<T, GoogleAppsScript.Spreadsheet.TextFinder> extends true ? LocalTextFinder
  : IsExactly<T, GoogleAppsScript.Spreadsheet.Protection> extends true ? LocalProtection
  : IsExactly<T, GoogleAppsScript.Spreadsheet.DataValidation> extends true ? LocalDataValidation
  : IsExactly<T, GoogleAppsScript.Spreadsheet.DataValidationBuilder> extends true ? DataValidationBuilderLike
  : IsExactly<T, GoogleAppsScript.Spreadsheet.RichTextValue> extends true ? LocalRichTextValue
  : IsExactly<T, GoogleAppsScript.Spreadsheet.RichTextValueBuilder> extends true ? LocalRichTextValueBuilder
  : IsExactly<T, GoogleAppsScript.Spreadsheet.DeveloperMetadata> extends true ? LocalDeveloperMetadata
  : IsExactly<T, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation> extends true ? LocalDeveloperMetadataLocation
  : IsExactly<T, GoogleAppsScript.Base.Ui> extends true ? LocalUi
  : IsExactly<T, GoogleAppsScript.Base.Menu> extends true ? LocalMenu
  : IsExactly<T, GoogleAppsScript.Base.PromptResponse> extends true ? LocalPromptResponse
  : IsExactly<T, GoogleAppsScript.Base.User> extends true ? LocalUser
  : IsExactly<T, GoogleAppsScript.HTML.HtmlOutput> extends true ? LocalHtmlOutput
  : IsExactly<T, GoogleAppsScript.Properties.Properties> extends true ? LocalProperties
  : IsExactly<T, GoogleAppsScript.Lock.Lock> extends true ? LocalLock
  : IsExactly<T, GoogleAppsScript.Cache.Cache> extends true ? LocalCache
  : IsExactly<T, GoogleAppsScript.Base.Date> extends true ? Date
  : T extends GoogleEnum ? (IsExactly<T, number> extends true ? number : EnumValue)
  : T extends readonly (infer E)[] ? Localized<E>[]
  : T
  : never;

type LocalizedArgs<A extends unknown[]> = { [I in keyof A]: Localized<A[I]> };

export type Surface<Google, K extends keyof Google> = {
  [P in K]: Google[P] extends (...args: infer A) => infer R ? (...args: LocalizedArgs<A>) => Localized<R> : never;
};
