/** Every way an input can be refused. One code per cause so batch tools can count them. */
export type ErrorCode =
  | 'not_found'
  | 'unreadable'
  | 'unsupported_format'
  | 'invalid_pdf'
  | 'password_required'
  | 'wrong_password'
  | 'needs_ocr'
  | 'invalid_docx'
  | 'invalid_doc'
  | 'invalid_xlsx'
  | 'invalid_text'
  | 'too_large'
  | 'too_many_pages'
  | 'zip_bomb'
  | 'timeout'
  | 'out_of_memory'
  | 'invalid_output'
  | 'store_locked'
  | 'store_not_found'
  | 'store_unavailable'
  | 'invalid_review_file'
  | 'usage';

/** Broken input is an error (thrown, with a code and a suggestion), never a finding. */
export class SolieuError extends Error {
  override readonly name = 'SolieuError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly suggestion: string | null = null,
    readonly file: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  toJSON(): { code: ErrorCode; message: string; suggestion: string | null; file: string | null } {
    return { code: this.code, message: this.message, suggestion: this.suggestion, file: this.file };
  }
}

export const isSolieuError = (error: unknown): error is SolieuError => error instanceof SolieuError;
