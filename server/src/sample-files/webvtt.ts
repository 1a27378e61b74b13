/**
 * Sample WebVTT captions for a video or radio programme: the transcript (or title and summary)
 * cut into short cues spread over the media's duration, the first cue saying these are sample
 * captions.
 */

const SAMPLE_NOTICE = 'Phụ đề mẫu do dịch vụ PBGDPL dùng chung tạo ra để trình diễn.';
/** Two lines of about 42 characters: what fits on a phone screen. */
const CUE_CHARACTERS = 84;
/** A cue stays up at most this long, however long the media. */
const MAX_CUE_SECONDS = 6;

export function sampleCaptions(text: string, durationSeconds: number): string {
  const cues = [SAMPLE_NOTICE, ...chunks(text)];
  const slot = durationSeconds / cues.length;
  const body = cues
    .map((cue, i) => {
      const start = i * slot;
      const end = start + Math.min(slot, MAX_CUE_SECONDS);
      return `${i + 1}\n${timestamp(start)} --> ${timestamp(end)}\n${escapeCue(cue)}\n`;
    })
    .join('\n');
  return `WEBVTT\n\n${body}`;
}

/** Sentences, each cut between words into pieces of at most CUE_CHARACTERS. */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[.!?…])\s+/)) {
    let cue = '';
    for (const word of sentence.split(/\s+/).filter(Boolean)) {
      if (cue && cue.length + 1 + word.length > CUE_CHARACTERS) {
        out.push(cue);
        cue = '';
      }
      cue = cue ? `${cue} ${word}` : word;
    }
    if (cue) out.push(cue);
  }
  return out;
}

/** `hh:mm:ss.ttt` */
function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** Cue text is markup: `&`, `<` and `>` (which also rules out "-->") are escaped. */
function escapeCue(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
