/**
 * ContentService: the web app's reply. Google's reference: createTextOutput(content?) starts
 * as MimeType.TEXT; setMimeType(ContentService.MimeType.JSON) for JSON. No status codes and
 * no headers can be set, so there are no methods for them here either.
 */
export const MimeType = {
  ATOM: 'ATOM',
  CSV: 'CSV',
  ICAL: 'ICAL',
  JAVASCRIPT: 'JAVASCRIPT',
  JSON: 'JSON',
  RSS: 'RSS',
  TEXT: 'TEXT',
  VCARD: 'VCARD',
  XML: 'XML',
} as const;

/** The HTTP Content-Type Google serves for each MimeType. */
export const CONTENT_TYPES: Record<string, string> = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'application/xml',
};

export class TextOutput {
  static serviceName = 'TextOutput';
  private content: string;
  private mimeType: string = MimeType.TEXT;
  private fileName: string | null = null;

  constructor(content = '') {
    this.content = String(content);
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string) {
    this.content = String(content);
    return this;
  }
  append(addedContent: string) {
    this.content += String(addedContent);
    return this;
  }
  clear() {
    this.content = '';
    return this;
  }
  getMimeType(): string {
    return this.mimeType;
  }
  setMimeType(mimeType: string) {
    this.mimeType = mimeType;
    return this;
  }
  downloadAsFile(filename: string) {
    this.fileName = String(filename);
    return this;
  }
  getFileName(): string | null {
    return this.fileName;
  }
  toString(): string {
    return 'TextOutput';
  }
}

export class ContentService {
  static serviceName = 'ContentService';
  readonly MimeType = MimeType;

  createTextOutput(content?: string): TextOutput {
    return new TextOutput(content ?? '');
  }
}
