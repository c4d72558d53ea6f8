import { describe, expect, it } from 'vitest';
import { ApiError, fileNameOf } from '../api/http';
import { checkFile, uploadProblem } from './checks';

const pdf = ['application/pdf'];
describe('checkFile', () => {
  it('needs a file', () => {
    expect(checkFile(undefined, 10, pdf, ['.pdf'])).toBe('required');
  });

  it('refuses a file over the limit, and takes one at it', () => {
    expect(checkFile({ size: 5 * 1_048_576 + 1, type: 'application/pdf', name: 'cv.pdf' }, 5 * 1_048_576, pdf, ['.pdf'])).toBe('tooLarge');
    expect(checkFile({ size: 5 * 1_048_576, type: 'application/pdf', name: 'cv.pdf' }, 5 * 1_048_576, pdf, ['.pdf'])).toBeUndefined();
  });

  it('refuses another declared type, and goes by the name when none is declared', () => {
    expect(checkFile({ size: 10, type: 'image/png', name: 'cv.pdf' }, 100, pdf, ['.pdf'])).toBe('wrongType');
    expect(checkFile({ size: 10, type: '', name: 'CV.PDF' }, 100, pdf, ['.pdf'])).toBeUndefined();
    expect(checkFile({ size: 10, type: '', name: 'cv.docx' }, 100, pdf, ['.pdf'])).toBe('wrongType');
  });
});

describe('uploadProblem', () => {
  it('reads 413 and 415 as the file problem they are', () => {
    expect(uploadProblem(new ApiError(413, {}))).toBe('tooLarge');
    expect(uploadProblem(new ApiError(415, {}))).toBe('wrongType');
    expect(uploadProblem(new ApiError(400, {}))).toBeUndefined();
  });
});

describe('fileNameOf', () => {
  it('prefers filename* and decodes it', () => {
    expect(fileNameOf("attachment; filename=cv.pdf; filename*=UTF-8''%E7%AE%80%E5%8E%86.pdf")).toBe('简历.pdf');
  });

  it('reads a quoted or bare filename', () => {
    expect(fileNameOf('attachment; filename="my cv.pdf"')).toBe('my cv.pdf');
    expect(fileNameOf('attachment; filename=cv.pdf')).toBe('cv.pdf');
    expect(fileNameOf(null)).toBeUndefined();
  });
});
