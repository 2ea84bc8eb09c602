// The SpreadsheetApp global: the bound spreadsheet, its UI, flush, the validation builder and enums.
// getActiveSpreadsheet/getActive/getUi only build references (not metered) but are still refused in
// AuthMode.NONE — except getUi, which onOpen needs to build the add-on menu.
import type { RuntimeContext } from './context';
import { LocalDataValidationBuilder } from './data-validation';
import {
  DataValidationCriteriaEnum,
  DeveloperMetadataLocationTypeEnum,
  DeveloperMetadataVisibilityEnum,
  ProtectionTypeEnum,
} from './enums';
import type { Surface } from './google-surface';
import type { LocalRange } from './range';
import { LocalRichTextValueBuilder } from './rich-text';
import type { LocalSheet } from './sheet';
import type { LocalSpreadsheet } from './spreadsheet';
import type { LocalUi } from './ui';

const APP = 'SpreadsheetApp';

export class LocalSpreadsheetApp implements Surface<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  'getActiveSpreadsheet' | 'getActive' | 'getActiveSheet' | 'getUi' | 'flush' | 'newDataValidation' | 'newRichTextValue'
> {
  readonly DataValidationCriteria = DataValidationCriteriaEnum;
  readonly ProtectionType = ProtectionTypeEnum;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibilityEnum;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationTypeEnum;

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly spreadsheet: LocalSpreadsheet,
    private readonly ui: LocalUi,
  ) {}

  getActiveSpreadsheet(): LocalSpreadsheet {
    this.ctx.call(`${APP}.getActiveSpreadsheet`, false);
    return this.spreadsheet;
  }

  getActive(): LocalSpreadsheet {
    this.ctx.call(`${APP}.getActive`, false);
    return this.spreadsheet;
  }

  getActiveSheet(): LocalSheet {
    this.ctx.call(`${APP}.getActiveSheet`);
    return this.spreadsheet.activeSheetForRuntime();
  }

  /** The last selected range of the active sheet, or null before anything is selected. */
  getActiveRange(): LocalRange | null {
    this.ctx.call(`${APP}.getActiveRange`);
    return this.spreadsheet.selectedRange();
  }

  getCurrentCell(): LocalRange | null {
    this.ctx.call(`${APP}.getCurrentCell`);
    return this.spreadsheet.selectedCell();
  }

  getUi(): LocalUi {
    this.ctx.call(`${APP}.getUi`, false);
    return this.ui;
  }

  /** Commits pending writes: one call plus the flush cost (~500 ms in the model). */
  flush(): void {
    this.ctx.call(`${APP}.flush`);
    this.ctx.flush();
  }

  newDataValidation(): LocalDataValidationBuilder {
    this.ctx.call(`${APP}.newDataValidation`, false);
    return new LocalDataValidationBuilder(this.ctx);
  }

  newRichTextValue(): LocalRichTextValueBuilder {
    this.ctx.call(`${APP}.newRichTextValue`, false);
    return new LocalRichTextValueBuilder(this.ctx);
  }

  toString(): string {
    return 'SpreadsheetApp';
  }
}
