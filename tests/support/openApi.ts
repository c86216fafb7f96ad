import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument } from '../../api/src/http/openApi.js';

/**
 * Checks answers against what an OpenAPI document declares for them, with the document's own JSON Schemas (its
 * `$ref`s to components resolved as a client would).
 */
export class DeclaredAnswers {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });

  constructor(private readonly document: OpenApiDocument) {
    addFormats.default(this.ajv);
    this.ajv.addSchema({ ...document, $id: 'openapi' }, undefined, undefined, false);
  }

  /** The schema declared for `status` of `method path` (`/ideas/{id}`), or undefined when none is declared. */
  validator(method: string, path: string, status: number): ValidateFunction | undefined {
    let pointer = `/paths/${escape(path)}/${method.toLowerCase()}/responses/${status}`;
    let response = this.at(pointer);
    const ref = (response as { $ref?: string } | undefined)?.$ref;
    if (ref) {
      pointer = ref.slice(1);
      response = this.at(pointer);
    }
    const content = (response as { content?: Record<string, unknown> } | undefined)?.content;
    if (!content?.['application/json']) return undefined;
    return this.ajv.getSchema(`openapi#${pointer}/content/application~1json/schema`);
  }

  private at(pointer: string): unknown {
    return pointer
      .split('/')
      .slice(1)
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], this.document);
  }

  /** The problems of `body` against what the document declares, or [] when it matches. */
  problems(method: string, path: string, status: number, body: unknown): string[] {
    const validate = this.validator(method, path, status);
    if (!validate) return [`nothing declared for ${status} of ${method} ${path}`];
    return validate(body)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
  }
}

const escape = (part: string): string => part.replaceAll('~', '~0').replaceAll('/', '~1');
