/**
 * Models merged into another keep their URLs: trainers' links and printed
 * handouts point at them. Each merged ID gets a small page in every language
 * that leads on to the model that absorbed it (see src/pages/[lang]/models/[...moved].astro).
 */
import type { Problem } from './problems.ts';

export interface MovedModel {
  /** The old model ID, still a URL segment. */
  from: string;
  /** The model it was merged into. */
  to: string;
  /** The heading ID on the new page where the old content now is. */
  heading?: string | undefined;
}

interface ModelWithReplaces {
  id: string;
  replaces?: readonly { model: string; heading?: string | undefined }[] | undefined;
}

export function movedModels(models: readonly ModelWithReplaces[]): MovedModel[] {
  return models.flatMap((m) => (m.replaces ?? []).map((r) => ({ from: r.model, to: m.id, heading: r.heading })));
}

/** Where the moved page sends the reader, relative to the old page ("../new-id/#heading"). */
export function movedHref(moved: MovedModel): string {
  return `../${moved.to}/${moved.heading ? `#${moved.heading}` : ''}`;
}

export interface CheckedModel extends ModelWithReplaces {
  file: string;
  /** Line of the "replaces" field, for messages. */
  line: number | undefined;
  headingIds: readonly string[];
}

/** A merged ID that is still a model, claimed twice, or sent to a heading the new page lacks. */
export function movedModelProblems(models: readonly CheckedModel[]): Problem[] {
  const problems: Problem[] = [];
  const live = new Set(models.map((m) => m.id));
  const claimed = new Map<string, string>();
  for (const model of models) {
    for (const { model: from, heading } of model.replaces ?? []) {
      const at = { file: model.file, line: model.line };
      if (live.has(from)) problems.push({ ...at, message: `"replaces" names "${from}", which is still a model`, hint: `delete models/*/${from}.mdx after merging it, or remove it from "replaces"` });
      const other = claimed.get(from);
      if (other) problems.push({ ...at, message: `"${from}" is replaced by both "${other}" and "${model.id}"`, hint: 'an old URL can lead to one page only' });
      claimed.set(from, model.id);
      if (heading && !model.headingIds.includes(heading)) problems.push({ ...at, message: `"replaces" sends "${from}" to "#${heading}", a heading this model does not have`, hint: `use one of its heading IDs: ${model.headingIds.slice(0, 6).map((h) => `#${h}`).join(', ')}` });
    }
  }
  return problems;
}
