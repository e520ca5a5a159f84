import { useId } from 'react';
import { useIntl } from 'react-intl';

/** One entry of a map's legend: a colour and what it stands for. */
export interface LegendItem {
  label: string;
  colour: string;
  shape?: 'circle' | 'square' | 'line';
}

/** What a map's colours mean: keyed items, or a ramp from a low to a high value, or both. */
export interface MapLegend {
  title: string;
  items?: readonly LegendItem[];
  ramp?: { from: string; to: string; low: string; high: string };
  /** Said under the entries, e.g. the unit or what a missing colour means. */
  note?: string;
}

/** A layer the reader can show or hide: its id and the name shown beside its box. */
export interface SwitchableLayer {
  id: string;
  title: string;
}

interface MapPanelProps {
  layers: readonly SwitchableLayer[];
  hidden: ReadonlySet<string>;
  onToggle: (id: string, visible: boolean) => void;
  legend?: MapLegend;
}

function Swatch({ colour, shape }: { colour: string; shape?: LegendItem['shape'] }) {
  return <span className={`swatch swatch-${shape ?? 'square'}`} style={{ background: colour }} aria-hidden />;
}

/**
 * The panel over a map's corner: a box per layer to show or hide it, and the legend of what is drawn.
 * Closed by default on narrow screens' behalf (a `<details>` the reader opens); the legend is also
 * plain text, so a screen reader reaches it without the canvas.
 */
export function MapPanel({ layers, hidden, onToggle, legend }: MapPanelProps) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const legendId = useId();
  return (
    <details className="map-controls" open>
      <summary>{t('common.map.panel')}</summary>
      {layers.length > 0 && (
        <fieldset className="map-layers">
          <legend>{t('common.map.layers')}</legend>
          {layers.map((layer) => (
            <label key={layer.id}>
              <input
                type="checkbox"
                checked={!hidden.has(layer.id)}
                onChange={(event) => onToggle(layer.id, event.currentTarget.checked)}
              />{' '}
              {layer.title}
            </label>
          ))}
        </fieldset>
      )}
      {legend && (
        <section className="map-legend" aria-labelledby={legendId}>
          <h3 id={legendId}>{legend.title}</h3>
          {legend.ramp && (
            <p className="map-ramp">
              <bdi>{legend.ramp.low}</bdi>
              <span
                className="map-ramp-bar"
                style={{ background: `linear-gradient(to right, ${legend.ramp.from}, ${legend.ramp.to})` }}
                aria-hidden
              />
              <bdi>{legend.ramp.high}</bdi>
            </p>
          )}
          {legend.items && legend.items.length > 0 && (
            <ul>
              {legend.items.map((item) => (
                <li key={`${item.label}-${item.colour}`}>
                  <Swatch colour={item.colour} shape={item.shape} />
                  {item.label}
                </li>
              ))}
            </ul>
          )}
          {legend.note && <p className="note">{legend.note}</p>}
        </section>
      )}
    </details>
  );
}
