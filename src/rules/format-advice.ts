import { actorLabels, type AdviceResult } from './advice.js';

/**
 * The advice as Dutch plain text (Markdown), for the `ask` command and text-only channels.
 * @example formatAdvice(adviseSituation(parseSituation('Sanne is 9 keer te laat gekomen')))
 */
export function formatAdvice(result: AdviceResult): string {
  if (result.kind === 'needs-info') return result.question;
  const lines: string[] = [];
  if (result.understood.length > 0) lines.push(`Wat ik begrijp: ${result.understood.join('; ')}.`, '');
  result.steps.forEach((step, index) => {
    lines.push(`${index + 1}. **${step.title}** — ${step.what}`);
    lines.push(`   Wie: ${step.who.map((actor) => actorLabels[actor]).join(', ')}.`);
    if (step.deadline) lines.push(`   Wanneer: ${step.deadline}.`);
    if (step.inform) lines.push(`   Informeer: ${step.inform}`);
    if (step.tell) lines.push(`   Vertel leerling en ouders: ${step.tell}`);
    lines.push(`   Bron: ${step.sources.map((source) => source.label).join('; ')}.`);
  });
  lines.push('', `Met wie: ${result.talkWith.text}`);
  for (const note of result.notes) {
    const sources = note.sources.map((source) => source.label).join('; ');
    lines.push('', `Let op: ${note.text}${note.sources.length > 0 ? ` (Bron: ${sources})` : ''}`);
  }
  if (result.contradictions.length > 0) {
    lines.push('', 'Het protocol is hier niet eenduidig:');
    for (const contradiction of result.contradictions) {
      lines.push(`- ${contradiction.summary}`);
      for (const reading of contradiction.readings) lines.push(`  - "${reading.text}" (${reading.label})`);
    }
  }
  return lines.join('\n');
}
