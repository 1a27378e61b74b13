// @ts-check
/**
 * For host pages that show PBGDPL sections in iframes: fits each frame of this service
 * (/embed/frame/…) to its content, with the parent side of open-iframe-resizer. Paste once,
 * after the iframes:
 *   <script type="module" src="https://<service>/embed/parent.js"></script>
 * Only this service's frames are touched, and only messages from this service's origin are
 * heard. Without this script the frames keep their fixed height and scroll.
 */
import { initialize } from './resizer.js';

const service = new URL(import.meta.url).origin;
const frames = `iframe[src^="${service}/embed/frame/"]`;
const handled = new WeakSet();

function fitFrames() {
  for (const iframe of document.querySelectorAll(frames)) {
    if (!(iframe instanceof HTMLIFrameElement) || handled.has(iframe)) continue;
    handled.add(iframe);
    void initialize({ checkOrigin: [service] }, iframe);
  }
}

fitFrames();
// Frames a CMS adds later by script (a tab, a carousel) are fitted when they arrive.
new MutationObserver((records) => {
  if (records.some((record) => record.addedNodes.length > 0)) fitFrames();
}).observe(document.documentElement, { childList: true, subtree: true });
