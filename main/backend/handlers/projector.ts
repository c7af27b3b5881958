import { apiError } from '../../../shared/api';
import { noProjectorWindow } from '../projector-window-control';
import type { AreaHandlers } from './area';
import type { HandlerContext } from './context';

type Channel = 'projector/setControl' | 'projectorWindow/status' | 'projectorWindow/act';

/** How the projector shows the meeting (blank, frozen, theme) and the desktop's projector window. */
export function projectorHandlers(ctx: HandlerContext): AreaHandlers<Channel> {
  const { deps, hub, controls } = ctx;
  const projectorWindow = deps.projectorWindow ?? noProjectorWindow;
  return {
    'projector/setControl': (patch) => {
      const value = controls.set(patch, deps.clock(), ctx.liveView);
      hub.publish('projector/view', ctx.projectorPayload());
      hub.publish('projector/control', value);
      return Promise.resolve({ ok: true, value });
    },
    'projectorWindow/status': () => Promise.resolve({ ok: true, value: projectorWindow.status() }),
    'projectorWindow/act': ({ action }) =>
      Promise.resolve(
        projectorWindow.status().available
          ? { ok: true, value: projectorWindow.act(action) }
          : { ok: false, error: apiError('projectorWindow.unavailable') },
      ),
  };
}
