import { BooleanCriteria, ConditionalFormatRuleBuilder, InterpolationType } from './conditionalFormat';
import { DataValidationBuilder, DataValidationCriteria } from './dataValidation';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './developerMetadata';
import { fail } from './gasError';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import type { Ui } from './ui';

/**
 * The SpreadsheetApp global. getActiveSpreadsheet() is the document the script runs in — null
 * in a web app of a standalone script (containerBound: false). openById finds any spreadsheet
 * the emulator holds, else throws Google's observed "Unexpected error while getting the method
 * or property openById on object SpreadsheetApp.". getUi() in a web app throws "Cannot call
 * SpreadsheetApp.getUi() from this context." (observed). flush() is a counted no-op.
 */
export interface SpreadsheetAppContext {
  active(): Spreadsheet | null;
  byId(id: string): Spreadsheet | undefined;
  create(name: string): Spreadsheet;
  ui(): Ui;
  inWebApp(): boolean;
}

export class SpreadsheetApp {
  static serviceName = 'SpreadsheetApp';
  readonly InterpolationType = InterpolationType;
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly SheetType = { GRID: 'GRID', OBJECT: 'OBJECT', DATASOURCE: 'DATASOURCE' } as const;
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
  readonly BorderStyle = {
    DOTTED: 'DOTTED',
    DASHED: 'DASHED',
    SOLID: 'SOLID',
    SOLID_MEDIUM: 'SOLID_MEDIUM',
    SOLID_THICK: 'SOLID_THICK',
    DOUBLE: 'DOUBLE',
  } as const;

  constructor(private readonly context: SpreadsheetAppContext) {}

  getActiveSpreadsheet(): Spreadsheet | null {
    return this.context.active();
  }
  getActive(): Spreadsheet | null {
    return this.context.active();
  }
  getActiveSheet(): Sheet | null {
    return this.context.active()?.getActiveSheet() ?? null;
  }
  setActiveSheet(sheet: Sheet): Sheet {
    return sheet.activate();
  }
  getActiveRange(): Range | null {
    return this.context.active()?.getActiveSheet().getRange(1, 1) ?? null;
  }

  openById(id: string): Spreadsheet {
    const found = this.context.byId(String(id));
    if (!found) fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return found;
  }

  openByUrl(url: string): Spreadsheet {
    const id = /\/d\/([^/]+)/.exec(String(url))?.[1];
    const found = id === undefined ? undefined : this.context.byId(id);
    if (!found) fail('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return found;
  }

  create(name: string): Spreadsheet {
    return this.context.create(String(name));
  }

  flush(): void {}

  getUi(): Ui {
    if (this.context.inWebApp()) fail('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.context.ui();
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder();
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }
}
