/** sandbox/openapi.yaml as text: the document made from the API table, in YAML. */
import { dump } from 'js-yaml';
import { openApiDocument } from '../shared/inpsApi/openApi';

const HEADER =
  '# Generated from shared/inpsApi/endpoints.ts by scripts/generateOpenApi.ts (npx tsx): do not edit.\n';

export function openApiYaml(): string {
  return HEADER + dump(openApiDocument(), { lineWidth: 110, noRefs: true, sortKeys: false });
}
