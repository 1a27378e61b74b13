/**
 * A quiet sample tone as a WAV file (PCM, 8 kHz, 8-bit mono: 8 KB a second): a short beep every
 * two seconds, so a player visibly and audibly works without pretending to be a programme.
 */

const WAV_SAMPLE_RATE = 8000;
const HEADER_BYTES = 44;
const BEEP_HZ = 440;
const BEEP_SECONDS = 0.4;
const PERIOD_SECONDS = 2;
/** About -20 dBFS: audible, never loud. */
const AMPLITUDE = 12;
/** Fade in and out so the beep does not click. */
const FADE_SECONDS = 0.02;

export function sampleWav(durationSeconds: number): Buffer {
  const samples = Math.round(durationSeconds * WAV_SAMPLE_RATE);
  const wav = Buffer.alloc(HEADER_BYTES + samples);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(HEADER_BYTES - 8 + samples, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(WAV_SAMPLE_RATE, 24);
  wav.writeUInt32LE(WAV_SAMPLE_RATE, 28); // bytes per second
  wav.writeUInt16LE(1, 32); // bytes per sample frame
  wav.writeUInt16LE(8, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples, 40);

  for (let i = 0; i < samples; i++) {
    const t = i / WAV_SAMPLE_RATE;
    const inPeriod = t % PERIOD_SECONDS;
    const envelope =
      inPeriod < BEEP_SECONDS
        ? Math.min(1, inPeriod / FADE_SECONDS, (BEEP_SECONDS - inPeriod) / FADE_SECONDS)
        : 0;
    // 8-bit PCM is unsigned: silence is 128.
    wav[HEADER_BYTES + i] =
      128 + Math.round(AMPLITUDE * envelope * Math.sin(2 * Math.PI * BEEP_HZ * t));
  }
  return wav;
}
